"""Event quality on the seed gold (``events/seeds``).

A gold event with a date is *found* when the snapshot has an event of the same
article whose sentence is the gold sentence (whitespace-insensitive containment,
or the README's half-the-tokens overlap when sentence splitting differs) and
whose ``date_start``/``date_end`` equal the calendar interval of the gold value.

Metrics:
- ``dated_recall``: found / gold events with a date (issue 5: at least 0.70);
- ``type_accuracy``: among found gold events, those where one of the matching
  predictions has the gold type (read through the README's vocabulary map);
- ``modality_accuracy``: the same for modality.

Pure functions (``gold_interval``, ``score_events``) are shared with the gate test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from evaluation.base import EvalContext, Metric, accuracy, overlap_match

SUITE = "events/seeds"

GOLD_TYPES: dict[str, frozenset[str]] = {
    "congratulation": frozenset({"support"}),
    "contact_or_meeting": frozenset({"consult"}),
    "negotiation": frozenset({"consult"}),
    "visit": frozenset({"consult"}),
    "military_action": frozenset({"assault", "mobilize"}),
    "sanction_or_aid": frozenset({"sanction", "aid"}),
    "statement": frozenset({"statement"}),
    "election": frozenset({"election"}),
    "appointment": frozenset({"other"}),
    "legal_or_policy": frozenset({"other"}),
    "other": frozenset({"other"}),
}
GOLD_MODALITY = {"reported_by_source": "reported", "denied": "negated"}

# Meteorological seasons, as TIMEX3 values name them.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def gold_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """Calendar interval of a TIMEX3 DATE value (day, month, year, ISO week, season, A/B)."""
    if "/" in value:
        a, b = value.split("/", 1)
        ia, ib = gold_interval(a), gold_interval(b)
        return (ia[0], ib[1]) if ia and ib else None
    value = re.sub(r"T[A-Z0-9:]+$", "", value)  # a part of a day dates its day
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), _month_end(y, mo)
    if m := re.fullmatch(r"(\d{4})", value):
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return d, d + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        # Winter runs into the next year.
        return dt.date(y, first, 1), _month_end(y + 1 if last < first else y, last)
    return None


def _squash(s: str) -> str:
    return " ".join(s.split())


def same_sentence(pred: str, gold: str) -> bool:
    p, g = _squash(pred), _squash(gold)
    if not p or not g:
        return False
    return p in g or g in p or overlap_match(p, g)


@dataclass(slots=True)
class EventCounts:
    n_dated: int = 0
    found: int = 0
    type_ok: int = 0
    modality_ok: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # doc, date, sentence


def score_events(
    gold_rows: Iterable[Mapping[str, Any]],
    pred_by_doc: Mapping[str, Sequence[Mapping[str, Any]]],
) -> EventCounts:
    """Gold events with a date vs predicted event rows (dicts with ``sentence``,
    ``date_start``, ``date_end``, ``event_type``, ``modality``) per doc."""
    c = EventCounts()
    for g in gold_rows:
        if not g.get("date"):
            continue
        iv = gold_interval(str(g["date"]))
        c.n_dated += 1
        preds = pred_by_doc.get(str(g["doc"]), ())
        matched = [
            p
            for p in preds
            if iv is not None
            and p.get("date_start") == iv[0]
            and p.get("date_end") == iv[1]
            and same_sentence(str(p["sentence"]), str(g["sentence"]))
        ]
        if not matched:
            c.misses.append((str(g["doc"]), str(g["date"]), str(g["sentence"])[:100]))
            continue
        c.found += 1
        types = GOLD_TYPES.get(str(g["type"]), frozenset({str(g["type"])}))
        if any(p["event_type"] in types for p in matched):
            c.type_ok += 1
        modality = GOLD_MODALITY.get(str(g["modality"]), str(g["modality"]))
        if any(p["modality"] == modality for p in matched):
            c.modality_ok += 1
    return c


def metrics(c: EventCounts) -> list[Metric]:
    note = "; ".join(f"{d} {v}: {s}" for d, v, s in c.misses[:10])
    return [
        accuracy(c.found, c.n_dated, SUITE, "dated_recall", note=f"missed: {note}" if note else ""),
        accuracy(c.type_ok, c.found, SUITE, "type_accuracy"),
        accuracy(c.modality_ok, c.found, SUITE, "modality_accuracy"),
    ]


def gold_dcts(article_rows: Iterable[Mapping[str, Any]]) -> dict[str, dt.date | None]:
    """Gold publication date per doc: stated, else the annotators' inferred one."""
    out: dict[str, dt.date | None] = {}
    for a in article_rows:
        d = a.get("published") or a.get("published_inferred")
        out[str(a["doc"])] = dt.date.fromisoformat(str(d)) if d else None
    return out


def extract_with_dct(
    bodies: Mapping[str, str], dcts: Mapping[str, dt.date | None]
) -> dict[str, list[dict[str, Any]]]:
    """Event rows per doc from the product's extractors, with the given DCTs.

    Separates event quality from publication-date extraction: the snapshot's
    dates depend on ``articles.published_date``, which the seeds often lack.
    """
    from evaluation.base import load_eval_nlp
    from transforms.entities.mentions import extract_mentions
    from transforms.events.extract import extract_events
    from transforms.nlp.load import parse_bodies
    from transforms.quotes.extract import extract_quotes
    from transforms.timex.extract import extract_timexes

    docs = sorted(bodies)
    parsed = parse_bodies(load_eval_nlp(), [bodies[d] for d in docs])
    out: dict[str, list[dict[str, Any]]] = {}
    for name, doc in zip(docs, parsed, strict=True):
        mentions = extract_mentions(doc)
        quotes, sources = extract_quotes(doc, mentions=mentions)
        dct = dcts.get(name)
        timexes = extract_timexes(doc.text, published_date=dct, doc=doc)
        events = extract_events(
            doc,
            mentions=mentions,
            timexes=timexes,
            quotes=quotes,
            sources=sources,
            published_date=dct,
        )
        out[name] = [
            {
                "sentence": e.sentence,
                "date_start": e.date_start,
                "date_end": e.date_end,
                "event_type": e.event_type,
                "modality": e.modality,
            }
            for e in events
        ]
    return out


def run(ctx: EvalContext) -> list[Metric]:
    gold_rows = ctx.gold("events.jsonl")
    by_doc = ctx.articles_by_doc()
    doc_of_article = {row["article_id"]: doc for doc, row in by_doc.items()}
    events: pl.DataFrame = ctx.table("events")
    pred_by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in events.iter_rows(named=True):
        doc = doc_of_article.get(r["article_id"])
        if doc is not None:
            pred_by_doc.setdefault(doc, []).append(r)
    seeds = [g for g in gold_rows if g["doc"] in by_doc]
    out = metrics(score_events(seeds, pred_by_doc))
    # The same figures with the gold publication dates as DCT (as timex/seeds
    # does), so that a missing published_date does not hide event quality.
    docs = {str(g["doc"]) for g in seeds}
    bodies = {d: str(by_doc[d]["body_text"]) for d in docs}
    with_dct = extract_with_dct(bodies, gold_dcts(ctx.gold("articles.jsonl")))
    for m in metrics(score_events(seeds, with_dct)):
        out.append(Metric(m.suite, f"{m.name}_gold_dct", m.value, m.support, m.note))
    # One row per happening (issue 19: at most 2 rows per gold event).
    n_rows = sum(len(rows) for rows in with_dct.values())
    out.append(
        Metric(SUITE, "rows_per_gold_event", n_rows / len(seeds) if seeds else 0.0, len(seeds))
    )
    return out
