"""Writes a gold folder's attributions.jsonl from its annotations.py (en-attr, en-attr2,
en-attr-dev share this builder).

Offsets are computed with str.find on the raw texts: a content `text` must be unique in its
raw file, or `ctx` (a unique string containing it) is given; the source is located by `sctx`
(a unique string containing the source text) or, without it, is the occurrence of the source
text nearest to the content span (outside it). Run from the repository root:
    python3 evaluation/gold/build_attributions.py evaluation/gold/en-attr
"""
import json
import os
import sys

if len(sys.argv) != 2:
    sys.exit("usage: build_attributions.py <gold folder>")
HERE = os.path.abspath(sys.argv[1])
RAW = os.path.join(HERE, "raw")
# `` is how some wire copy (en-attr2's b09, UPI) writes an opening quotation mark.
QUOTES = ("\"", "\u201c", "\u201d", "\u2018", "``")

ROWS = []


def R(doc, text, cue, lemma, src, speaker, stype, medium=None, via=None, note=None,
      ctx=None, sctx=None, anonymous=None):
    ROWS.append(dict(doc=doc, text=text, cue=cue, cue_lemma=lemma, source_text=src,
                     speaker=speaker, source_type=stype, medium=medium, via=via, note=note,
                     ctx=ctx, sctx=sctx, anonymous=anonymous))


def unique_find(raw, s, what):
    i = raw.find(s)
    if i < 0:
        raise SystemExit(f"not found ({what}): {s!r}")
    if raw.find(s, i + 1) >= 0:
        raise SystemExit(f"not unique ({what}): {s!r}")
    return i


def locate(r, raw):
    if r["ctx"]:
        c = unique_find(raw, r["ctx"], "ctx")
        k = r["ctx"].find(r["text"])
        assert k >= 0, r["text"]
        start = c + k
    else:
        start = unique_find(raw, r["text"], "text")
    end = start + len(r["text"])
    if r["sctx"]:
        c = unique_find(raw, r["sctx"], "sctx")
        k = r["sctx"].find(r["source_text"])
        assert k >= 0, r["source_text"]
        s = c + k
    else:
        cands = []
        i = raw.find(r["source_text"])
        while i >= 0:
            j = i + len(r["source_text"])
            if j <= start or i >= end:
                cands.append((min(abs(start - j), abs(i - end)), i))
            i = raw.find(r["source_text"], i + 1)
        if not cands:
            raise SystemExit(f"source not found: {r['source_text']!r}")
        s = min(cands)[1]
    return start, end, s


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

out = []
for r in ROWS:
    raw = open(os.path.join(RAW, r["doc"] + ".txt"), encoding="utf-8").read()
    start, end, s = locate(r, raw)
    kind = "mixed" if any(q in r["text"] for q in QUOTES) else "indirect"
    anon = r["anonymous"] if r["anonymous"] is not None else r["source_type"] == "anonymous"
    out.append({"doc": r["doc"], "text": r["text"], "start": start, "end": end, "kind": kind,
                "cue": r["cue"], "cue_lemma": r["cue_lemma"], "source_text": r["source_text"],
                "source_text_start": s, "speaker": r["speaker"], "anonymous": anon,
                "source_type": r["source_type"], "medium": r["medium"], "via": r["via"],
                "note": r["note"]})
out.sort(key=lambda o: (o["doc"], o["start"], o["end"]))
with open(os.path.join(HERE, "attributions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "records")
