"""Build raw/ and utterances.jsonl of an utterance gold set from its ann/docs.py (stdlib only).

Usage: ``python3 build_utterances.py <gold folder>`` (utterances-dev, utterances-heldout: one
builder, the sets share their format).

Offsets are computed from the inline marks, never typed: every member's
``raw[start:end] == text`` holds by construction (``check()`` re-verifies).
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

if __name__ != "__main__" or len(sys.argv) != 2:
    sys.exit("usage: build_utterances.py <gold folder>")
ROOT = pathlib.Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "ann"))
from docs import DOCS, STATEMENTS  # noqa: E402

OPEN, SEP, CLOSE = "⟦", "|", "⟧"
KINDS = {"f": "full", "p": "partial", "i": "indirect"}
LABEL = re.compile(r"([A-Z]\d+)([fpi])")


def strip(marked: str) -> tuple[str, list[tuple[str, str, int, int]]]:
    """The text without marks and its members (statement, kind, start, end)."""
    out: list[str] = []
    n = 0
    stack: list[tuple[str, str, int]] = []
    members: list[tuple[str, str, int, int]] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == OPEN:
            j = marked.index(SEP, i)
            m = LABEL.fullmatch(marked[i + 1 : j])
            assert m, marked[i : j + 1]
            stack.append((m.group(1), KINDS[m.group(2)], n))
            i = j + 1
            continue
        if c == CLOSE:
            sid, kind, start = stack.pop()
            members.append((sid, kind, start, n))
            i += 1
            continue
        out.append(c)
        n += 1
        i += 1
    assert not stack
    return "".join(out), members


def build() -> None:
    raw_dir = ROOT / "raw"
    raw_dir.mkdir(exist_ok=True)
    by_statement: dict[str, list[dict[str, object]]] = {}
    dates: dict[str, str | None] = {}
    for d in DOCS:
        text, members = strip(str(d["text"]).lstrip("\n"))
        doc = str(d["doc"])
        (raw_dir / f"{doc}.txt").write_text(text, encoding="utf-8")
        meta = {"url": d["url"], "outlet": d["outlet"], "title": d["title"]}
        if d["date"]:
            meta["published_date"] = d["date"]
        (raw_dir / f"{doc}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        dates[doc] = d["date"]  # type: ignore[assignment]
        for sid, kind, start, end in sorted(members, key=lambda m: (m[2], m[3])):
            by_statement.setdefault(sid, []).append(
                {"doc": doc, "start": start, "end": end, "text": text[start:end], "kind": kind}
            )
    lines = []
    for sid, (speaker, occasion, occ_date, medium, summary) in STATEMENTS.items():
        members = by_statement.get(sid, [])
        assert members, f"{sid} has no member"
        docs = sorted({str(m["doc"]) for m in members})
        known = [dates[x] for x in docs]
        first = None
        if all(known):
            earliest = min(known)  # type: ignore[type-var]
            first = [x for x in docs if dates[x] == earliest]
        lines.append(
            {
                "id": sid,
                "utterance": summary,
                "speaker": speaker,
                "occasion": occasion,
                "occasion_date": occ_date,
                "original_medium": medium[0] if medium else None,
                "original_medium_forms": medium or [],
                "first_report": first,
                "members": members,
            }
        )
    with (ROOT / "utterances.jsonl").open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def check() -> None:
    n_docs = n_members = 0
    for line in (ROOT / "utterances.jsonl").read_text("utf-8").splitlines():
        u = json.loads(line)
        for m in u["members"]:
            raw = (ROOT / "raw" / f"{m['doc']}.txt").read_text("utf-8")
            assert raw[m["start"] : m["end"]] == m["text"], m
            n_members += 1
    n_docs = len(list((ROOT / "raw").glob("*.txt")))
    print(f"{n_docs} docs, {len(STATEMENTS)} statements, {n_members} members: offsets check out")


if __name__ == "__main__":
    build()
    check()
