#!/usr/bin/env python3
"""Validate the en-dev set (stdlib only).

Checks that every doc in sources.jsonl has raw/<doc>.txt and raw/<doc>.meta.json, that every
timex and event offset slices back to its text, that entity surface forms occur in the body,
that event actors / date_text refer to annotated entities / timexes, and prints counts.
Exit status 1 if any check fails.
"""
import collections, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "OUTLET"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
EVENT_TYPES = {"agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request", "accuse",
               "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault", "statement", "election", "other"}
MODALITIES = {"asserted", "reported", "expected", "hypothetical", "negated"}


def load(name):
    with open(ROOT / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> int:
    errors = []
    sources = load("sources.jsonl")
    ents, timex, events = load("entities.jsonl"), load("timex.jsonl"), load("events.jsonl")
    raw, body = {}, {}
    for s in sources:
        doc = s["doc"]
        t = ROOT / "raw" / f"{doc}.txt"
        m = ROOT / "raw" / f"{doc}.meta.json"
        if not t.exists():
            errors.append(f"{doc}: missing {t.name}"); continue
        if not m.exists():
            errors.append(f"{doc}: missing {m.name}")
        else:
            meta = json.loads(m.read_text(encoding="utf-8"))
            for k in ("url", "outlet", "published_date", "title"):
                if not meta.get(k):
                    errors.append(f"{doc}: meta lacks {k}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published_date", "")):
                errors.append(f"{doc}: bad published_date")
            if meta.get("published_date") != s["published_date"] or meta.get("url") != s["url"]:
                errors.append(f"{doc}: meta and sources.jsonl disagree")
        raw[doc] = t.read_text(encoding="utf-8")
        body[doc] = raw[doc][s.get("body_start", 0):]
    extra = {p.stem for p in (ROOT / "raw").glob("*.txt")} - set(raw)
    for doc in sorted(extra):
        errors.append(f"{doc}: raw text not listed in sources.jsonl")
    canon = collections.defaultdict(set)
    for e in ents:
        if e["type"] not in ENTITY_TYPES: errors.append(f"{e['doc']}: bad entity type {e['type']}")
        canon[e["doc"]].add(e["canonical"])
        for f in e["surface_forms"]:
            if not re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", body.get(e["doc"], "")):
                errors.append(f"{e['doc']}: surface form {f!r} not in body")
    tx_text = collections.defaultdict(set)
    for t in timex:
        r = raw.get(t["doc"], "")
        if r[t["start"]:t["end"]] != t["text"]:
            errors.append(f"{t['doc']}: timex offset mismatch {t['text']!r} {t['start']}:{t['end']}")
        if t["type"] not in TIMEX_TYPES: errors.append(f"{t['doc']}: bad timex type {t['type']}")
        if t["anchor"] not in ("absolute", "publication"): errors.append(f"{t['doc']}: bad anchor {t['anchor']}")
        tx_text[t["doc"]].add(t["text"])
    for e in events:
        r = raw.get(e["doc"], "")
        if r[e["start"]:e["end"]] != e["sentence"]:
            errors.append(f"{e['doc']}: event sentence offset mismatch {e['event']!r}")
        if e["type"] not in EVENT_TYPES: errors.append(f"{e['doc']}: bad event type {e['type']}")
        if e["modality"] not in MODALITIES: errors.append(f"{e['doc']}: bad modality {e['modality']}")
        for a in e["actors"]:
            if a not in canon[e["doc"]]: errors.append(f"{e['doc']}: actor {a!r} is not an entity of the doc")
        if e["date_text"] and e["date_text"] not in tx_text[e["doc"]]:
            errors.append(f"{e['doc']}: date_text {e['date_text']!r} is not a timex of the doc")
        if bool(e["date_text"]) != bool(e["date"]):
            errors.append(f"{e['doc']}: date_text/date must be both set or both null")

    print(f"docs {len(sources)}  words {sum(len(r.split()) for r in raw.values())}")
    print(f"entities {len(ents)} (borderline {sum(e['borderline'] for e in ents)}) by type:",
          dict(collections.Counter(e["type"] for e in ents)))
    print(f"timex {len(timex)} by type:", dict(collections.Counter(t["type"] for t in timex)),
          "anchor:", dict(collections.Counter(t["anchor"] for t in timex)))
    print(f"events {len(events)} by type:", dict(collections.Counter(e["type"] for e in events).most_common()))
    print("  modality:", dict(collections.Counter(e["modality"] for e in events)),
          " dated:", sum(1 for e in events if e["date"]))
    print("docs by topic:", dict(collections.Counter(s["topic"] for s in sources)))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
