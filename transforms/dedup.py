"""Near-duplicates of a frame of articles (``transforms.minhash`` does the work)."""

from __future__ import annotations

import polars as pl

from transforms.minhash import THRESHOLD, duplicate_groups, signature


def near_duplicates(articles: pl.DataFrame, *, threshold: float = THRESHOLD) -> pl.DataFrame:
    """``article_id, duplicate_of`` for every input row (input order).

    Expects columns ``article_id, source_path, published_date, body_text``.
    Empty bodies are never duplicates.
    """
    ids: list[str] = articles["article_id"].cast(pl.Utf8).to_list()
    bodies: list[str | None] = articles["body_text"].cast(pl.Utf8).to_list()
    dup = duplicate_groups(
        ids,
        articles["source_path"].cast(pl.Utf8).to_list(),
        articles["published_date"].to_list(),
        [signature(b or "") for b in bodies],
        threshold=threshold,
    )
    return pl.DataFrame(
        {"article_id": ids, "duplicate_of": [dup.get(i) for i in ids]},
        schema={"article_id": pl.Utf8, "duplicate_of": pl.Utf8},
    )
