"""Consistency check of a gold folder's attributions.jsonl in the seeds' format
(pure Python, no project imports): en-attr and en-attr-dev; en-attr2's own
``check.py`` adds that set's build rules (topics, excerpt length).

    python3 evaluation/gold/check_attributions.py evaluation/gold/en-attr
"""
import json
import os
import sys

FIELDS = ["doc", "text", "start", "end", "kind", "cue", "cue_lemma", "source_text", "source_text_start",
          "speaker", "anonymous", "source_type", "medium", "via", "note"]
KINDS = {"indirect", "mixed"}
SOURCE_TYPES = {"person", "anonymous", "organization", "media"}
QUOTES = ('"', "\u201c", "\u201d", "\u2018")


def main(folder):
    HERE = os.path.abspath(folder)
    RAW = os.path.join(HERE, "raw")
    errors = []
    raws = {}
    for name in sorted(os.listdir(RAW)):
        if name.endswith(".txt"):
            doc = name[:-4]
            raws[doc] = open(os.path.join(RAW, name), encoding="utf-8").read()
            meta_path = os.path.join(RAW, doc + ".meta.json")
            if not os.path.exists(meta_path):
                errors.append(f"{doc}: no meta.json")
            else:
                meta = json.load(open(meta_path, encoding="utf-8"))
                for k in ("url", "outlet"):
                    if not meta.get(k):
                        errors.append(f"{doc}: meta lacks {k}")
    rows = []
    with open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rows.append((n, json.loads(line)))
    seen = set()
    for n, r in rows:
        where = f"line {n} ({r.get('doc')})"
        if list(r) != FIELDS:
            errors.append(f"{where}: fields {list(r)}")
            continue
        raw = raws.get(r["doc"])
        if raw is None:
            errors.append(f"{where}: no raw file for doc")
            continue
        if raw[r["start"]:r["end"]] != r["text"]:
            errors.append(f"{where}: raw[start:end] != text")
        if not r["text"] or r["text"] != r["text"].strip():
            errors.append(f"{where}: empty text or outer whitespace")
        if not raw[r["source_text_start"]:].startswith(r["source_text"]) or not r["source_text"]:
            errors.append(f"{where}: source_text not at source_text_start")
        if r["kind"] not in KINDS:
            errors.append(f"{where}: kind {r['kind']!r}")
        has_q = any(q in r["text"] for q in QUOTES)
        if (r["kind"] == "mixed") != has_q:
            errors.append(f"{where}: kind {r['kind']} but quote marks present={has_q}")
        if r["source_type"] not in SOURCE_TYPES:
            errors.append(f"{where}: source_type {r['source_type']!r}")
        if not isinstance(r["anonymous"], bool):
            errors.append(f"{where}: anonymous not bool")
        if r["source_type"] == "anonymous" and not r["anonymous"]:
            errors.append(f"{where}: source_type anonymous but anonymous false")
        if r["source_type"] == "person" and r["anonymous"]:
            errors.append(f"{where}: person but anonymous")
        for k in ("cue", "cue_lemma", "speaker"):
            if not isinstance(r[k], str) or not r[k]:
                errors.append(f"{where}: empty {k}")
        for k in ("medium", "via", "note"):
            if r[k] is not None and not (isinstance(r[k], str) and r[k]):
                errors.append(f"{where}: {k} must be null or non-empty string")
        if not (isinstance(r["start"], int) and isinstance(r["end"], int) and 0 <= r["start"] < r["end"] <= len(raw)):
            errors.append(f"{where}: bad offsets")
        key = (r["doc"], r["start"], r["end"], r["source_text_start"], r["cue"])
        if key in seen:
            errors.append(f"{where}: duplicate record")
        seen.add(key)
    for e in errors:
        print("ERROR", e)
    docs = sorted({r["doc"] for _, r in rows})
    print(f"{len(raws)} raw texts, {len(rows)} records in {len(docs)} docs, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_attributions.py <gold folder>")
    sys.exit(main(sys.argv[1]))
