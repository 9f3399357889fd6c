"""Check en-attr/entities.jsonl against raw/ (standard library only).

Every row: fields in the order of ../en-heldout/entities.jsonl (doc, type, canonical,
surface_forms, mentions, borderline[, note]); doc one of a01..a12 (the h-docs' entities live in
../en-heldout/entities.jsonl); type PERSON/ORG/GPE/OUTLET; borderline a bool; every surface form
occurs in its doc's text at word boundaries; no canonical twice in one doc; no surface form shared
by two rows of one doc; mentions equal to the count rule of ann_entities.py.
Prints counts by type (rows, borderline) and exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ann_entities import count_mentions  # noqa: E402

TYPES = ("PERSON", "ORG", "GPE", "OUTLET")
FIELDS = ("doc", "type", "canonical", "surface_forms", "mentions", "borderline")
DOCS = {f"a{i:02d}" for i in range(1, 13)}


def main(path=os.path.join(HERE, "entities.jsonl")):
    errors, by_doc = [], defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            where = f"line {n} ({r.get('doc')} {r.get('canonical')!r})"
            keys = tuple(r)
            if keys[:len(FIELDS)] != FIELDS or set(keys[len(FIELDS):]) - {"note"}:
                errors.append(f"{where}: fields {keys}")
                continue
            if r["doc"] not in DOCS:
                errors.append(f"{where}: doc not in a01..a12")
                continue
            if r["type"] not in TYPES:
                errors.append(f"{where}: type {r['type']!r}")
            if not isinstance(r["borderline"], bool):
                errors.append(f"{where}: borderline not a bool")
            if not r["surface_forms"] or not all(isinstance(s, str) and s for s in r["surface_forms"]):
                errors.append(f"{where}: surface_forms empty or not strings")
                continue
            by_doc[r["doc"]].append(r)
    for doc, rows in sorted(by_doc.items()):
        text = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        for canon, k in Counter(r["canonical"] for r in rows).items():
            if k > 1:
                errors.append(f"{doc}: canonical {canon!r} on {k} rows")
        for form, k in Counter(s for r in rows for s in r["surface_forms"]).items():
            if k > 1:
                errors.append(f"{doc}: surface form {form!r} on {k} rows")
        for r in rows:
            for s in r["surface_forms"]:
                if not re.search(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
                    errors.append(f"{doc}: surface form {s!r} not in the text")
        counts, _ = count_mentions(text, [(r["type"], r["canonical"], r["surface_forms"]) for r in rows])
        for r, c in zip(rows, counts):
            if r["mentions"] != c:
                errors.append(f"{doc}: {r['canonical']!r} mentions {r['mentions']} != {c}")
    missing = DOCS - set(by_doc)
    if missing:
        errors.append(f"docs without rows: {sorted(missing)}")
    rows = [r for rs in by_doc.values() for r in rs]
    print(f"{len(rows)} rows in {len(by_doc)} docs")
    for t in TYPES:
        ts = [r for r in rows if r["type"] == t]
        print(f"  {t:7} {len(ts):3}  borderline {sum(r['borderline'] for r in ts)}")
    for e in errors:
        print("ERROR", e)
    print(len(errors), "errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
