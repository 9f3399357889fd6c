"""Article preparation scored against the seed gold (``gold/seeds/articles.jsonl``).

``score_articles`` takes plain article rows (dicts with the ``articles`` columns)
so that the snapshot suite (``run``) and the quality gate
(tests/quality/test_articles_gate.py, which runs ``prepare_article`` directly)
compute the very same figures.

Per metadata field: ``correct`` / ``wrong`` / ``missing`` counts, precision =
correct / filled, recall = correct / stated in the gold. The body is checked by
the gold's boilerplate examples (none may survive), the first / last body
sentences, and the gold body line ranges of the raw files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.base import EvalContext, Metric

SUITE = "articles/seeds"
FIELDS = ("title", "date", "authors", "outlet", "original_outlet")


@dataclass
class FieldCounts:
    correct: int = 0
    wrong: int = 0
    missing: int = 0
    filled: int = 0
    stated: int = 0
    correct_stated: int = 0  # correct where the gold states a value (recall numerator)

    def metrics(self, suite: str, name: str) -> list[Metric]:
        note = f"correct={self.correct} wrong={self.wrong} missing={self.missing}"
        return [
            Metric(
                suite,
                f"{name}_precision",
                self.correct / self.filled if self.filled else 0.0,
                self.filled,
                note,
            ),
            Metric(
                suite,
                f"{name}_recall",
                self.correct_stated / self.stated if self.stated else 0.0,
                self.stated,
                note,
            ),
            Metric(suite, f"{name}_wrong", float(self.wrong), self.filled, note),
        ]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    s = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().casefold()
    return s or None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    return s[:10] or None


def _score_scalar(counts: FieldCounts, pred: str | None, gold: str | None) -> None:
    if gold is not None:
        counts.stated += 1
    if pred is not None:
        counts.filled += 1
        if pred == gold:
            counts.correct += 1
            counts.correct_stated += 1
        else:
            counts.wrong += 1
    elif gold is not None:
        counts.missing += 1


def _score_date(counts: FieldCounts, row: Mapping[str, Any], gold: Mapping[str, Any]) -> None:
    pred = _iso(row.get("published_date"))
    stated = _iso(gold.get("published"))
    if stated is not None:
        counts.stated += 1
    if pred is None:
        if stated is not None:
            counts.missing += 1
        return
    counts.filled += 1
    if row.get("published_date_source") == "inferred":
        rng = gold.get("published_inferred_range")
        if rng:
            ok = str(rng[0]) <= pred <= str(rng[1])
        else:
            ok = pred == (_iso(gold.get("published_inferred")) or stated)
    else:
        # A stated date must match it; with none stated, the annotated true date.
        ok = pred == (stated or _iso(gold.get("published_inferred")))
    if ok:
        counts.correct += 1
        counts.correct_stated += stated is not None
    else:
        counts.wrong += 1


def _body_lines(body: str) -> set[str]:
    return {ln.strip() for ln in body.split("\n") if ln.strip()}


def _in_body(line: str, body: str, body_lines: set[str]) -> bool:
    s = line.strip()
    if not s:
        return False
    if s in body_lines:
        return True
    # Lines may have been joined to a neighbour (sentences broken by a stray line
    # break); long ones are distinctive anywhere, short ones must sit at a line edge.
    if len(s) >= 25:
        return s in body
    return re.search(rf"(?:^|[ \n]){re.escape(s)}(?:$|[ \n])", body) is not None


def score_articles(
    rows: Mapping[str, Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    raw_texts: Mapping[str, str] | None = None,
    suite: str = SUITE,
) -> list[Metric]:
    """Metrics for article rows keyed by doc (raw file stem) against the gold records.

    ``raw_texts`` (doc -> decoded raw file) enables the body-line checks, since
    the gold gives body line numbers of the raw files.
    """
    counts = {f: FieldCounts() for f in FIELDS}
    survived = n_examples = 0
    first_present = last_present = first_at_start = last_at_end = 0
    gold_lines = found_lines = leaked_lines = 0
    missing_docs = 0
    for g in gold:
        row = rows.get(str(g["doc"]))
        if row is None:
            missing_docs += 1
            row = {}
        body = str(row.get("body_text") or "")
        _score_scalar(counts["title"], _norm(row.get("title")), _norm(g.get("title")))
        _score_date(counts["date"], row, g)
        pred_auth = {_norm(a) for a in (row.get("authors") or []) if _norm(a)}
        gold_auth = {_norm(a) for a in (g.get("authors") or []) if _norm(a)}
        ca = counts["authors"]
        ca.filled += len(pred_auth)
        ca.stated += len(gold_auth)
        ca.correct += len(pred_auth & gold_auth)
        ca.correct_stated += len(pred_auth & gold_auth)
        ca.wrong += len(pred_auth - gold_auth)
        ca.missing += len(gold_auth - pred_auth)
        _score_scalar(counts["outlet"], _norm(row.get("outlet")), _norm(g.get("outlet")))
        _score_scalar(
            counts["original_outlet"],
            _norm(row.get("original_outlet")),
            _norm(g.get("original_outlet")),
        )

        blines = _body_lines(body)
        for ex in g.get("boilerplate_examples") or []:
            n_examples += 1
            if _in_body(str(ex), body, blines):
                survived += 1
        first = str(g.get("body_first_sentence") or "")
        last = str(g.get("body_last_sentence") or "")
        if first:
            first_present += first in body
            first_at_start += body.lstrip().startswith(first)
        if last:
            last_present += last in body
            last_at_end += body.rstrip().endswith(last.rstrip())

        raw = (raw_texts or {}).get(str(g["doc"]))
        rng = g.get("body_lines")
        if raw is not None and rng:
            excluded = set(g.get("body_lines_excluded") or [])
            for no, line in enumerate(raw.split("\n"), start=1):
                if not line.strip():
                    continue
                is_body = rng[0] <= no <= rng[1] and no not in excluded
                present = _in_body(line, body, blines)
                if is_body:
                    gold_lines += 1
                    found_lines += present
                elif present:
                    leaked_lines += 1

    n = len(gold)
    metrics: list[Metric] = []
    for f in FIELDS:
        metrics.extend(counts[f].metrics(suite, f))
    metrics += [
        Metric(
            suite,
            "boilerplate_surviving",
            float(survived),
            n_examples,
            "gold boilerplate examples still in body_text (must be 0)",
        ),
        Metric(suite, "body_first_sentence_present", first_present / n if n else 0.0, n),
        Metric(suite, "body_last_sentence_present", last_present / n if n else 0.0, n),
        Metric(suite, "body_first_sentence_at_start", first_at_start / n if n else 0.0, n),
        Metric(suite, "body_last_sentence_at_end", last_at_end / n if n else 0.0, n),
        Metric(suite, "missing_docs", float(missing_docs), n),
    ]
    if raw_texts is not None:
        metrics += [
            Metric(
                suite,
                "body_line_recall",
                found_lines / gold_lines if gold_lines else 0.0,
                gold_lines,
                "gold body lines present in body_text",
            ),
            Metric(
                suite,
                "body_line_precision",
                found_lines / (found_lines + leaked_lines) if found_lines + leaked_lines else 0.0,
                found_lines + leaked_lines,
                f"non-body raw lines leaked={leaked_lines}",
            ),
            Metric(suite, "body_lines_leaked", float(leaked_lines), found_lines + leaked_lines),
        ]
    return metrics


def read_raw_texts(folder: Path, docs: Sequence[str]) -> dict[str, str]:
    """Decoded raw seed files by doc stem (same decoding as the pipeline)."""
    from transforms.articles.decode import decode_bytes

    out: dict[str, str] = {}
    for doc in docs:
        for ext in (".txt", ".html", ".htm"):
            p = folder / f"{doc}{ext}"
            if p.exists():
                out[doc] = decode_bytes(p.read_bytes()).text
                break
    return out


def run(ctx: EvalContext) -> list[Metric]:
    gold = ctx.gold("articles.jsonl")
    rows = ctx.articles_by_doc()
    raw = read_raw_texts(ctx.shared_dir / "seeds", [str(g["doc"]) for g in gold])
    return score_articles(rows, gold, raw_texts=raw or None)


def prepared_rows(folder: Path) -> dict[str, dict[str, Any]]:
    """Run ``prepare_article`` on every raw file in ``folder``: rows keyed by stem.

    Used by the quality gate to score the preparation step without a snapshot.
    """
    from dataclasses import asdict

    from contract.records import RejectedInput
    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article

    init_language_detection()
    rows: dict[str, dict[str, Any]] = {}
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in {".txt", ".html", ".htm"}:
            continue
        try:
            art = prepare_article(p.read_bytes(), source_path=p.name)
        except RejectedInput:
            continue
        row = asdict(art)
        row["authors"] = list(art.authors)
        row["source_path"] = p.name
        rows[p.stem] = row
    return rows
