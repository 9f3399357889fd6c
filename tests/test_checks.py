"""Contract checks catch what types cannot."""

from __future__ import annotations

import polars as pl

from contract.tables import frame
from tests.test_snapshot import _tables
from warehouse.checks import check_tables


def _quote(start: int, end: int, text: str) -> dict[str, object]:
    return {
        "quote_id": "0000000000000000:q1",
        "article_id": "0000000000000000",
        "text": text,
        "kind": "full",
        "char_start": start,
        "char_end": end,
        "source_id": None,
        "speaker_text": None,
        "cue": None,
        "medium": None,
        "continues": None,
    }


def test_clean_tables_pass() -> None:
    tables = _tables(2)
    tables["quotes"] = frame("quotes", [_quote(8, 14, "quoted")])
    assert check_tables(tables) == []


def test_offsets_that_do_not_slice_back_fail() -> None:
    tables = _tables(1)
    tables["quotes"] = frame("quotes", [_quote(7, 13, "quoted")])
    problems = check_tables(tables)
    assert any("do not slice back" in p for p in problems)


def test_dangling_reference_and_vocabulary_fail() -> None:
    tables = _tables(1)
    q = _quote(8, 14, "quoted")
    q["source_id"] = "0000000000000000:s9"
    q["kind"] = "scare"
    tables["quotes"] = frame("quotes", [q])
    problems = check_tables(tables)
    assert any("quotes.source_id" in p for p in problems)
    assert any("quotes.kind" in p for p in problems)


def test_duplicate_keys_and_unlogged_articles_fail() -> None:
    tables = _tables(2)
    tables["articles"] = pl.concat([tables["articles"], tables["articles"].head(1)]).sort(
        "article_id"
    )
    tables["ingest_log"] = tables["ingest_log"].head(1)
    problems = check_tables(tables)
    assert any("duplicate primary keys" in p for p in problems)
    assert any("ingest_log" in p for p in problems)


def test_partial_tables_are_checked_against_known_keys() -> None:
    """A chunk of articles: references into other chunks come from ``known``."""
    tables = _tables(2)
    articles = tables["articles"].with_columns(
        pl.when(pl.col("article_id") == "0000000000000001")
        .then(pl.lit("00000000000000ff"))  # a duplicate of an article in another chunk
        .otherwise(None)
        .alias("duplicate_of")
    )
    chunk = {"articles": articles, "quotes": frame("quotes", [_quote(8, 14, "quoted")])}
    everything = {"0000000000000000", "0000000000000001", "00000000000000ff"}
    assert check_tables(chunk, known={("articles", "article_id"): everything}) == []
    problems = check_tables(
        chunk, known={("articles", "article_id"): everything - {"00000000000000ff"}}
    )
    assert any("articles.duplicate_of" in p for p in problems)
    # The ledger of the whole corpus against the complete article set.
    log = {"ingest_log": tables["ingest_log"]}
    assert (
        check_tables(log, known={("articles", "article_id"): everything - {"00000000000000ff"}})
        == []
    )
    assert any(
        "without a 'loaded' row" in p
        for p in check_tables(log, known={("articles", "article_id"): everything})
    )
