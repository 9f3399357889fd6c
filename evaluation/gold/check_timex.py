"""Check a gold folder's timex.jsonl against its raw/ (standard library only).

    python3 evaluation/gold/check_timex.py evaluation/gold/en-timex-dev

One checker for every set in the en-dev timex format (en-heldout, en-timex-dev,
en-timex-dev2); en-attr's ``check_timex.py`` adds its own placeholder rules.

Every row: required fields present, raw[start:end] == text, type in DATE/TIME/DURATION/SET,
anchor in absolute/publication, optional mod from TIMEX3's list, alt a list of strings;
no two rows of one document overlap.  Prints counts by type; exits 1 on any error.
"""
import json
import os
import sys
from collections import Counter

TYPES = {"DATE", "TIME", "DURATION", "SET"}
ANCHORS = {"absolute", "publication"}
MODS = {"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
        "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
FIELDS = ("doc", "text", "start", "end", "type", "value", "anchor")


def main(folder):
    HERE = os.path.abspath(folder)
    path = os.path.join(HERE, "timex.jsonl")
    errors, rows, raws = [], [], {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            r["_line"] = n
            rows.append(r)
    for r in rows:
        where = f"line {r['_line']} ({r.get('doc')} {r.get('text')!r})"
        missing = [k for k in FIELDS if k not in r]
        if missing:
            errors.append(f"{where}: missing {missing}")
            continue
        extra = set(r) - set(FIELDS) - {"mod", "alt", "note", "_line"}
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        doc = r["doc"]
        if doc not in raws:
            p = os.path.join(HERE, "raw", doc + ".txt")
            if not os.path.exists(p):
                errors.append(f"{where}: no raw text {p}")
                continue
            raws[doc] = open(p, encoding="utf-8").read()
        raw = raws[doc]
        if not (isinstance(r["start"], int) and isinstance(r["end"], int) and 0 <= r["start"] < r["end"] <= len(raw)):
            errors.append(f"{where}: bad offsets {r['start']}..{r['end']}")
        elif raw[r["start"]:r["end"]] != r["text"]:
            errors.append(f"{where}: raw[start:end] is {raw[r['start']:r['end']]!r}")
        if r["type"] not in TYPES:
            errors.append(f"{where}: type {r['type']!r}")
        if r["anchor"] not in ANCHORS:
            errors.append(f"{where}: anchor {r['anchor']!r}")
        if not isinstance(r["value"], str) or not r["value"]:
            errors.append(f"{where}: empty value")
        if "mod" in r and r["mod"] not in MODS:
            errors.append(f"{where}: mod {r['mod']!r}")
        if "alt" in r and not (isinstance(r["alt"], list) and all(isinstance(a, str) and a for a in r["alt"])):
            errors.append(f"{where}: alt must be a list of strings")
        if "note" in r and not (isinstance(r["note"], str) and r["note"]):
            errors.append(f"{where}: empty note")
    by_doc = {}
    for r in rows:
        if isinstance(r.get("start"), int) and isinstance(r.get("end"), int):
            by_doc.setdefault(r.get("doc"), []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{doc}: overlap {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
    types = Counter(r.get("type") for r in rows)
    print(f"{len(rows)} rows in {len(by_doc)} docs;", ", ".join(f"{t} {types[t]}" for t in sorted(types)),
          f"; with note {sum('note' in r for r in rows)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_timex.py <gold folder>")
    sys.exit(main(sys.argv[1]))
