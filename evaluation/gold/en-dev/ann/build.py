"""Build the en-dev JSONL files from the hand annotations in ann/*.py (stdlib only)."""
import json, re, sys, pathlib, importlib.util
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "ann"))
from meta import META

ANN = {}
for p in sorted((ROOT / "ann").glob("d*.py")):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    ANN.update(m.ANN)

ABBR = {"Mr","Mrs","Ms","Dr","Gov","Lt","Sen","Rep","St","Sgt","Gen","Jr","Sr","Inc","Corp","Co","Ltd","No","vs",
        "Mo","Kan","Ga","Ark","Ala","Wash","Calif","Fla","Jan","Feb","Mar","Apr","Aug","Sept","Sep","Oct","Nov","Dec","Ald","Mt","Ft"}

def sentences(text, start):
    """Yield (s, e) sentence spans of text from offset start; lines are hard boundaries."""
    spans = []
    pos = start
    for line in text[start:].split("\n"):
        ls = pos; le = pos + len(line); pos = le + 1
        if not line.strip():
            continue
        cur = ls
        for m in re.finditer(r"[.!?…]+[\"”’')\]]*\s+", text[ls:le]):
            b = ls + m.end()
            if b >= le: break
            nxt = text[b]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
                continue
            # token before the punctuation
            tok = re.search(r"([\w.]+)[.!?…]+[\"”’')\]]*\s+$", text[cur:b])
            t = tok.group(1) if tok else ""
            if text[ls + m.start()] == "." and (t in ABBR or re.fullmatch(r"[A-Z]", t) or ("." in t and len(t) <= 6)):
                continue
            spans.append((cur, ls + m.end() - len(m.group(0)) + len(m.group(0).rstrip())))
            cur = b
        spans.append((cur, le - (len(text[ls:le]) - len(text[ls:le].rstrip()))))
    return spans

def count_mentions(body, ents, mask=()):
    forms = [(f, -1) for f in mask]
    for i, e in enumerate(ents):
        for f in e[2]:
            forms.append((f, i))
    forms.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(body)
    counts = [0] * len(ents)
    missing = []
    for f, i in forms:
        n = 0
        for m in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", body):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()): taken[k] = True
            n += 1
            if i >= 0: counts[i] += 1
        if n == 0 and i >= 0:
            missing.append(f)
    return counts, missing

def main():
    out_src, out_ent, out_tx, out_ev = [], [], [], []
    errors = []
    for doc in sorted(META):
        url, outlet, date, title, topic, bsl, dnote = META[doc]
        raw = (ROOT / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
        lines = raw.split("\n")
        body_start = sum(len(l) + 1 for l in lines[:bsl])
        body = raw[body_start:]
        (ROOT / "raw" / f"{doc}.meta.json").write_text(json.dumps(
            {"url": url, "outlet": outlet, "published_date": date, "title": title}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out_src.append({"doc": doc, "url": url, "outlet": outlet, "published_date": date, "topic": topic,
                        "date_evidence": dnote, "body_start": body_start, "n_words": len(raw.split())})
        a = ANN.get(doc)
        if a is None:
            errors.append(f"{doc}: no annotation"); continue
        ents = a["ents"]
        counts, missing = count_mentions(body, ents, a.get("mask", ()))
        for f in missing: errors.append(f"{doc}: surface form not found in body: {f!r}")
        canon = set()
        for e, c in zip(ents, counts):
            rec = {"doc": doc, "type": e[0], "canonical": e[1], "surface_forms": e[2], "mentions": c,
                   "borderline": bool(e[3]) if len(e) > 3 else False}
            if len(e) > 4 and e[4]: rec["note"] = e[4]
            out_ent.append(rec); canon.add(e[1])
        txtexts = set()
        for t in a["tx"]:
            text, typ, val, anc = t[:4]
            opt = t[4] if len(t) > 4 else {}
            n = opt.get("n", 1)
            occ = [m.start() for m in re.finditer(r"(?<![\w])" + re.escape(text) + r"(?![\w])", raw) if m.start() >= body_start]
            idx = occ[n - 1] if len(occ) >= n else -1
            if idx < 0:
                errors.append(f"{doc}: timex not found: {text!r} n={n}"); continue
            rec = {"doc": doc, "text": text, "start": idx, "end": idx + len(text), "type": typ, "value": val, "anchor": anc}
            for k in ("mod", "alt", "note"):
                if k in opt: rec[k] = opt[k]
            out_tx.append(rec); txtexts.add(text)
        sents = sentences(raw, body_start)
        for ev in a["ev"]:
            anchor = ev["at"]
            hits = [i for i in range(len(raw)) if raw.startswith(anchor, i) and i >= body_start]
            if len(hits) != 1:
                errors.append(f"{doc}: event anchor {anchor!r} hits={len(hits)}"); continue
            h = hits[0]
            sp = [x for x in sents if x[0] <= h < x[1]]
            if not sp:
                errors.append(f"{doc}: no sentence for {anchor!r}"); continue
            ss, se = sp[0]
            if h + len(anchor) > se:
                errors.append(f"{doc}: anchor crosses sentence boundary {anchor!r}")
            for act in ev.get("actors", []):
                if act not in canon: errors.append(f"{doc}: actor not an entity: {act!r}")
            if ev.get("date_text") and ev["date_text"] not in txtexts:
                errors.append(f"{doc}: date_text not a timex: {ev['date_text']!r}")
            rec = {"doc": doc, "event": ev["event"], "type": ev["type"], "trigger": ev["trigger"],
                   "actors": ev.get("actors", []), "date_text": ev.get("date_text"), "date": ev.get("date"),
                   "modality": ev["modality"], "sentence": raw[ss:se], "start": ss, "end": se}
            if ev.get("note"): rec["note"] = ev["note"]
            out_ev.append(rec)
    def dump(name, rows):
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("sources.jsonl", out_src); dump("entities.jsonl", out_ent); dump("timex.jsonl", out_tx); dump("events.jsonl", out_ev)
    for e in errors: print("ERROR", e)
    print(f"docs={len(out_src)} entities={len(out_ent)} timex={len(out_tx)} events={len(out_ev)} errors={len(errors)}")

if __name__ == "__main__":
    main()
