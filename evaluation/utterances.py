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

``utterances/dev``
    The product path (ingest, extraction, ``assemble_tables``) run on
    ``evaluation/gold/utterances-dev/raw`` (real statements relayed by several
    outlets in English, Russian and Ukrainian, with distractors: other remarks
    of the same speakers on the same or nearby days; README there) and scored
    like the seeds against its ``utterances.jsonl``, plus:

    - ``original_medium_accuracy``: over gold statements that state a medium,
      the predicted utterance (the one most of the statement's matched members
      point to) has an ``original_medium`` in which one of the gold forms
      appears as whole words ("CNN" in "CNN's Jake Tapper"); a statement with
      no matched member counts as wrong;
    - ``first_report_accuracy``: over gold statements whose reporting articles
      are all dated, the predicted utterance's ``first_article_id`` is one of
      the gold earliest articles.

``utterances/heldout``
    The same product path and scoring on ``evaluation/gold/utterances-heldout``
    (other speakers, outlets and occasions, annotated before the product ran
    on it; README there). It is held out: only the aggregate figures are
    returned (``devset.aggregate_only``), never a per-item note, so that no
    rule is tuned on it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from evaluation.base import EvalContext, Metric, greedy_pairs
from evaluation.devset import aggregate_only

SEEDS = "utterances/seeds"
DEV = "utterances/dev"
HELDOUT = "utterances/heldout"
REPO = Path(__file__).resolve().parents[1]
DEV_DIR = REPO / "evaluation" / "gold" / "utterances-dev"
HELDOUT_DIR = REPO / "evaluation" / "gold" / "utterances-heldout"


def match_members(
    gold: Sequence[Mapping[str, Any]],
    rows_by_doc: Mapping[str, Sequence[tuple[str, str, str | None]]],
) -> tuple[list[tuple[str, str, str]], list[str], dict[str, str]]:
    """(gold members as (cluster, doc, text), each member's predicted cluster, quote_id -> gold cluster).

    A member without a matching row is its own predicted singleton ``unmatched:<k>``.
    """
    members: list[tuple[str, str, str]] = []
    for cluster in gold:
        for m in cluster["members"]:
            members.append((str(cluster["id"]), str(m["doc"]), str(m["text"])))
    row_gold: dict[str, str] = {}
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
    return members, predicted, row_gold


