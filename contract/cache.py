"""The extraction cache row: one typed record from the worker to the warehouse.

A worker turns one raw file into an ``Extracted`` (``flows.stages.extract_batch``);
the flow stages it as a file, the warehouse stores it in ``_extraction_cache``
(``warehouse.store.cache_table``), and the corpus step reads its ``plan`` back
without decoding the payload. Defined once, here, so the two ends cannot drift.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from contract.records import ArticleExtraction

# (text, char_start, char_end, type, local_name), as in MentionRecord.
MentionRow = tuple[str, int, int, str, str]
MENTION_FIELDS = ("text", "char_start", "char_end", "type", "local_name")


class PlanInputs(NamedTuple):
    """What entity canonicalization and near-duplicate detection need of an
    extracted article, stored beside its payload so that step never decodes it."""

    published_date: dt.date | None
    skipped_language: bool
    mentions: tuple[MentionRow, ...]


class Extracted(NamedTuple):
    """One article's cache row."""

    cache_key: str
    article_id: str
    payload: str  # JSON of ArticleExtraction, or {"rejected": reason}
    signature: bytes | None  # packed MinHash of the body; None when rejected
    # Copies of what the corpus-level step reads (see PlanInputs); None when
    # rejected, and for rows from before they were stored.
    plan: PlanInputs | None = None


def plan_inputs(ex: ArticleExtraction) -> PlanInputs:
    """The PlanInputs of an extraction, equal to what decoding its payload gives."""
    return PlanInputs(
        ex.article.published_date,
        bool(ex.notes.get("skipped_language")),
        tuple((m.text, m.char_start, m.char_end, *(m.entity or ("", ""))) for m in ex.mentions),
    )
