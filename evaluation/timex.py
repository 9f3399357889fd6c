"""Time-expression quality: the seed gold and TempEval-3 platinum.

Two suites:
- ``timex/seeds``: the five seed articles of the snapshot, each extracted from its
  ``body_text`` with the gold publication date (``published`` or
  ``published_inferred``) as the DCT, as the issue asks ("given its publication
  dates as sidecars"). Gold offsets point into the raw files, so each gold span
  is located in ``body_text`` by its surrounding text on the same line.
- ``timex/tempeval3``: the 20 TempEval-3 platinum articles, tags stripped, DCT
  from ``<DCT>``.

Metrics (names shared by both suites):
- ``value_accuracy``: gold expressions found (any overlap) with the right value / gold.
  On the seeds a gold ``timeml_value`` (PRESENT_REF) is an accepted alternative,
  as the gold README says.
- ``value_precision`` / ``value_f1``: TempEval-3 style — predictions that overlap a
  gold expression and carry its value, over all predictions, combined with
  ``value_accuracy`` (the recall).
- ``extent_recall`` / ``extent_precision`` (relaxed = any overlap) and
  ``extent_strict_recall`` / ``extent_strict_precision`` (exact offsets).

The scoring is in pure functions (``score_document``, ``combine``, ``metrics``)
so that the quality gate in ``tests/quality`` reuses exactly this arithmetic.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.base import EvalContext, Metric, accuracy, greedy_pairs, load_eval_nlp

SEEDS_SUITE = "timex/seeds"
TEMPEVAL_SUITE = "timex/tempeval3"


@dataclass(frozen=True, slots=True)
class Span:
    """A gold or predicted expression: offsets into one text, and accepted values."""

    start: int
    end: int
    values: frozenset[str]
    text: str = ""


@dataclass(slots=True)
class Counts:
    n_gold: int = 0
    n_pred: int = 0
    relaxed_tp: int = 0  # one-to-one overlapping pairs
    strict_tp: int = 0  # pairs with identical offsets
    value_tp: int = 0  # overlapping pairs whose values agree
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (text, gold, pred)

    def add(self, other: Counts) -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.relaxed_tp += other.relaxed_tp
        self.strict_tp += other.strict_tp
        self.value_tp += other.value_tp
        self.misses.extend(other.misses)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_document(gold: Sequence[Span], pred: Sequence[Span]) -> Counts:
    """One-to-one matching by largest overlap, then value and extent counts.

    A predicted value is right when it is one of the gold span's accepted values.
    """
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov > 0:
                exact = int(g.start == p.start and g.end == p.end)
                pairs.append((ov + 1_000_000 * exact, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    c = Counts(n_gold=len(gold), n_pred=len(pred))
    matched: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched[gi] = pi
    for gi, g in enumerate(gold):
        hit = matched.get(gi)
        if hit is None:
            c.misses.append((g.text, "/".join(sorted(g.values)), "<not found>"))
            continue
        p = pred[hit]
        c.relaxed_tp += 1
        if p.start == g.start and p.end == g.end:
            c.strict_tp += 1
        if p.values & g.values:
            c.value_tp += 1
        else:
            c.misses.append((g.text, "/".join(sorted(g.values)), "/".join(sorted(p.values))))
    return c


def combine(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def metrics(c: Counts, suite: str) -> list[Metric]:
    value_r = _ratio(c.value_tp, c.n_gold)
    value_p = _ratio(c.value_tp, c.n_pred)
    value_f = 2 * value_p * value_r / (value_p + value_r) if value_p + value_r else 0.0
    return [
        Metric(
            suite, "value_accuracy", value_r, c.n_gold, "gold found with the right value / gold"
        ),
        Metric(suite, "value_precision", value_p, c.n_pred),
        Metric(suite, "value_f1", value_f, c.n_gold, "TempEval-3 style"),
        Metric(suite, "extent_recall", _ratio(c.relaxed_tp, c.n_gold), c.n_gold, "any overlap"),
        Metric(suite, "extent_precision", _ratio(c.relaxed_tp, c.n_pred), c.n_pred, "any overlap"),
        Metric(suite, "extent_strict_recall", _ratio(c.strict_tp, c.n_gold), c.n_gold),
        Metric(suite, "extent_strict_precision", _ratio(c.strict_tp, c.n_pred), c.n_pred),
    ]


# ---- TempEval-3 ---------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class TmlDoc:
    name: str
    text: str
    dct: dt.date
    gold: tuple[Span, ...]


def parse_tml(raw: str, name: str = "") -> TmlDoc:
    """The ``<TEXT>`` with all tags stripped, its TIMEX3 spans and the DCT."""
    dct_m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    if dct_m is None:
        raise ValueError(f"{name}: no DCT")
    dct = dt.date.fromisoformat(dct_m.group(1))
    a, b = raw.index("<TEXT>") + len("<TEXT>"), raw.index("</TEXT>")
    body = raw[a:b]
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    spans: list[Span] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            spans.append(Span(start, length, frozenset({attrs.get("value", "")})))
            open_timex = None
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    gold = tuple(Span(s.start, s.end, s.values, text[s.start : s.end]) for s in spans)
    return TmlDoc(name, text, dct, gold)


def load_tempeval(directory: Path) -> list[TmlDoc]:
    return [
        parse_tml(p.read_text(encoding="utf-8"), p.stem) for p in sorted(directory.glob("*.tml"))
    ]


# ---- seeds --------------------------------------------------------------------------------


def gold_dct(article_gold: dict[str, Any]) -> dt.date | None:
    value = article_gold.get("published") or article_gold.get("published_inferred")
    return dt.date.fromisoformat(value) if value else None


def seed_gold_spans(items: Iterable[dict[str, Any]]) -> list[Span]:
    """Gold timex rows of one doc as spans into the raw file, with accepted values."""
    out = []
    for g in items:
        values = {g["value"]}
        if g.get("timeml_value"):
            values.add(g["timeml_value"])
        out.append(Span(int(g["start"]), int(g["end"]), frozenset(values), g["text"]))
    return sorted(out, key=lambda s: s.start)


def locate(raw: str, span: Span, body: str) -> Span | None:
    """Where a raw-file span is in ``body``: by its context on the same line.

    Tries the widest context first so that repeated words ("now", "Wednesday")
    land on the right occurrence; returns None when the line is not in the body.
    """
    line_start = raw.rfind("\n", 0, span.start) + 1
    line_end = raw.find("\n", span.end)
    line_end = len(raw) if line_end < 0 else line_end
    for ctx in (80, 40, 20, 10):
        left = raw[max(line_start, span.start - ctx) : span.start]
        right = raw[span.end : min(line_end, span.end + ctx)]
        needle = left + raw[span.start : span.end] + right
        first = body.find(needle)
        if first >= 0 and body.find(needle, first + 1) < 0:
            s = first + len(left)
            return Span(s, s + (span.end - span.start), span.values, span.text)
    return None


def _pred_spans(records: Iterable[Any]) -> list[Span]:
    return [Span(r.char_start, r.char_end, frozenset({r.value}), r.text) for r in records]


def score_values(
    gold: Sequence[Mapping[str, Any]],
    preds: Mapping[str, Sequence[tuple[str, str]]],
    suite: str,
) -> list[Metric]:
    """An annotated set in JSONL form (``doc``, ``text``, ``value``, optional
    ``alt``) against predicted ``(text, value)`` pairs per doc (pure).

    Pairs are one to one by shared words (``greedy_pairs``), since these sets
    are scored on the product's body, whose offsets need not be the raw file's.
    ``timex_value_accuracy`` accepts the gold ``alt`` value where the set's
    guide gives one (the offset-free clock time, the plain date of a part of
    day); ``timex_value_strict_accuracy`` does not.
    """
    ok = strict = n_gold = n_pred = matched = 0
    misses: list[str] = []
    for doc in sorted({str(g["doc"]) for g in gold} | set(preds)):
        gs = [g for g in gold if str(g["doc"]) == doc]
        ps = list(preds.get(doc, ()))
        n_gold += len(gs)
        n_pred += len(ps)
        pairs = list(greedy_pairs([t for t, _ in ps], [str(g["text"]) for g in gs]))
        matched += len(pairs)
        got = {j: ps[i][1] for i, j in pairs}
        for j, g in enumerate(gs):
            value = got.get(j)
            alt = g.get("alt") or []
            accepted = {str(g["value"])} | {
                str(a) for a in ([alt] if isinstance(alt, str) else alt)
            }
            strict += value == g["value"]
            if value in accepted:
                ok += 1
            else:
                misses.append(f"{doc}: {g['text']!r} {g['value']} got {value}")
    return [
        accuracy(ok, n_gold, suite, "timex_value_accuracy", "; ".join(misses[:10])),
        accuracy(strict, n_gold, suite, "timex_value_strict_accuracy"),
        Metric(suite, "timex_precision", matched / n_pred if n_pred else 0.0, n_pred),
    ]


def run_seeds(ctx: EvalContext) -> list[Metric]:
    from transforms.nlp.load import parse_bodies
    from transforms.timex.extract import extract_timexes

    articles = ctx.articles_by_doc()
    gold_articles = {a["doc"]: a for a in ctx.gold("articles.jsonl")}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in ctx.gold("timex.jsonl"):
        by_doc.setdefault(row["doc"], []).append(row)
    docs = [d for d in sorted(gold_articles) if d in articles]
    raw_dir = _raw_dir(ctx)
    bodies = [articles[d]["body_text"] or "" for d in docs]
    parsed = list(parse_bodies(load_eval_nlp(), bodies))
    counts: list[Counts] = []
    not_in_body = 0
    for doc_name, body, parsed_doc in zip(docs, bodies, parsed, strict=True):
        gold_raw = seed_gold_spans(by_doc.get(doc_name, []))
        raw_path = raw_dir / f"{doc_name}.txt" if raw_dir else None
        raw = raw_path.read_text(encoding="utf-8") if raw_path and raw_path.exists() else None
        gold: list[Span] = []
        for g in gold_raw:
            loc = locate(raw, g, body) if raw is not None else None
            if loc is None:
                not_in_body += 1
                # keep it as a miss: an expression the product lost with the boilerplate
                gold.append(Span(-2, -1, g.values, g.text))
            else:
                gold.append(loc)
        pred = extract_timexes(
            body, published_date=gold_dct(gold_articles[doc_name]), doc=parsed_doc
        )
        counts.append(score_document(gold, _pred_spans(pred)))
    total = combine(counts)
    out = metrics(total, SEEDS_SUITE)
    out.append(
        Metric(
            SEEDS_SUITE,
            "gold_not_in_body",
            float(not_in_body),
            total.n_gold,
            "gold spans whose line is missing from body_text (counted as misses)",
        )
    )
    return out


def _raw_dir(ctx: EvalContext) -> Path | None:
    """The seed raw files: the shared seeds folder, else the project's sample corpus."""
    for cand in (ctx.shared_dir / "seeds", Path(__file__).resolve().parents[2] / "data" / "raw"):
        if cand.is_dir():
            return cand
    return None


def run_tempeval(ctx: EvalContext) -> list[Metric]:
    from transforms.nlp.load import parse_bodies
    from transforms.timex.extract import extract_timexes

    docs = load_tempeval(ctx.benchmarks / "tempeval3-platinum")
    parsed = parse_bodies(load_eval_nlp(), [d.text for d in docs])
    counts = []
    for d, pdoc in zip(docs, parsed, strict=True):
        pred = extract_timexes(d.text, published_date=d.dct, doc=pdoc)
        counts.append(score_document(d.gold, _pred_spans(pred)))
    return metrics(combine(counts), TEMPEVAL_SUITE)


def run(ctx: EvalContext) -> list[Metric]:
    out: list[Metric] = []
    if (ctx.snapshot_dir / "articles.parquet").exists():
        out.extend(run_seeds(ctx))
    if (ctx.benchmarks / "tempeval3-platinum").is_dir():
        out.extend(run_tempeval(ctx))
    return out
