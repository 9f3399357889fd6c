"""Check an utterance gold set (utterances-dev, utterances-heldout): stdlib only.

Usage: ``python3 check_utterances.py <folder>``. The folder holds ``raw/<doc>.txt``
with ``raw/<doc>.meta.json`` and ``utterances.jsonl`` (one statement a line,
the format of ``shared/gold/seeds/utterances.jsonl`` plus ``occasion_date``,
``original_medium_forms`` and ``first_report``). Prints ``ERROR ...`` lines and
exits 1 on any problem:

- every statement has the fields, a unique id, at least one member;
- every member names an existing raw file, its offsets lie inside it and slice
  back to its text, its kind is full / partial / indirect, and it is not listed
  twice;
- members of different statements in one document do not overlap (a span is
  one statement's words; nesting is only a partial inside its own indirect);
- every raw file has a sidecar with url, outlet and title, and a
  ``published_date`` of the form YYYY-MM-DD when present;
- ``original_medium`` is one of its ``original_medium_forms`` (or both empty);
- ``first_report`` is exactly the statement's earliest-dated reporting
  documents when all of them are dated, else null.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = (
    "id",
    "utterance",
    "speaker",
    "occasion",
    "occasion_date",
    "original_medium",
    "original_medium_forms",
    "first_report",
    "members",
)
KINDS = {"full", "partial", "indirect"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check(folder: Path) -> list[str]:
    errors: list[str] = []
    raw_dir = folder / "raw"
    texts = {p.stem: p.read_text("utf-8") for p in sorted(raw_dir.glob("*.txt"))}
    dates: dict[str, str | None] = {}
    for doc in texts:
        meta_path = raw_dir / f"{doc}.meta.json"
        if not meta_path.is_file():
            errors.append(f"{doc}: no meta.json")
            continue
        meta = json.loads(meta_path.read_text("utf-8"))
        for key in ("url", "outlet", "title"):
            if not str(meta.get(key) or "").strip():
                errors.append(f"{doc}: meta has no {key}")
        date = meta.get("published_date")
        if date is not None and not DATE.fullmatch(str(date)):
            errors.append(f"{doc}: published_date {date!r} is not YYYY-MM-DD")
        dates[doc] = date
    seen_ids: set[str] = set()
    spans: dict[str, list[tuple[int, int, str]]] = {}
    n_members = 0
    lines = (folder / "utterances.jsonl").read_text("utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        u = json.loads(line)
        sid = str(u.get("id"))
        missing = [f for f in FIELDS if f not in u]
        if missing:
            errors.append(f"line {lineno} ({sid}): missing {missing}")
            continue
        if sid in seen_ids:
            errors.append(f"{sid}: duplicate id")
        seen_ids.add(sid)
        if not u["members"]:
            errors.append(f"{sid}: no members")
        forms = u["original_medium_forms"] or []
        if u["original_medium"] is None:
            if forms:
                errors.append(f"{sid}: medium forms without an original_medium")
        elif u["original_medium"] not in forms:
            errors.append(f"{sid}: original_medium not among its forms")
        keys: set[tuple[str, int, int]] = set()
        docs: set[str] = set()
        for m in u["members"]:
            n_members += 1
            doc, start, end = str(m["doc"]), int(m["start"]), int(m["end"])
            docs.add(doc)
            if doc not in texts:
                errors.append(f"{sid}: member in unknown doc {doc}")
                continue
            if not 0 <= start < end <= len(texts[doc]):
                errors.append(f"{sid}: {doc} [{start}:{end}] outside the text")
            elif texts[doc][start:end] != m["text"]:
                errors.append(f"{sid}: {doc} [{start}:{end}] does not slice to its text")
            if m.get("kind") not in KINDS:
                errors.append(f"{sid}: {doc} [{start}:{end}] kind {m.get('kind')!r}")
            if (doc, start, end) in keys:
                errors.append(f"{sid}: {doc} [{start}:{end}] listed twice")
            keys.add((doc, start, end))
            spans.setdefault(doc, []).append((start, end, sid))
        known = [dates.get(d) for d in sorted(docs)]
        if known and all(known):
            earliest = min(str(k) for k in known)
            want = sorted(d for d in docs if dates.get(d) == earliest)
            if sorted(u["first_report"] or []) != want:
                errors.append(f"{sid}: first_report {u['first_report']} != earliest {want}")
        elif u["first_report"] is not None:
            errors.append(f"{sid}: first_report set although a reporting doc is undated")
    for doc, items in spans.items():
        items.sort()
        for i, (s1, e1, a) in enumerate(items):
            for s2, _e2, b in items[i + 1 :]:
                if s2 >= e1:
                    break
                if a != b:
                    errors.append(f"{doc}: [{s1}:{e1}] of {a} overlaps a member of {b} at {s2}")
    print(f"{len(texts)} docs, {len(seen_ids)} statements, {n_members} members checked")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    errors = check(Path(argv[1]))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