def bcubed(gold_labels: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of ``predicted`` against ``gold_labels``, item by item."""
    n = len(gold_labels)
    pred_size = Counter(predicted)
    gold_size = Counter(gold_labels)
    both = Counter(zip(predicted, gold_labels, strict=True))
    prec = sum(both[(p, g)] / pred_size[p] for p, g in zip(predicted, gold_labels, strict=True))
    rec = sum(both[(p, g)] / gold_size[g] for p, g in zip(predicted, gold_labels, strict=True))
    p = prec / n if n else 0.0
    r = rec / n if n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_utterances(
    gold: Sequence[Mapping[str, Any]],
    rows_by_doc: Mapping[str, Sequence[tuple[str, str, str | None]]],
    *,
    suite: str = SEEDS,
) -> list[Metric]:
    """Score predictions (pure).

    ``rows_by_doc``: for every gold document, its predicted quotes rows as
    (quote_id, text, utterance_id).
    """
    members, predicted, row_gold = match_members(gold, rows_by_doc)
    n = len(members)
    p, r, f = bcubed([m[0] for m in members], predicted)

    # Utterances of the gold documents: their rows and articles.
    utt_rows: dict[str, list[tuple[str, str]]] = defaultdict(list)  # uid -> [(doc, quote_id)]
    for doc, doc_rows in rows_by_doc.items():
        for qid, _, uid in doc_rows:
            if uid is not None:
                utt_rows[uid].append((doc, qid))
    with_gold = set(predicted)
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
            "utterances spanning gold articles that no gold statement spans",
        ),
    ]


_WORDS = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORDS.findall(text))


def medium_matches(predicted: str | None, forms: Sequence[str]) -> bool:
    """One gold form's words appear, in order and adjacent, among the predicted medium's words."""
    if not predicted:
        return False
    got = _words(predicted)
    for form in forms:
        want = _words(form)
        if want and any(got[i : i + len(want)] == want for i in range(len(got) - len(want) + 1)):
            return True
    return False


def score_provenance(
    gold: Sequence[Mapping[str, Any]],
    rows_by_doc: Mapping[str, Sequence[tuple[str, str, str | None]]],
    utterances: Mapping[str, tuple[str | None, str | None]],
    *,
    suite: str = DEV,
) -> list[Metric]:
    """Original medium and first report of each gold statement's predicted utterance (pure).

    ``utterances``: utterance_id -> (original_medium, first report's gold doc).
    """
    members, predicted, _ = match_members(gold, rows_by_doc)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for (cid, _, _), uid in zip(members, predicted, strict=True):
        if not uid.startswith("unmatched:"):
            by_cluster[cid].append(uid)
    medium_right = medium_n = first_right = first_n = 0
    for cluster in gold:
        uids = by_cluster.get(str(cluster["id"]), [])
        top = Counter(uids).most_common(1)[0][0] if uids else None
        medium, first_doc = utterances.get(top, (None, None)) if top else (None, None)
        if cluster.get("original_medium"):
            medium_n += 1
            forms = cluster.get("original_medium_forms") or [cluster["original_medium"]]
            medium_right += medium_matches(medium, forms)
        if cluster.get("first_report"):
            first_n += 1
            first_right += first_doc in cluster["first_report"]
    return [
        Metric(
            suite,
            "original_medium_accuracy",
            medium_right / medium_n if medium_n else 0.0,
            medium_n,
            "statements that state a medium",
        ),
        Metric(
            suite,
            "first_report_accuracy",
            first_right / first_n if first_n else 0.0,
            first_n,
            "statements whose reporting articles are all dated",
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


def product_tables(raw: Path) -> dict[str, pl.DataFrame]:
    """The contract tables the product builds from the raw files under ``raw`` (in memory)."""
    from contract.paths import DEFAULT_MAX_BYTES
    from contract.records import LoadedArticle
    from contract.serialize import from_payload
    from flows import stages
    from flows.ingest import ingest
    from transforms.corpus.assemble import assemble_tables

    files, _ = ingest(raw, max_bytes=DEFAULT_MAX_BYTES)
    items = stages.plan(files)
    rows = stages.extract_batch(items, max_bytes=DEFAULT_MAX_BYTES)
    payload = {r.cache_key: r.payload for r in rows}
    rejected = {
        k: reason for k, p in payload.items() if (reason := stages.rejection_reason(p)) is not None
    }
    loaded = [
        LoadedArticle(it.article_id, it.source_path, it.sha256, it.size, from_payload(payload[k]))
        for it in items
        if (k := it.cache_key) not in rejected
    ]
    return assemble_tables(loaded, stages.ledger_entries(files, items, rejected))


def dev_metrics(dev: Path, tables: Mapping[str, pl.DataFrame], *, suite: str = DEV) -> list[Metric]:
    """Clustering, original medium and first report on a gold set folder (pure given tables)."""
    gold = [json.loads(x) for x in (dev / "utterances.jsonl").read_text("utf-8").splitlines() if x]
    docs = sorted({str(m["doc"]) for g in gold for m in g["members"]})
    by_doc = rows_by_doc(tables["quotes"], tables["articles"], docs)
    return score_utterances(gold, by_doc, suite=suite) + score_provenance(
        gold, by_doc, provenance_of(tables), suite=suite
    )


def heldout_metrics(heldout: Path = HELDOUT_DIR) -> list[Metric]:
    """The held-out set's aggregates: the product run on its raw files, no item notes."""
    tables = product_tables(heldout / "raw")
    return aggregate_only(dev_metrics(heldout, tables, suite=HELDOUT))


def provenance_of(tables: Mapping[str, pl.DataFrame]) -> dict[str, tuple[str | None, str | None]]:
    """utterance_id -> (original_medium, the raw file stem of its first report)."""
    doc_of = {
        aid: Path(str(sp)).stem
        for aid, sp in zip(
            tables["articles"]["article_id"].to_list(),
            tables["articles"]["source_path"].to_list(),
            strict=True,
        )
    }
    return {
        str(u["utterance_id"]): (u["original_medium"], doc_of.get(str(u["first_article_id"])))
        for u in tables["utterances"].iter_rows(named=True)
    }


def run(ctx: EvalContext) -> list[Metric]:
    gold = ctx.gold("utterances.jsonl")
    docs = sorted({str(q["doc"]) for q in ctx.gold("quotes.jsonl")})
    by_doc = rows_by_doc(ctx.table("quotes"), ctx.table("articles"), docs)
    tables = {name: ctx.table(name) for name in ("articles", "utterances")}
    seeds = score_utterances(gold, by_doc) + score_provenance(
        gold, by_doc, provenance_of(tables), suite=SEEDS
    )
    if not (DEV_DIR / "utterances.jsonl").is_file():
        return [*seeds, Metric(DEV, "bcubed_f1", 0.0, 0, f"no development set in {DEV_DIR}")]
    out = seeds + dev_metrics(DEV_DIR, product_tables(DEV_DIR / "raw"))
    if (HELDOUT_DIR / "utterances.jsonl").is_file():
        out += heldout_metrics(HELDOUT_DIR)
    return out
