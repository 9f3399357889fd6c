"""Scoring utterances (issue 20): which quotes rows report the same statement.

``utterances/seeds``
    The snapshot's ``quotes.utterance_id`` for the seed articles against
    ``gold/seeds/utterances.jsonl`` (statements reported by more than one seed).
    Every gold member is matched to a predicted quotes row of its document by
    the quotes matching rule (``greedy_pairs``: at least half of the tokens of
    the longer text shared, one-to-one; the gold offsets are raw-file offsets,
    so text is the only common ground). A member without a match is its own
    predicted singleton.

    - ``bcubed_precision``/``bcubed_recall``/``bcubed_f1`` over the gold members
      (each member's predicted cluster restricted to gold members);
    - ``clusters_exact``: gold statements whose members all map to one
      utterance that holds no other row of the seeds;
    - ``foreign_rows``: predicted rows matched to no gold member that share an
      utterance with one (a member-level precision error the restricted
      B-cubed cannot see);
    - ``spurious_cross_article``: predicted utterances spanning two or more
      seed articles that no single gold statement spans (the seeds hold no
      other cross-article statement, README "Quote provenance").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from evaluation.base import EvalContext, Metric, greedy_pairs

SEEDS = "utterances/seeds"


def score_utterances(
    gold: Sequence[Mapping[str, Any]],
    rows_by_doc: Mapping[str, Sequence[tuple[str, str, str | None]]],
    *,
    suite: str = SEEDS,
) -> list[Metric]:
    """Score predictions (pure).

    ``rows_by_doc``: for every seed document, its predicted quotes rows as
    (quote_id, text, utterance_id).
    """
    members: list[tuple[str, str, str]] = []  # (gold cluster, doc, text)
    for cluster in gold:
        for m in cluster["members"]:
            members.append((str(cluster["id"]), str(m["doc"]), str(m["text"])))
    predicted: list[str] = []  # per member: predicted cluster
    row_gold: dict[str, str] = {}  # quote_id -> gold cluster of its matched member
    by_doc: dict[str, list[int]] = defaultdict(list)
    for k, (_, doc, _) in enumerate(members):
        by_doc[doc].append(k)
    predicted = [f"unmatched:{k}" for k in range(len(members))]
    for doc, ks in by_doc.items():
        rows = list(rows_by_doc.get(doc, ()))
        for i, j in greedy_pairs([r[1] for r in rows], [members[k][2] for k in ks]):
            qid, _, uid = rows[i]
            predicted[ks[j]] = uid or f"row:{qid}"
            row_gold[qid] = members[ks[j]][0]
    n = len(members)
    prec = rec = 0.0
    for k in range(n):
        same_pred = [x for x in range(n) if predicted[x] == predicted[k]]
        same_gold = [x for x in range(n) if members[x][0] == members[k][0]]
        both = sum(1 for x in same_pred if members[x][0] == members[k][0])
        prec += both / len(same_pred)
        rec += both / len(same_gold)
    p = prec / n if n else 0.0
    r = rec / n if n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0

    # Utterances of the seeds: their rows and articles.
    utt_rows: dict[str, list[tuple[str, str]]] = defaultdict(list)  # uid -> [(doc, quote_id)]
    for doc, doc_rows in rows_by_doc.items():
        for qid, _, uid in doc_rows:
            if uid is not None:
                utt_rows[uid].append((doc, qid))
    with_gold = {predicted[k] for k in range(n)}
    foreign = sum(
        1
        for uid, rs in utt_rows.items()
        if uid in with_gold
        for _, qid in rs
        if qid not in row_gold
    )
    spurious = 0
    for rs in utt_rows.values():
        docs = {d for d, _ in rs}
        if len(docs) < 2:
            continue
        clusters = {row_gold.get(q) for _, q in rs}
        covered = {d for d, q in rs if q in row_gold}
        if len(clusters) != 1 or None in clusters or covered != docs:
            spurious += 1
    exact = 0
    for cluster in gold:
        ks = [k for k in range(n) if members[k][0] == str(cluster["id"])]
        uids = {predicted[k] for k in ks}
        if len(uids) != 1:
            continue
        (uid,) = uids
        if uid in utt_rows and all(row_gold.get(q) == cluster["id"] for _, q in utt_rows[uid]):
            exact += 1
    return [
        Metric(suite, "bcubed_precision", p, n),
        Metric(suite, "bcubed_recall", r, n),
        Metric(suite, "bcubed_f1", f, n),
        Metric(suite, "clusters_exact", exact / len(gold) if gold else 0.0, len(gold)),
        Metric(
            suite,
            "foreign_rows",
            float(foreign),
            n,
            "non-member rows sharing an utterance with a gold member",
        ),
        Metric(
            suite,
            "spurious_cross_article",
            float(spurious),
            len(utt_rows),
            "utterances spanning seed articles that no gold statement spans",
        ),
    ]


def rows_by_doc(
    quotes: pl.DataFrame, articles: pl.DataFrame, docs: Sequence[str]
) -> dict[str, list[tuple[str, str, str | None]]]:
    """(quote_id, text, utterance_id) of each seed document's quotes rows, in text order."""
    stem = {
        Path(str(sp)).stem: aid
        for aid, sp in zip(
            articles["article_id"].to_list(), articles["source_path"].to_list(), strict=True
        )
    }
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for doc in docs:
        aid = stem.get(doc)
        if aid is None:
            continue
        part = quotes.filter(pl.col("article_id") == aid).sort("char_start", "quote_id")
        out[doc] = list(
            zip(
                part["quote_id"].to_list(),
                part["text"].to_list(),
                part["utterance_id"].to_list(),
                strict=True,
            )
        )
    return out


def run(ctx: EvalContext) -> list[Metric]:
    gold = ctx.gold("utterances.jsonl")
    docs = sorted({str(q["doc"]) for q in ctx.gold("quotes.jsonl")})
    return score_utterances(gold, rows_by_doc(ctx.table("quotes"), ctx.table("articles"), docs))
