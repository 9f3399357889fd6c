"""The researcher views on a real seeds build: documented, sensible, and the done-when facts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.researcher.conftest import Build
from warehouse.report import snapshot_connection
from warehouse.snapshot import read_manifest
from warehouse.store import Warehouse

pytestmark = pytest.mark.flow

VIEWS = (
    "v_quotes",
    "v_anonymous_share",
    "v_source_citations",
    "v_timeline",
    "v_entity_cooccurrence",
    "v_languages",
    "v_quote_provenance",
)


@pytest.fixture(scope="module")
def con(seeds_build: Build) -> Any:
    with Warehouse(seeds_build.warehouse, read_only=True) as wh:
        yield wh.con


def _dicts(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _seed_article(con: duckdb.DuckDBPyConnection, prefix: str) -> dict[str, Any]:
    rows = _dicts(
        con,
        "SELECT article_id, outlet, strftime(published_date, '%Y-%m') AS month "
        "FROM articles WHERE starts_with(source_path, ?)",
        [prefix],
    )
    assert len(rows) == 1, rows
    return rows[0]


def test_every_view_exists_has_rows_and_is_documented(con: duckdb.DuckDBPyConnection) -> None:
    comments = dict(
        con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
    )
    for view in VIEWS:
        assert comments.get(view), f"{view} has no COMMENT ON VIEW"
        n = con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0]
        assert n > 0, f"{view} is empty on the seeds"
        cols = con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ?", [view]
        ).fetchall()
        undocumented = [c for c, comment in cols if not comment]
        assert not undocumented, f"{view}: columns without a comment: {undocumented}"


def test_views_file_documents_every_column_in_sql_comments() -> None:
    text = (Path(__file__).parents[2] / "warehouse" / "sql" / "100_views.sql").read_text()
    for view in VIEWS:
        assert f"CREATE OR REPLACE VIEW {view} AS" in text
        assert f"COMMENT ON VIEW {view} IS" in text
    assert "CREATE VIEW" not in text.replace("CREATE OR REPLACE VIEW", "")


def test_v_quotes_matches_quotes(con: duckdb.DuckDBPyConnection) -> None:
    n_quotes = con.execute("SELECT count(*) FROM quotes").fetchall()[0][0]
    assert con.execute("SELECT count(*) FROM v_quotes").fetchall()[0][0] == n_quotes
    # Every attributed quote carries its source; outlet/date come from the article.
    bad = con.execute(
        "SELECT count(*) FROM v_quotes WHERE source_id IS NOT NULL AND source_kind IS NULL"
    ).fetchall()[0][0]
    assert bad == 0
    mismatched = con.execute(
        "SELECT count(*) FROM v_quotes v JOIN articles a USING (article_id) "
        "WHERE v.outlet IS DISTINCT FROM a.outlet OR v.published_date IS DISTINCT FROM a.published_date"
    ).fetchall()[0][0]
    assert mismatched == 0


def test_anonymous_share_of_the_moscow_times_article(con: duckdb.DuckDBPyConnection) -> None:
    art = _seed_article(con, "001_")
    # The done-when fact: the 001 article is The Moscow Times, November 2024.
    assert (art["outlet"], art["month"]) == ("The Moscow Times", "2024-11")
    rows = _dicts(
        con,
        "SELECT * FROM v_anonymous_share WHERE outlet = ? AND month = ?",
        ["The Moscow Times", "2024-11"],
    )
    assert len(rows) == 1
    assert rows[0]["n_attributed_quotes"] > 0
    assert rows[0]["anonymous_share"] > 0.9


def test_anonymous_share_is_consistent(con: duckdb.DuckDBPyConnection) -> None:
    rows = _dicts(con, "SELECT * FROM v_anonymous_share")
    for r in rows:
        assert r["n_anonymous_quotes"] <= r["n_attributed_quotes"] <= r["n_quotes"], r
        assert r["n_anonymous"] <= r["n_attributed"] <= r["n_attributions"], r
        # direct quotes are a part of all attributions
        assert r["n_quotes"] <= r["n_attributions"] and r["n_anonymous_quotes"] <= r["n_anonymous"]
        for share, num, den in (
            ("anonymous_share", "n_anonymous_quotes", "n_attributed_quotes"),
            ("anonymous_share_all", "n_anonymous", "n_attributed"),
        ):
            if r[share] is not None:
                assert 0 <= r[share] <= 1
                assert r[share] == pytest.approx(r[num] / r[den])
    # No NULL outlet or month: unknown ones are labelled, roll-ups are 'all'.
    assert all(r["outlet"] is not None and r["month"] is not None for r in rows)
    total = con.execute("SELECT count(*) FROM quotes").fetchall()[0][0]
    direct = con.execute("SELECT count(*) FROM quotes WHERE kind <> 'indirect'").fetchall()[0][0]
    grand = [r for r in rows if r["outlet"] == "all"]
    assert sum(r["n_quotes"] for r in grand) == direct
    assert sum(r["n_attributions"] for r in grand) == total
    per_outlet = [r for r in rows if r["month"] == "all"]
    assert sum(r["n_quotes"] for r in per_outlet) == direct
    assert sum(r["n_attributions"] for r in per_outlet) == total
    n_articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert sum(r["n_articles"] for r in per_outlet) == n_articles


def test_languages_view_adds_up_to_the_tables(con: duckdb.DuckDBPyConnection) -> None:
    rows = _dicts(con, "SELECT * FROM v_languages")
    for table, col in (
        ("articles", "n_articles"),
        ("sources", "n_sources"),
        ("mentions", "n_mentions"),
        ("time_expressions", "n_time_expressions"),
        ("events", "n_events"),
    ):
        assert (
            sum(r[col] for r in rows)
            == con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        )
    n_quotes = con.execute("SELECT count(*) FROM quotes").fetchall()[0][0]
    assert sum(r["n_quotes"] + r["n_reported"] for r in rows) == n_quotes
    langs = con.execute("SELECT DISTINCT language FROM v_quotes").fetchall()
    assert {r[0] for r in langs} <= {r["language"] for r in rows}


def test_kyiv_independent_cites_verstka(con: duckdb.DuckDBPyConnection) -> None:
    art = _seed_article(con, "004_")
    assert art["outlet"] == "Kyiv Independent"
    rows = _dicts(con, "SELECT * FROM v_source_citations WHERE citing_outlet = ?", [art["outlet"]])
    assert any("Verstka" in (r["cited"], r["via"]) for r in rows), rows


def test_source_citations_has_second_hand_chains(con: duckdb.DuckDBPyConnection) -> None:
    rows = _dicts(con, "SELECT * FROM v_source_citations")
    chains = [r for r in rows if r["via"] is not None]
    # An outlet citing an anonymous source through another outlet (Verstka, VPost...).
    assert any(r["cited_kind"] == "anonymous" for r in chains), chains
    for r in rows:
        assert r["via"] != r["citing_outlet"], r  # an outlet does not relay through itself
        assert r["via"] != r["cited"], r
        assert r["n_articles"] >= 1 and r["n_quotes"] >= 0
    # Every attributed quote is counted exactly once.
    attributed = con.execute("SELECT count(*) FROM quotes WHERE source_id IS NOT NULL").fetchall()[
        0
    ][0]
    self_cites = con.execute(
        "SELECT count(*) FROM quotes q JOIN sources s USING (source_id) JOIN articles a "
        "ON a.article_id = q.article_id WHERE s.kind = 'media' AND s.name = a.outlet"
    ).fetchall()[0][0]
    assert sum(r["n_quotes"] for r in rows) == attributed - self_cites


def test_quote_provenance(con: duckdb.DuckDBPyConnection) -> None:
    """One row per utterance and reporting article; the first report has no delay."""
    n_pairs = con.execute(
        "SELECT count(DISTINCT (utterance_id, article_id)) FROM quotes"
    ).fetchall()[0][0]
    assert con.execute("SELECT count(*) FROM v_quote_provenance").fetchall()[0][0] == n_pairs
    per_utt = _dicts(
        con,
        "SELECT utterance_id, any_value(n_articles) AS n_articles, count(*) AS n_rows, "
        "count(*) FILTER (WHERE is_first) AS n_first, "
        "max(delay_days) FILTER (WHERE is_first) AS first_delay, min(delay_days) AS min_delay "
        "FROM v_quote_provenance GROUP BY utterance_id",
    )
    for r in per_utt:
        assert r["n_rows"] == r["n_articles"] and r["n_first"] == 1, r
        assert r["first_delay"] in (0, None) and (r["min_delay"] is None or r["min_delay"] >= 0), r
    # The seeds' done-when fact: Verstka's "through acquaintances" is relayed by
    # Meduza (003) and the Kyiv Independent (004), the latter citing Verstka.
    ki = _seed_article(con, "004_")["article_id"]
    meduza = _seed_article(con, "003_")["article_id"]
    rows = _dicts(
        con,
        "SELECT p.* FROM v_quote_provenance p JOIN quotes q "
        "ON q.utterance_id = p.utterance_id AND q.article_id = p.article_id "
        "WHERE q.text LIKE 'through acquaintances%' ORDER BY p.article_id",
    )
    assert {r["article_id"] for r in rows} == {ki, meduza}
    assert len({r["utterance_id"] for r in rows}) == 1
    assert all(r["kind"] == "direct" for r in rows)
    assert next(r for r in rows if r["article_id"] == ki)["via"] == "Verstka"


def test_timeline(con: duckdb.DuckDBPyConnection) -> None:
    rows = _dicts(con, "SELECT * FROM v_timeline")
    dated = con.execute("SELECT count(*) FROM events WHERE date_start IS NOT NULL").fetchall()[0][0]
    assert len(rows) == dated > 0
    for r in rows:
        assert r["date"] is not None
        assert len(r["actor_names"]) == len(r["actor_ids"])
    names = {n for r in rows for n in r["actor_names"]}
    # Actor ids resolve to canonical names, not ids.
    assert names and not any(":" in n for n in names), names


def test_entity_cooccurrence(con: duckdb.DuckDBPyConnection) -> None:
    rows = _dicts(con, "SELECT * FROM v_entity_cooccurrence")
    n_articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    seen = set()
    for r in rows:
        assert r["entity_a"] < r["entity_b"]
        assert {r["type_a"], r["type_b"]} <= {"person", "org"}
        assert 1 <= r["n_articles"] <= n_articles
        assert r["n_articles"] == len(r["article_ids"])
        seen.add((r["entity_a"], r["entity_b"]))
    assert len(seen) == len(rows)
    # Sanity against the seeds: Putin and Trump are named together somewhere.
    assert ("person:donald-trump", "person:vladimir-putin") in seen


def test_views_over_the_snapshot_agree_with_the_warehouse(
    con: duckdb.DuckDBPyConnection, seeds_build: Build
) -> None:
    snap = snapshot_connection(seeds_build.snapshot)
    try:
        for view in VIEWS:
            q = f"SELECT * FROM {view} ORDER BY ALL"
            if view == "v_entity_cooccurrence":
                q = f"SELECT * EXCLUDE (article_ids) FROM {view} ORDER BY ALL"
            assert snap.execute(q).fetchall() == con.execute(q).fetchall(), view
    finally:
        snap.close()


def test_views_are_reapplied_idempotently(seeds_build: Build, tmp_path: Path) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy2(seeds_build.warehouse, copy)
    schema = str(read_manifest(seeds_build.snapshot)["schema_version"])
    for _ in range(2):
        with Warehouse(copy) as wh:
            wh.ensure_schema(schema)
            assert wh.con.execute("SELECT count(*) FROM v_quotes").fetchall()[0][0] > 0
