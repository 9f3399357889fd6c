"""Scoring quotes and sources (issue 4).

Two suites:

``quotes/seeds``
    The published snapshot's ``quotes``/``sources`` rows for the five seed
    articles against ``gold/seeds/quotes.jsonl``. Quotes are matched per
    document with ``greedy_pairs`` on their text (the gold README's rule). Gold
    items of kind ``scare`` are not in the gold set, so predicting one costs
    precision. Over matched pairs:

    - ``speaker_accuracy``: for a named gold speaker the predicted source must be
      named and carry the same name (case-folded equality, or the same surname,
      so "Dmitri Peskov" = "Dmitry Peskov"). For an anonymous gold speaker the
      predicted source must be anonymous and be the *same source identity*: the
      predicted source and the gold ``speaker_id`` must be each other's majority
      partner among the document's matched quotes (so "the diplomat" must land
      on the same source as "one Russian diplomat" if and only if the gold says so).
    - ``anonymous_accuracy``: predicted source's ``anonymous`` equals the gold
      flag (a quote without a source counts as wrong).
    - ``cue_accuracy``: predicted ``cue`` equals the gold lemma.
    - ``kind_accuracy`` (full/partial) and ``continues_accuracy`` as extra figures.

``quotes/polnear``
    The product pipeline run on the PolNeAR dev texts. Per article one
    annotator file (the first by annotator code). Gold items are the
    double-quotation-mark spans inside the Content of relations whose Cue holds
    a speech verb (the ``report`` verbs of ``transforms/quotes/data/speech_verbs.json``
    or "according to"); each item's speaker is the relation's Source span as
    written. A multi-paragraph prediction is scored as its paragraph pieces.
    ``recall`` is over those gold items; ``speaker_accuracy`` over matched items:
    the predicted ``speaker_text`` and the gold Source share their word tokens
    (one contains the other, as case-folded token multisets; "Dmitry Peskov" vs
    "Kremlin spokesperson Dmitry Peskov"), or satisfy the half-overlap rule.
    ``precision`` (reference only) counts a prediction as right when it matches
    a quotation span inside ANY annotated Content of that annotator.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.base import (
    EvalContext,
    Metric,
    accuracy,
    greedy_pairs,
    overlap_match,
    prf,
    read_brat,
    read_jsonl,
    tokens,
)

SEEDS = "quotes/seeds"
POLNEAR = "quotes/polnear"


@dataclass(frozen=True, slots=True)
class PredQuote:
    """A predicted quote joined with its source, as the scorers need it."""

    text: str
    kind: str | None = None
    cue: str | None = None
    speaker_text: str | None = None
    source_key: str | None = None  # unique within the document
    anonymous: bool | None = None
    name: str | None = None
    description: str | None = None
    continues: bool = False


# --- seeds -------------------------------------------------------------------------


def _surname(name: str) -> str:
    words = re.findall(r"\w+", name.casefold())
    return words[-1] if words else ""


def names_match(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    return pred.casefold() == gold.casefold() or _surname(pred) == _surname(gold)


def _majority(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for a, b in pairs:
        counts.setdefault(a, Counter())[b] += 1
    return {a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in counts.items()}


def score_seed_quotes(
    gold: Sequence[Mapping[str, Any]],
    preds: Mapping[str, Sequence[PredQuote]],
    *,
    suite: str = SEEDS,
) -> list[Metric]:
    """Score predicted quotes (by doc) against the seed gold rows (pure)."""
    gold_by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for g in gold:
        if g.get("kind") == "scare":
            continue
        gold_by_doc.setdefault(str(g["doc"]), []).append(g)
    tp = n_pred = n_gold = 0
    speaker_ok = anon_ok = cue_ok = kind_ok = cont_ok = matched = 0
    for doc in sorted(set(gold_by_doc) | set(preds)):
        gs = gold_by_doc.get(doc, [])
        # Direct quotes only: reported speech is scored by evaluation.attributions.
        ps = [p for p in preds.get(doc, []) if p.kind != "indirect"]
        n_pred += len(ps)
        n_gold += len(gs)
        pairs = list(greedy_pairs([p.text for p in ps], [str(g["text"]) for g in gs]))
        tp += len(pairs)
        matched += len(pairs)
        anon_pairs = [
            (ps[i].source_key, str(gs[j]["speaker_id"]))
            for i, j in pairs
            if ps[i].source_key is not None and gs[j].get("anonymous")
        ]
        p2g = _majority((a, b) for a, b in anon_pairs if a is not None)
        g2p = _majority((b, a) for a, b in anon_pairs if a is not None)
        for i, j in pairs:
            p, g = ps[i], gs[j]
            if g.get("anonymous"):
                key = p.source_key
                ok = (
                    p.anonymous is True
                    and key is not None
                    and p2g.get(key) == str(g["speaker_id"])
                    and g2p.get(str(g["speaker_id"])) == key
                )
            else:
                ok = p.anonymous is False and names_match(p.name, g.get("speaker"))
            speaker_ok += ok
            anon_ok += p.anonymous is not None and bool(p.anonymous) == bool(g.get("anonymous"))
            cue_ok += (p.cue or "").casefold() == str(g.get("cue") or "").casefold()
            kind_ok += p.kind == g.get("kind")
            cont_ok += p.continues == bool(g.get("continues_previous"))
    out = prf(tp, n_pred, n_gold, suite)
    out += [
        accuracy(
            speaker_ok,
            matched,
            suite,
            "speaker_accuracy",
            "named: same name/surname; anonymous: same source identity",
        ),
        accuracy(anon_ok, matched, suite, "anonymous_accuracy"),
        accuracy(cue_ok, matched, suite, "cue_accuracy"),
        accuracy(kind_ok, matched, suite, "kind_accuracy"),
        accuracy(cont_ok, matched, suite, "continues_accuracy"),
    ]
    return out


def preds_from_records(quotes: Sequence[Any], sources: Sequence[Any]) -> list[PredQuote]:
    """PredQuotes from ``QuoteRecord``/``SourceRecord`` values (for the gate test)."""
    by_n = {s.n: s for s in sources}
    out = []
    for q in quotes:
        s = by_n.get(q.source_n) if q.source_n is not None else None
        out.append(
            PredQuote(
                text=q.text,
                kind=q.kind,
                cue=q.cue,
                speaker_text=q.speaker_text,
                source_key=str(q.source_n) if s is not None else None,
                anonymous=s.anonymous if s is not None else None,
                name=s.name if s is not None else None,
                description=s.description if s is not None else None,
                continues=q.continues_n is not None,
            )
        )
    return out


def _seed_preds(ctx: EvalContext) -> dict[str, list[PredQuote]]:
    quotes = ctx.table("quotes")
    sources = ctx.table("sources")
    src_rows = {r["source_id"]: r for r in sources.iter_rows(named=True)}
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in quotes.sort("char_start").iter_rows(named=True):
        by_article.setdefault(r["article_id"], []).append(r)
    out: dict[str, list[PredQuote]] = {}
    for doc, art in ctx.articles_by_doc().items():
        rows = by_article.get(art["article_id"], [])
        preds = []
        for r in rows:
            s = src_rows.get(r["source_id"]) if r["source_id"] else None
            preds.append(
                PredQuote(
                    text=r["text"],
                    kind=r["kind"],
                    cue=r["cue"],
                    speaker_text=r["speaker_text"],
                    source_key=r["source_id"] if s is not None else None,
                    anonymous=s["anonymous"] if s is not None else None,
                    name=s["name"] if s is not None else None,
                    description=s["description"] if s is not None else None,
                    continues=r["continues"] is not None,
                )
            )
        out[doc] = preds
    return out


def run_seeds(ctx: EvalContext) -> list[Metric]:
    gold = ctx.gold("quotes.jsonl")
    docs = {str(g["doc"]) for g in gold}
    preds = {d: p for d, p in _seed_preds(ctx).items() if d in docs}
    return score_seed_quotes(gold, preds)


# --- PolNeAR ---------------------------------------------------------------------

_DQ_PAIR = re.compile(r"[“\"]([^“”\"]*?)[”\"]|[“\"]([^“”\"]+)$")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str | None
    cue: str


def _quoted_pieces(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        for m in _DQ_PAIR.finditer(line):
            piece = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
            if tokens(piece):
                out.append(piece)
    return out


def parse_ann(ann: str, text: str) -> tuple[list[tuple[str, str | None, str]], list[str]]:
    """(content, source, cue) of each relation, and every Content text."""
    spans, rels = read_brat(ann)

    def span_text(tid: str | None) -> str | None:
        if tid is None or tid not in spans:
            return None
        return " ".join(text[a:b] for a, b in spans[tid][1])

    def content_text(tid: str) -> str:
        return "\n".join(text[a:b] for a, b in spans[tid][1])

    out = []
    contents = []
    for r in rels:
        c = r.get("Content")
        if c is None or c not in spans:
            continue
        ct = content_text(c)
        contents.append(ct)
        out.append((ct, span_text(r.get("Source")), span_text(r.get("Cue")) or ""))
    return out, contents


def _speech_cue(cue: str, nlp: Any) -> bool:
    from transforms.quotes.attribution import _lexicon

    low = cue.casefold()
    if "according to" in low:
        return True
    report = _lexicon()["report"]
    return any(t.lemma_.lower() in report and t.pos_ in ("VERB", "AUX") for t in nlp(cue))


def speakers_match(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    tp, tg = tokens(pred), tokens(gold)
    if not tp or not tg:
        return False
    if not (tp - tg) or not (tg - tp):
        return True
    return overlap_match(pred, gold)


def _pieces(q: PredQuote) -> list[PredQuote]:
    parts = [p.strip().lstrip('“"«„').strip() for p in q.text.split("\n")]
    parts = [p for p in parts if tokens(p)]
    if len(parts) <= 1:
        return [q]
    return [PredQuote(text=p, speaker_text=q.speaker_text, cue=q.cue) for p in parts]


def score_polnear(
    gold: Mapping[str, Sequence[GoldQuote]],
    any_quoted: Mapping[str, Sequence[str]],
    preds: Mapping[str, Sequence[PredQuote]],
    *,
    suite: str = POLNEAR,
) -> list[Metric]:
    """Recall / speaker accuracy over gold direct quotes; precision vs any annotated quote."""
    n_gold = tp = speaker_ok = 0
    n_pred = tp_any = 0
    for art in sorted(set(gold) | set(preds)):
        gs = list(gold.get(art, []))
        ps = [piece for q in preds.get(art, []) if q.kind != "indirect" for piece in _pieces(q)]
        n_gold += len(gs)
        n_pred += len(ps)
        pairs = list(greedy_pairs([p.text for p in ps], [g.text for g in gs]))
        tp += len(pairs)
        for i, j in pairs:
            speaker_ok += speakers_match(ps[i].speaker_text, gs[j].speaker)
        anyq = list(any_quoted.get(art, []))
        tp_any += len(list(greedy_pairs([p.text for p in ps], anyq)))
    recall = tp / n_gold if n_gold else 0.0
    precision = tp_any / n_pred if n_pred else 0.0
    return [
        Metric(suite, "recall", recall, n_gold, "direct quotes with a speech-verb cue"),
        accuracy(
            speaker_ok, tp, suite, "speaker_accuracy", "speaker as written vs gold Source span"
        ),
        Metric(
            suite, "precision", precision, n_pred, "reference: vs quotes in any annotated Content"
        ),
    ]


def load_polnear(
    root: Path, nlp: Any
) -> tuple[dict[str, str], dict[str, list[GoldQuote]], dict[str, list[str]]]:
    texts: dict[str, str] = {}
    gold: dict[str, list[GoldQuote]] = {}
    any_quoted: dict[str, list[str]] = {}
    anns: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        art = p.stem.rsplit("_", 1)[0]
        anns.setdefault(art, []).append(p)
    for art in sorted(anns):
        tpath = root / "text" / f"{art}.txt"
        if not tpath.exists():
            continue
        text = tpath.read_text("utf-8")
        texts[art] = text
        ann = sorted(anns[art])[0]  # one annotator per article, deterministic
        rels, contents = parse_ann(ann.read_text("utf-8"), text)
        items: list[GoldQuote] = []
        for content, source, cue in rels:
            pieces = _quoted_pieces(content)
            if not pieces or not _speech_cue(cue, nlp):
                continue
            items.extend(GoldQuote(piece, source, cue) for piece in pieces)
        gold[art] = items
        any_quoted[art] = [p for c in contents for p in _quoted_pieces(c)]
    return texts, gold, any_quoted


def predict_texts(texts: Mapping[str, str], nlp: Any) -> dict[str, list[PredQuote]]:
    from transforms.entities.mentions import extract_mentions
    from transforms.nlp.load import parse_bodies
    from transforms.quotes.extract import extract_quotes

    names = sorted(texts)
    out: dict[str, list[PredQuote]] = {}
    for name, doc in zip(names, parse_bodies(nlp, [texts[n] for n in names]), strict=True):
        quotes, sources = extract_quotes(doc, mentions=extract_mentions(doc))
        out[name] = preds_from_records(quotes, sources)
    return out


# The product's rows on the PolNeAR dev texts, shared with evaluation.attributions
# (the same run scores direct quotes here and every relation there): parsing the
# split is the expensive part of both.
_POLNEAR_RUNS: dict[str, dict[str, list[PredQuote]]] = {}


def polnear_predictions(root: Path, texts: Mapping[str, str]) -> dict[str, list[PredQuote]]:
    """Rows of every PolNeAR text under ``root``, predicted once per process."""
    from evaluation.base import load_eval_nlp

    key = str(root.resolve())
    if key not in _POLNEAR_RUNS:
        _POLNEAR_RUNS[key] = predict_texts(texts, load_eval_nlp())
    return _POLNEAR_RUNS[key]


def run_polnear(ctx: EvalContext) -> list[Metric]:
    from evaluation.base import load_eval_nlp

    root = ctx.benchmarks / "polnear"
    if not (root / "attributions").is_dir():
        return []
    texts, gold, any_quoted = load_polnear(root, load_eval_nlp())
    return score_polnear(gold, any_quoted, polnear_predictions(root, texts))


def seed_preds(ctx: EvalContext) -> dict[str, list[PredQuote]]:
    """Every quotes row (direct and reported) of the seed articles, by doc."""
    return _seed_preds(ctx)


def run(ctx: EvalContext) -> list[Metric]:
    metrics: list[Metric] = []
    if (ctx.snapshot_dir / "quotes.parquet").exists():
        metrics += run_seeds(ctx)
    metrics += run_polnear(ctx)
    return metrics


__all__ = [
    "GoldQuote",
    "PredQuote",
    "load_polnear",
    "names_match",
    "parse_ann",
    "preds_from_records",
    "read_jsonl",
    "run",
    "score_polnear",
    "score_seed_quotes",
    "speakers_match",
]
