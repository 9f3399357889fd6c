"""Train the reported-speech scorer (``transforms/quotes/data/reported_model.npz``).

    uv run --frozen python -m training.reported.train

Reads the PolNeAR train split (never dev), parses it once with the product's
pipeline (cached, see ``parse_cache``), turns every candidate of
``transforms.quotes.reported.candidates`` into hashed features, labels it positive when
an annotated relation has its cue on the candidate's cue word and a Content
sharing at least half of the longer one's word tokens, and fits a logistic
regression (AdaGrad, L2, fixed seed and epochs: the run is deterministic).

The acceptance thresholds are chosen on a held-out tenth of the train articles
(best candidate-level F1 of the keep rule of ``extract_reported``); the saved model is then
refit on all train articles. The file records the sha256 of the training data
(file names and bytes of texts and annotation files) it came from.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from evaluation.attributions import GoldRelation, load_relations
from evaluation.base import overlap_match
from training.reported.parse_cache import load_docs, split_root
from transforms.quotes.reported import DIM, Candidate, DocView, candidates, features, hash_features
from transforms.quotes.spans import find_quote_spans

SPLIT = "polnear-train"
OUT = Path(__file__).resolve().parents[2] / "transforms" / "quotes" / "data" / "reported_model.npz"
EPOCHS = 8
L2 = 1e-6
LR = 0.2
QUOTED_SHARE = 0.8


def data_sha256(root: Path) -> str:
    """Hash of every text and annotation file of the split, names included."""
    h = hashlib.sha256()
    for sub in ("text", "attributions"):
        for p in sorted((root / sub).iterdir()):
            h.update(f"{sub}/{p.name}".encode())
            h.update(b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()


def in_quote_mask(doc: Doc) -> list[bool]:
    mask = [False] * len(doc)
    spans = find_quote_spans(doc.text)
    k = 0
    for t in doc:
        while k < len(spans) and spans[k].mark_end <= t.idx:
            k += 1
        mask[t.i] = k < len(spans) and spans[k].mark_start <= t.idx
    return mask


def _cue_tokens(doc: Doc, rel: GoldRelation) -> set[int]:
    out: set[int] = set()
    for a, b in rel.cue or ():
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
    return out


def _mostly_quoted(mask: list[bool], c: Candidate) -> bool:
    """Content that is a quotation: the extractor leaves it to the direct row."""
    n = c.last_i - c.first_i + 1
    return sum(mask[c.first_i : c.last_i + 1]) >= QUOTED_SHARE * n


def examples(doc: Doc, rels: list[GoldRelation]) -> list[tuple[np.ndarray, int]]:
    mask = in_quote_mask(doc)
    cues = [(_cue_tokens(doc, r), r.content_text) for r in rels]
    text = doc.text
    view = DocView(doc, mask)
    out = []
    for c in candidates(doc, mask):
        if c.source_i is None or _mostly_quoted(mask, c):
            continue
        ctext = text[c.start : c.end]
        y = int(any(c.cue_i in ids and overlap_match(ctext, g) for ids, g in cues))
        out.append((hash_features(features(doc, c, mask, view)), y))
    return out


def fit(xs: list[np.ndarray], ys: np.ndarray, seed: int = 17) -> np.ndarray:
    w = np.zeros(DIM, dtype=np.float64)
    g2 = np.full(DIM, 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(EPOCHS):
        for i in rng.permutation(len(xs)):
            idx = xs[i]
            z = w[idx].sum()
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            g = (p - ys[i]) + L2 * w[idx]
            np.add.at(g2, idx, g * g)
            np.subtract.at(w, idx, LR * g / np.sqrt(g2[idx]))
    return w.astype(np.float32)


def main() -> None:
    root = split_root(SPLIT)
    names, _, docs = load_docs(SPLIT)
    _, rels = load_relations(root)
    per_doc = [examples(d, rels[n]) for n, d in zip(names, docs, strict=True)]
    held = {i for i in range(len(names)) if i % 10 == 0}
    tr = [e for i, ex in enumerate(per_doc) if i not in held for e in ex]
    w = fit([x for x, _ in tr], np.array([y for _, y in tr], dtype=np.float64))
    # Thresholds on the held-out tenth: candidates' probabilities and labels.
    hx = [e for i, ex in enumerate(per_doc) if i in held for e in ex]
    rules: list[bool] = []
    for i in sorted(held):
        mask = in_quote_mask(docs[i])
        rules += [
            c.rule
            for c in candidates(docs[i], mask)
            if c.source_i is not None and not _mostly_quoted(mask, c)
        ]
    probs = np.array([1 / (1 + np.exp(-float(w[x].sum()))) for x, _ in hx])
    ys = np.array([y for _, y in hx])
    rule_arr = np.array(rules)
    n_pos = int(ys.sum())
    best = (0.0, 0.5, 0.5)
    for accept in np.arange(0.2, 0.95, 0.05):
        for veto in (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5):
            keep = (rule_arr & (probs >= veto)) | (probs >= accept)
            tp = int((keep & (ys == 1)).sum())
            p = tp / max(int(keep.sum()), 1)
            r = tp / max(n_pos, 1)
            f = 2 * p * r / (p + r) if p + r else 0.0
            if f > best[0]:
                best = (f, float(accept), float(veto))
    print(
        f"held-out candidates={len(ys)} positives={n_pos} best f1={best[0]:.3f} "
        f"accept={best[1]:.2f} veto={best[2]:.2f}"
    )
    allx = [e for ex in per_doc for e in ex]
    w = fit([x for x, _ in allx], np.array([y for _, y in allx], dtype=np.float64))
    meta = {
        "about": "Reported-speech candidate scorer (transforms/quotes/reported.py), "
        "logistic regression over hashed parse features; trained by "
        "training/reported/train.py on PolNeAR v1.0.0 train.",
        "data": SPLIT,
        "data_sha256": data_sha256(root),
        "n_articles": len(names),
        "n_examples": len(allx),
        "dim": DIM,
        "accept": round(best[1], 2),
        "veto": round(best[2], 2),
        "epochs": EPOCHS,
    }
    np.savez_compressed(
        OUT, w=w.astype(np.float16).astype(np.float32), meta=np.array(json.dumps(meta))
    )
    print(json.dumps(meta, indent=1), OUT.stat().st_size)


if __name__ == "__main__":
    main()
