"""Checks entities.jsonl against the texts: every surface form occurs in its document at
word boundaries, types are valid, rows carry the required fields, no entity is listed
twice and no surface form belongs to two rows of one document. Standard library only;
exits non-zero on the first list of problems.

Usage: ``python3 check_entity_set.py <gold folder>`` (en-ent-dev2, en-ent-dev3: one checker, the
sets share their format)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TYPES = {"PERSON", "ORG", "GPE", "OUTLET"}
FIELDS = {"doc", "type", "canonical", "surface_forms", "mentions", "borderline"}


def problems(folder: Path) -> list[str]:
    out: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    forms_seen: dict[tuple[str, str], str] = {}
    lines = (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        row = json.loads(line)
        missing = FIELDS - set(row)
        if missing:
            out.append(f"line {n}: missing {sorted(missing)}")
            continue
        doc, etype, canon = row["doc"], row["type"], row["canonical"]
        if etype not in TYPES:
            out.append(f"line {n}: bad type {etype}")
        key = (doc, etype, canon)
        if key in seen:
            out.append(f"line {n}: duplicate entity {key}")
        seen.add(key)
        path = folder / "raw" / f"{doc}.txt"
        if not path.is_file():
            out.append(f"line {n}: no text {path.name}")
            continue
        text = path.read_text(encoding="utf-8")
        if not row["surface_forms"]:
            out.append(f"line {n}: no surface form")
        for form in row["surface_forms"]:
            if not re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                out.append(f"line {n}: {form!r} not in {doc}")
            other = forms_seen.setdefault((doc, form), canon)
            if other != canon:
                out.append(f"line {n}: {form!r} also a form of {other!r} in {doc}")
        if not isinstance(row["mentions"], int) or row["mentions"] < 1:
            out.append(f"line {n}: mentions {row['mentions']!r}")
        if not isinstance(row["borderline"], bool):
            out.append(f"line {n}: borderline not a bool")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_entity_set.py <gold folder>")
    found = problems(Path(sys.argv[1]).resolve())
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    sys.exit(1 if found else 0)
