"""``utterances._pairs_near`` against the all-pairs join it replaced, on random
spans and items across articles."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.corpus.utterances import _pairs_near

_ROWS = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 40), st.integers(0, 12)),
    max_size=25,
)


def _frame(rows: list[tuple[str, int, int]], prefix: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [f"{prefix}{k}" for k in range(len(rows))],
            "article_id": [a for a, _, _ in rows],
            "char_start": [s for _, s, _ in rows],
            "char_end": [s + n for _, s, n in rows],
        },
        schema={
            "id": pl.String,
            "article_id": pl.String,
            "char_start": pl.Int64,
            "char_end": pl.Int64,
        },
    )


def _sorted(df: pl.DataFrame) -> pl.DataFrame:
    return df.sort(df.columns)


@settings(max_examples=200, deadline=None)
@given(spans=_ROWS, items=_ROWS, before=st.integers(0, 15), after=st.integers(0, 15))
def test_pairs_near_are_the_join_rows_in_the_window(
    spans: list[tuple[str, int, int]],
    items: list[tuple[str, int, int]],
    before: int,
    after: int,
) -> None:
    s, i = _frame(spans, "s"), _frame(items, "m")
    lo = pl.col("char_start") - before
    hi = pl.col("char_end") + after
    got = _pairs_near(s, i, lo, hi, suffix="_m")
    full = s.join(i, on="article_id", suffix="_m")
    window = full.filter(
        (pl.col("char_start_m") >= (pl.col("char_start") - before).clip(0))
        & (pl.col("char_start_m") <= pl.col("char_end") + after)
    )
    assert got.columns == full.columns
    assert got.schema == full.schema
    assert _sorted(got).equals(_sorted(window))
    # As utterance_input uses it: mentions wholly inside a span.
    inside = (pl.col("char_start_m") >= pl.col("char_start")) & (
        pl.col("char_end_m") <= pl.col("char_end")
    )
    near = _pairs_near(s, i, pl.col("char_start"), pl.col("char_end"), suffix="_m")
    assert _sorted(near.filter(inside)).equals(_sorted(full.filter(inside)))
