"""Entity quality on the seed gold (``entities/seeds``).

Per document, the set of canonical names the snapshot links to that article
(``mentions`` -> ``entities.name``) is compared with the gold canonical names of
the same type (``entities.jsonl``; gold ``OUTLET`` = ``media``). Borderline gold
items are neither required nor counted as errors when predicted. Counts are
summed over documents (micro average).

Metrics:
- ``person_precision`` / ``person_recall`` / ``person_f1`` (the issue's target),
  and the same for ``org``, ``gpe``, ``media``;
- ``one_entity_per_person``: share of the check people (Putin, Trump, Peskov,
  Gref, Zelensky) whose gold surface forms map to exactly one entity_id across
  the corpus.

Pure scoring functions (``gold_names``, ``predicted_names``, ``score``,
``one_entity_check``) are shared with ``tests/quality/test_entities_gate.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from evaluation.base import EvalContext, Metric, prf

SUITE = "entities/seeds"
GOLD_TYPE = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "OUTLET": "media"}
TYPES = ("person", "org", "gpe", "media")
CHECK_PEOPLE = (
    "Vladimir Putin",
    "Donald Trump",
    "Dmitry Peskov",
    "Herman Gref",
    "Volodymyr Zelensky",
)

_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr)\.?\s+", re.IGNORECASE)


def norm_name(name: str) -> str:
    """Case, a leading "the", dots, apostrophes and spacing do not matter."""
    text = name.casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"(’s|'s)$", "", text)
    return re.sub(r"[^\w]+", "", text)


@dataclass(frozen=True, slots=True)
class GoldNames:
    required: dict[tuple[str, str], set[str]]  # (doc, type) -> normalized names
    borderline: dict[tuple[str, str], set[str]]


def gold_names(rows: Iterable[Mapping[str, Any]]) -> GoldNames:
    required: dict[tuple[str, str], set[str]] = {}
    borderline: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        etype = GOLD_TYPE.get(str(r["type"]))
        if etype is None:
            continue
        target = borderline if r.get("borderline") else required
        target.setdefault((str(r["doc"]), etype), set()).add(norm_name(str(r["canonical"])))
    return GoldNames(required, borderline)


def predicted_names(
    mentions: pl.DataFrame, entities: pl.DataFrame, doc_of_article: Mapping[str, str]
) -> dict[tuple[str, str], set[str]]:
    """(doc, type) -> normalized canonical names linked to the doc's mentions."""
    joined = (
        mentions.select("article_id", "entity_id")
        .unique()
        .join(entities.select("entity_id", "type", "name"), on="entity_id", how="inner")
    )
    out: dict[tuple[str, str], set[str]] = {}
    for r in joined.iter_rows(named=True):
        doc = doc_of_article.get(r["article_id"])
        if doc is None:
            continue
        out.setdefault((doc, r["type"]), set()).add(norm_name(r["name"]))
    return out


def score(
    pred: Mapping[tuple[str, str], set[str]], gold: GoldNames, etype: str, docs: Iterable[str]
) -> tuple[int, int, int]:
    """(true positives, predictions counted, gold items) for one type over ``docs``."""
    tp = n_pred = n_gold = 0
    for doc in docs:
        p = set(pred.get((doc, etype), set()))
        g = gold.required.get((doc, etype), set())
        # A prediction of a borderline item is neither right nor wrong.
        p -= gold.borderline.get((doc, etype), set()) - g
        tp += len(p & g)
        n_pred += len(p)
        n_gold += len(g)
    return tp, n_pred, n_gold


def one_entity_check(
    gold_rows: Iterable[Mapping[str, Any]],
    mentions: pl.DataFrame,
    people: Iterable[str] = CHECK_PEOPLE,
) -> dict[str, set[str]]:
    """Check person -> entity_ids of all mentions written as one of its gold surface forms.

    Each set should hold exactly one id. Honorifics and possessives are ignored
    ("Mr. Putin", "Putin’s").
    """
    forms: dict[str, set[str]] = {p: set() for p in people}
    for r in gold_rows:
        if r["type"] == "PERSON" and r["canonical"] in forms:
            forms[r["canonical"]].update(norm_name(f) for f in r["surface_forms"])
            forms[r["canonical"]].add(norm_name(r["canonical"]))
    out: dict[str, set[str]] = {p: set() for p in people}
    for r in mentions.select("entity_id", "text").unique().iter_rows(named=True):
        key = norm_name(_HONORIFIC.sub("", r["text"]))
        for p, fs in forms.items():
            if key in fs:
                out[p].add(r["entity_id"])
    return out


def metrics(
    pred: Mapping[tuple[str, str], set[str]],
    gold: GoldNames,
    docs: Iterable[str],
    check: Mapping[str, set[str]],
) -> list[Metric]:
    docs = sorted(docs)
    out: list[Metric] = []
    for etype in TYPES:
        tp, n_pred, n_gold = score(pred, gold, etype, docs)
        for m in prf(tp, n_pred, n_gold, SUITE):
            out.append(Metric(SUITE, f"{etype}_{m.name}", m.value, m.support))
    ok = sum(1 for ids in check.values() if len(ids) == 1)
    bad = {p: sorted(ids) for p, ids in check.items() if len(ids) != 1}
    out.append(
        Metric(
            SUITE,
            "one_entity_per_person",
            ok / len(check) if check else 0.0,
            len(check),
            note=f"not exactly one entity: {bad}" if bad else "",
        )
    )
    return out


def run(ctx: EvalContext) -> list[Metric]:
    gold_rows = ctx.gold("entities.jsonl")
    gold = gold_names(gold_rows)
    by_doc = ctx.articles_by_doc()
    doc_of_article = {row["article_id"]: doc for doc, row in by_doc.items()}
    docs = sorted({str(r["doc"]) for r in gold_rows} & set(by_doc))
    mentions = ctx.table("mentions")
    entities = ctx.table("entities")
    pred = predicted_names(mentions, entities, doc_of_article)
    seed_articles = {by_doc[d]["article_id"] for d in docs}
    check = one_entity_check(
        gold_rows, mentions.filter(pl.col("article_id").is_in(list(seed_articles)))
    )
    return metrics(pred, gold, docs, check)
