"""Check en-attr/timex.jsonl against raw/ (standard library only); adapted from
../check_timex.py (it adds the placeholder rules of undated documents).

Every row: required fields present, raw[start:end] == text, type in DATE/TIME/DURATION/SET,
anchor in absolute/publication, optional mod from TIMEX3's list, alt a list of strings;
docs are a01..a12 only (the h-docs' time expressions live in ../en-heldout/timex.jsonl);
no two rows of one document overlap; in a doc without published_date, a publication-anchored
value that is not a *_REF has an X placeholder and the note says "no published_date"; in a doc
with one, no value has an X placeholder except durations/sets (PXW, PTXH).
Prints counts by type and docs without published_date; exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"DATE", "TIME", "DURATION", "SET"}
ANCHORS = {"absolute", "publication"}
MODS = {"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
        "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
FIELDS = ("doc", "text", "start", "end", "type", "value", "anchor")
DOCS = [f"a{i:02d}" for i in range(1, 13)]
REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}


def main(path=os.path.join(HERE, "timex.jsonl")):
    errors, rows, raws, pub = [], [], {}, {}
    for d in DOCS:
        meta = json.load(open(os.path.join(HERE, "raw", d + ".meta.json"), encoding="utf-8"))
        pub[d] = meta.get("published_date")
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
        if doc not in DOCS:
            errors.append(f"{where}: doc not in a01..a12")
            continue
        if doc not in raws:
            raws[doc] = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        raw = raws[doc]
        if not (isinstance(r["start"], int) and isinstance(r["end"], int) and 0 <= r["start"] < r["end"] <= len(raw)):
            errors.append(f"{where}: bad offsets {r['start']}..{r['end']}")
        elif raw[r["start"]:r["end"]] != r["text"]:
            errors.append(f"{where}: raw[start:end] is {raw[r['start']:r['end']]!r}")
        if r["type"] not in TYPES:
            errors.append(f"{where}: type {r['type']!r}")
        if r["anchor"] not in ANCHORS:
            errors.append(f"{where}: anchor {r['anchor']!r}")
        v = r["value"]
        if not isinstance(v, str) or not v:
            errors.append(f"{where}: empty value")
            continue
        if r["type"] in ("DURATION", "SET") and not v.startswith("P") and not v.startswith("XXXX"):
            errors.append(f"{where}: {r['type']} value {v!r} is not a period")
        if r["type"] in ("DURATION", "SET") and r["anchor"] != "absolute":
            errors.append(f"{where}: durations and sets are absolute")
        if r["type"] == "TIME" and "T" not in v:
            errors.append(f"{where}: TIME value without a clock time")
        if "mod" in r and r["mod"] not in MODS:
            errors.append(f"{where}: mod {r['mod']!r}")
        if "alt" in r and not (isinstance(r["alt"], list) and all(isinstance(a, str) and a for a in r["alt"])):
            errors.append(f"{where}: alt must be a list of strings")
        if "note" in r and not (isinstance(r["note"], str) and r["note"]):
            errors.append(f"{where}: empty note")
        if r["type"] in ("DATE", "TIME") and v not in REFS:
            if pub[doc] is None and r["anchor"] == "publication":
                if "X" not in v:
                    errors.append(f"{where}: {doc} has no published_date but value {v!r} is fully specified")
                if "no published_date" not in r.get("note", ""):
                    errors.append(f"{where}: note must say 'no published_date'")
            if pub[doc] is not None and "X" in v:
                errors.append(f"{where}: {doc} has published_date {pub[doc]} but value {v!r} has a placeholder")
            if r["anchor"] == "absolute" and "X" in v:
                errors.append(f"{where}: absolute value with placeholder")
            if not re.match(r"^(\d{4}|XXXX)(-(\d\d|XX|Q\d|H\d|W\d\d|WXX)(-(\d\d|\d))?)?(T(MO|AF|EV|NI|\d\d:\d\d(Z|[+-]\d\d:\d\d)?))?$", v):
                errors.append(f"{where}: value {v!r} not in ISO/TIMEX3 form")
        if v == "PRESENT_REF" and pub[doc] is not None and r.get("alt") != [pub[doc]]:
            errors.append(f"{where}: PRESENT_REF alt should be the publication date {pub[doc]}")
    by_doc = {}
    for r in rows:
        if isinstance(r.get("start"), int) and isinstance(r.get("end"), int):
            by_doc.setdefault(r.get("doc"), []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{doc}: overlap {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
    for d in DOCS:
        if d not in by_doc:
            errors.append(f"{d}: no rows")
    types = Counter(r.get("type") for r in rows)
    print(f"{len(rows)} rows in {len(by_doc)} docs;", ", ".join(f"{t} {types[t]}" for t in sorted(types)),
          f"; with note {sum('note' in r for r in rows)}; with mod {sum('mod' in r for r in rows)};"
          f" with alt {sum('alt' in r for r in rows)}")
    print("docs without published_date:", ", ".join(d for d in DOCS if pub[d] is None))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
