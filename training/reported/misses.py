"""Where reported-speech recall is lost: a breakdown of the annotated
relations the extractor misses, for error analysis (issue 17).

    uv run --frozen python -m training.reported.misses [polnear|polnear-train] [N]

For every relation with a Source whose Content is not a quotation (on the
train split only the held-out tenth ``train.py`` chooses thresholds on; dev is
the whole split), one of:

- ``found``: a row of ``extract_reported`` matches it (overlap >= 0.5);
- ``no candidate``: no candidate of its cue words overlaps it that much (the
  rules' ceiling: a missing cue kind, a content cut or joined otherwise);
- ``rejected``: a candidate matches, but the scorer keeps none of its cue;
- ``wrong span``: the cue is kept with another of its span alternatives.

``no candidate`` rows are further sorted by shape (``shape_of_miss``): a
colon frame, a content over several sentences, quotations joined across the
cue, a poll in an "in" phrase, a nominal cue, a noun-phrase object, or other.

It prints the counts, then up to N examples per kind (cue | gold Content |
closest candidate | its path and variant). Relations only, never held-out
sets: PolNeAR dev and train are the development data of this component.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict

from spacy.tokens import Doc

from evaluation.attributions import GoldRelation, load_relations
from training.reported.parse_cache import load_docs, split_root
from training.reported.train import _cue_tokens, _mostly_quoted, in_quote_mask, overlap
from transforms.quotes import reported as R

_SENTENCE_GAP = re.compile(r"[.!?][\"'”’]*\s+[\"'“‘]*[A-Z]")


def shape_of_miss(doc: Doc, rel: GoldRelation, cue: set[int]) -> str:
    """A coarse shape of a relation no candidate overlaps (for the breakdown)."""
    content = rel.content_text
    toks = [doc[i] for i in sorted(cue)]
    if any(t.text == ":" for t in toks):
        return "colon"
    if rel.shape == "mixed" and content.count("''") + content.count("“") >= 2:
        return "joined quotations"
    if _SENTENCE_GAP.search(content):
        return "several sentences"
    if toks and toks[0].lower_ == "in":
        return "poll in"
    if any(t.pos_ == "NOUN" for t in toks):
        return "nominal cue"
    span = doc.char_span(rel.content[0][0], rel.content[0][1], alignment_mode="expand")
    if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
        return "noun-phrase object"
    return "other"


def main(split: str = "polnear", n_examples: int = 10) -> None:
    names, _, docs = load_docs(split)
    _, rels = load_relations(split_root(split))
    model = R.load_model()
    picked = [i for i in range(len(names)) if split != "polnear-train" or i % 10 == 0]
    counts: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for i in picked:
        doc, text = docs[i], docs[i].text
        mask = in_quote_mask(doc)
        cands = [
            c
            for c in R.candidates(doc, mask, model.gate, model.shapes)
            if c.source_i is not None and not _mostly_quoted(mask, c)
        ]
        kept = R.extract_reported(doc, mask, model)
        kept_cues = {r.cue_i for r in kept}
        for rel in rels[names[i]]:
            if rel.source is None or rel.shape == "direct":
                continue
            gold = rel.content_text
            if any(overlap(text[r.start : r.end], gold) >= 0.5 for r in kept):
                counts["found"] += 1
                continue
            cue = _cue_tokens(doc, rel)
            mine = [c for c in cands if c.cue_i in cue]
            best = max(mine, key=lambda c: overlap(text[c.start : c.end], gold), default=None)
            if best is None or overlap(text[best.start : best.end], gold) < 0.5:
                kind = "no candidate"
                shapes[shape_of_miss(doc, rel, cue)] += 1
            elif best.cue_i in kept_cues:
                kind = "wrong span"
            else:
                kind = "rejected"
            counts[kind] += 1
            near = "-" if best is None else text[best.start : best.end]
            how = "-" if best is None else f"{best.path} {best.variant}".strip()
            examples[kind].append(f"{rel.cue_text} | {gold[:160]} | {near[:160]} | {how}")
    print(split, sum(counts.values()), dict(counts.most_common()))
    print("no candidate, by shape:", dict(shapes.most_common()))
    rng = random.Random(17)
    for kind, rows in examples.items():
        print(f"== {kind} ({len(rows)})")
        for row in rng.sample(rows, min(n_examples, len(rows))):
            print("  " + row)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "polnear",
        int(sys.argv[2]) if len(sys.argv) > 2 else 10,
    )
