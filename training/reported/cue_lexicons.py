"""Derive the train-split cue lexicons of reported speech (issue 17).

    uv run --frozen python -m training.reported.cue_lexicons

Writes two data files beside ``reported_cues.json``, each from PolNeAR TRAIN
only (never dev, never a held-out set), with a header that says so:

- ``reported_train_nouns.json``: nouns that head an annotated Cue ("his
  decision to", "her plan to", "the refusal of") at least ``MIN_NOUN_CUES``
  times, in at least ``MIN_NOUN_RATE`` of the times the noun occurs at all.
  The candidate generator treats them as nominal cues besides the lexicon's
  hand-written ``nouns`` (the rules still accept only a that-clause; the
  scorer decides the rest).
- ``reported_evidence_sources.json``: nouns that head the Source of a
  relation whose Cue is the preposition "in" ("Clinton led by 5 points in the
  poll"): a poll or survey standing as the source of the clause it modifies.

The data files record the split and the sha256 of the data (as the model does).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Token

from evaluation.attributions import GoldRelation, load_relations
from training.reported.parse_cache import load_docs, split_root
from training.reported.train import _cue_tokens, data_sha256

SPLIT = "polnear-train"
DATA = Path(__file__).resolve().parents[2] / "transforms" / "quotes" / "data"
MIN_NOUN_CUES = 3  # annotated cue uses of a noun lemma
MIN_NOUN_RATE = 0.10  # of its occurrences
MIN_SOURCE_USES = 3  # a poll noun heading an "in" cue's source


def _head(doc: Doc, ids: set[int]) -> Token | None:
    """The token of ``ids`` whose head lies outside them (the phrase head)."""
    for i in sorted(ids):
        t = doc[i]
        if t.head.i == t.i or t.head.i not in ids:
            return t
    return None


def _span_ids(doc: Doc, spans: tuple[tuple[int, int], ...] | None) -> set[int]:
    out: set[int] = set()
    for a, b in spans or ():
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None:
            out.update(t.i for t in sp)
    return out


def count(
    docs: list[Doc], rels: list[list[GoldRelation]]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(noun lemma -> occurrences, noun lemma -> cue heads, noun -> "in"-cue source heads)."""
    seen: Counter[str] = Counter()
    cue_heads: Counter[str] = Counter()
    in_sources: Counter[str] = Counter()
    for doc, rs in zip(docs, rels, strict=True):
        seen.update(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")
        for rel in rs:
            if rel.source is None:
                continue
            cue = _cue_tokens(doc, rel)
            head = _head(doc, cue)
            if head is not None and head.pos_ == "NOUN":
                cue_heads[head.lemma_.lower()] += 1
            if (rel.cue_text or "").strip().lower() == "in":
                src = _head(doc, _span_ids(doc, rel.source))
                if src is not None and src.pos_ == "NOUN":
                    in_sources[src.lemma_.lower()] += 1
    return seen, cue_heads, in_sources


def main() -> None:
    root = split_root(SPLIT)
    names, _, docs = load_docs(SPLIT)
    _, rels = load_relations(root)
    seen, cue_heads, in_sources = count(docs, [rels[n] for n in names])
    sha = data_sha256(root)
    nouns = sorted(
        lem
        for lem, k in cue_heads.items()
        if k >= MIN_NOUN_CUES and k >= MIN_NOUN_RATE * seen[lem] and lem.isalpha()
    )
    polls = sorted(lem for lem, k in in_sources.items() if k >= MIN_SOURCE_USES and lem.isalpha())
    files = {
        "reported_train_nouns.json": (
            "Nouns that are cues of reported speech or stated attitudes when they govern a "
            "clause, an infinitive or a prepositional object ('his decision to', 'her plan "
            "to', 'criticism of'): candidate nominal cues for the trained scorer, beside the "
            "hand-written 'nouns' of reported_cues.json. Lower-case spaCy lemmas.",
            f"Derived by training/reported/cue_lexicons.py from PolNeAR v1.0.0 TRAIN only "
            f"(data sha256 {sha}): noun lemmas heading an annotated Cue at least "
            f"{MIN_NOUN_CUES} times and in at least {MIN_NOUN_RATE:.0%} of their occurrences.",
            nouns,
        ),
        "reported_evidence_sources.json": (
            "Nouns for a poll or survey that stands as the source of the clause an 'in' "
            "phrase modifies ('Clinton led Trump by 5 points in the poll'). Lower-case "
            "spaCy lemmas.",
            f"Derived by training/reported/cue_lexicons.py from PolNeAR v1.0.0 TRAIN only "
            f"(data sha256 {sha}): head nouns of the Source of relations whose Cue is 'in', "
            f"at least {MIN_SOURCE_USES} times.",
            polls,
        ),
    }
    for name, (covers, source, entries) in files.items():
        body = {"_about": {"covers": covers, "source": source}, "entries": entries}
        (DATA / name).write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(name, len(entries), entries)


if __name__ == "__main__":
    main()
