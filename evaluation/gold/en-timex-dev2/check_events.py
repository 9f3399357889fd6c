"""Check en-timex-dev2/events.jsonl against raw/ and timex.jsonl (standard library only); copied from
../en-attr/check_events.py without the entity check (this set has no entity gold).

Every row: the fields of ../en-dev/events.jsonl in that order (note optional); docs are e01..e15
only; raw[start:end] == sentence; type in the vocabulary of ../en-dev/GUIDE.md section 4;
modality one of asserted/reported/expected/hypothetical/negated; trigger non-empty; actors a list
of names; date_text and date both null or both set,
date_text occurring in the raw text and, when it is an annotated time expression of the doc,
date equal to one of its values; date well formed (a TIMEX3 value: YYYY[-MM[-DD]], YYYY-Qn,
YYYY-Www, XXXX-WXX-d, a weekend YYYY-Www-WE, a season XXXX-SU, a half YYYY-Hn, optional THH:MM or time-of-day, *_REF, a decade, or a duration Pn[YMWD]).
Prints counts by type and modality; exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ("doc", "event", "type", "trigger", "actors", "date_text", "date", "modality",
          "sentence", "start", "end")
TYPES = {"agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
         "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault",
         "statement", "election", "other"}
MODALITIES = {"asserted", "reported", "expected", "hypothetical", "negated"}
DOCS = {f"e{i:02d}" for i in range(1, 16)}
DATE = re.compile(
    r"^(?:(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI)|-W(?:\d{2}|XX)(?:-[1-7]|-WE)?)?"
    r"(?:T(?:\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?|MO|AF|EV|NI))?"
    r"|\d{3}X|PAST_REF|PRESENT_REF|FUTURE_REF|P(?:\d+|X)[YMWD])$"
)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(path=os.path.join(HERE, "events.jsonl")):
    errors = []
    timex = {}
    for t in load("timex.jsonl"):
        timex.setdefault((t["doc"], t["text"]), set()).update([t["value"], *t.get("alt", [])])
    raws = {}
    rows = load(path)
    for n, r in enumerate(rows, 1):
        where = f"line {n} ({r.get('doc')} {r.get('event')!r})"
        keys = [k for k in r if k != "note"]
        if tuple(keys) != FIELDS:
            errors.append(f"{where}: fields {keys} != {list(FIELDS)}")
            continue
        doc = r["doc"]
        if doc not in DOCS:
            errors.append(f"{where}: doc not in e01..e15")
            continue
        if doc not in raws:
            raws[doc] = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        raw = raws[doc]
        if raw[r["start"]:r["end"]] != r["sentence"]:
            errors.append(f"{where}: raw[start:end] != sentence")
        if r["type"] not in TYPES:
            errors.append(f"{where}: type {r['type']!r} not in the guide's vocabulary")
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: modality {r['modality']!r}")
        if not isinstance(r["trigger"], str) or not r["trigger"].strip():
            errors.append(f"{where}: empty trigger")
        if not isinstance(r["actors"], list):
            errors.append(f"{where}: actors not a list")
        dt, d = r["date_text"], r["date"]
        if (dt is None) != (d is None):
            errors.append(f"{where}: date_text and date must be both null or both set")
        elif dt is not None:
            if dt not in raw:
                errors.append(f"{where}: date_text {dt!r} not in the raw text")
            if not DATE.match(d):
                errors.append(f"{where}: date {d!r} not a well-formed TIMEX3 value")
            values = timex.get((doc, dt))
            if values is not None and d not in values:
                errors.append(f"{where}: date {d!r} differs from the timex gold {sorted(values)}")
        if "note" in r and not (isinstance(r["note"], str) and r["note"]):
            errors.append(f"{where}: empty note")
    for e in errors:
        print(e)
    print(len(rows), "rows;", "types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("modality:", dict(Counter(r["modality"] for r in rows).most_common()))
    print("per doc:", dict(sorted(Counter(r["doc"] for r in rows).items())))
    print(len(errors), "errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
