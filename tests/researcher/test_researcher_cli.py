"""The researcher's commands on a real seeds build: verify, snapshots, sql, diff."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner, Result

from newsfacts.cli import main
from tests.researcher.conftest import Build, copy_build, run_flow
from warehouse.snapshot import read_manifest

pytestmark = pytest.mark.flow

NEW_ARTICLE = (
    "Russian officials welcomed the talks on Tuesday, Kremlin spokesman Dmitry Peskov said.\n"
    "“We are open to dialogue,” Mr. Peskov told reporters in Moscow.\n"
    "“Nothing has been agreed yet,” a senior Russian diplomat told Verstka on condition of anonymity.\n"
)


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _one_line_error(result: Result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: error: "), result.stderr
    return lines[0]


def _flip_byte(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    i = len(data) // 2 if offset is None else offset
    data[i] ^= 0xFF
    path.write_bytes(bytes(data))


# -- verify ----------------------------------------------------------------------


def test_verify_ok_then_catches_one_flipped_byte(seeds_build: Build, tmp_path: Path) -> None:
    processed = tmp_path / "processed"
    shutil.copytree(seeds_build.processed, processed, symlinks=True)
    version = seeds_build.snapshot.name
    ok = _cli("verify", "--processed", str(processed))
    assert ok.exit_code == 0 and f"{version}: OK" in ok.output, ok.output
    target = processed / "snapshots" / version / "quotes.parquet"
    _flip_byte(target)
    bad = _cli("verify", version, "--processed", str(processed))
    assert bad.exit_code != 0
    assert f"{version}: quotes.parquet: sha256" in bad.stdout, bad.stdout
    assert "do not match the manifest" in _one_line_error(bad)
    # Only the damaged file is reported.
    assert [ln for ln in bad.stdout.splitlines() if ln.strip()] == [
        ln for ln in bad.stdout.splitlines() if "quotes.parquet" in ln
    ]


def test_verify_unknown_version_is_a_one_line_error(seeds_build: Build) -> None:
    res = _cli("verify", "19990101T000000Z-deadbeef", "--processed", str(seeds_build.processed))
    assert "no snapshot" in _one_line_error(res)


# -- snapshots -----------------------------------------------------------------------


def _fake_older_snapshot(processed: Path, version: str, name: str) -> None:
    """A copy of a published snapshot under another version name (same tables)."""
    src = processed / "snapshots" / version
    dst = processed / "snapshots" / name
    shutil.copytree(src, dst)
    manifest = read_manifest(dst)
    manifest["version"] = name
    (dst / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def test_snapshots_lists_and_keep_deletes_only_when_asked(
    seeds_build: Build, tmp_path: Path
) -> None:
    processed = tmp_path / "processed"
    shutil.copytree(seeds_build.processed, processed, symlinks=True)
    latest = seeds_build.snapshot.name
    older = ["20000101T000000Z-00000001", "20000102T000000Z-00000002"]
    for name in older:
        _fake_older_snapshot(processed, latest, name)
    listed = _cli("snapshots", "--processed", str(processed))
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert len(lines) == 3
    assert any(ln.startswith(f"* {latest}") for ln in lines), lines
    for name in older:
        assert any(name in ln and not ln.startswith("*") for ln in lines)
    assert "articles 5" in listed.stdout or re.search(r"articles \d+", listed.stdout)
    # Listing never deletes.
    assert sorted(p.name for p in (processed / "snapshots").iterdir()) == sorted([*older, latest])

    kept = _cli("snapshots", "--processed", str(processed), "--keep", "2")
    assert kept.exit_code == 0, kept.output
    assert f"deleted {older[0]}" in kept.stdout
    remaining = sorted(p.name for p in (processed / "snapshots").iterdir())
    assert remaining == sorted([older[1], latest])
    # The latest survives even --keep 1 when it is not the newest name.
    kept1 = _cli("snapshots", "--processed", str(processed), "--keep", "1")
    assert kept1.exit_code == 0
    assert latest in [p.name for p in (processed / "snapshots").iterdir()]
    assert (processed / "latest").resolve().name == latest
    assert "--keep must be at least 1" in _one_line_error(
        _cli("snapshots", "--processed", str(processed), "--keep", "0")
    )


# -- sql ---------------------------------------------------------------------------------


def test_sql_prints_a_table_from_the_views(seeds_build: Build) -> None:
    res = _cli(
        "sql",
        "SELECT outlet, month, anonymous_share FROM v_anonymous_share "
        "WHERE month <> 'all' ORDER BY outlet, month",
        "--warehouse",
        str(seeds_build.warehouse),
    )
    assert res.exit_code == 0, res.output
    assert "anonymous_share" in res.stdout and "The Moscow Times" in res.stdout
    assert "┌" in res.stdout or "shape:" in res.stdout  # a rendered table, not raw tuples
    limited = _cli(
        "sql", "SELECT * FROM quotes", "--warehouse", str(seeds_build.warehouse), "--limit", "3"
    )
    assert limited.exit_code == 0
    assert "(first 3 rows; use --limit for more)" in limited.stdout


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM quotes",
        "DROP VIEW v_quotes",
        "CREATE TABLE x AS SELECT 1",
        "UPDATE articles SET outlet = 'x'",
    ],
)
def test_sql_refuses_writes(seeds_build: Build, query: str) -> None:
    before = seeds_build.warehouse.stat().st_mtime_ns
    _one_line_error(_cli("sql", query, "--warehouse", str(seeds_build.warehouse)))
    assert seeds_build.warehouse.stat().st_mtime_ns == before
    count = _cli(
        "sql", "SELECT count(*) AS n FROM quotes", "--warehouse", str(seeds_build.warehouse)
    )
    assert count.exit_code == 0 and str(seeds_build.summary["rows"]["quotes"]) in count.stdout


def test_sql_refuses_file_access(seeds_build: Build, tmp_path: Path) -> None:
    out = tmp_path / "leak.csv"
    # The path is the test's own literal: the point is that the CLI refuses it.
    _one_line_error(
        _cli("sql", f"COPY quotes TO '{out}' (HEADER)", "--warehouse", str(seeds_build.warehouse))
    )
    assert not out.exists()
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    _one_line_error(
        _cli(
            "sql", f"SELECT * FROM read_csv('{secret}')", "--warehouse", str(seeds_build.warehouse)
        )
    )
    _one_line_error(
        _cli(
            "sql",
            f"ATTACH '{tmp_path / 'other.duckdb'}' AS o",
            "--warehouse",
            str(seeds_build.warehouse),
        )
    )
    assert not (tmp_path / "other.duckdb").exists()


# -- diff ----------------------------------------------------------------------------------


def _parse_diff(output: str) -> dict[str, dict[str, int]]:
    lines = [ln.split() for ln in output.splitlines() if ln.strip()]
    assert lines[0] == ["table", "added", "removed", "changed", "same"], lines[0]
    return {
        row[0]: dict(zip(("added", "removed", "changed", "same"), map(int, row[1:]), strict=True))
        for row in lines[1:]
    }


def test_diff_after_adding_one_article_reports_exactly_its_rows(
    seeds_build: Build, tmp_path: Path
) -> None:
    build = copy_build(seeds_build, tmp_path / "b")
    first = build.snapshot.name
    new = build.raw / "extra" / "new_article.txt"
    new.parent.mkdir()
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    summary = run_flow(build.raw, build.warehouse, build.processed)
    assert summary["published"] and summary["extracted"] == 1, summary
    second = build.snapshot.name
    assert second != first and read_manifest(build.snapshot)["parent"] == first

    res = _cli("diff", first, second, "--processed", str(build.processed))
    assert res.exit_code == 0, res.output
    diff = _parse_diff(res.stdout)
    articles = pl.read_parquet(build.snapshot / "articles.parquet")
    new_id = articles.filter(pl.col("source_path") == "extra/new_article.txt")["article_id"].item()
    # Every per-article table: added = the new article's rows, nothing removed or changed.
    for table in (
        "articles",
        "quotes",
        "sources",
        "events",
        "time_expressions",
        "mentions",
        "ingest_log",
    ):
        rows = pl.read_parquet(build.snapshot / f"{table}.parquet")
        mine = rows.filter(pl.col("article_id") == new_id).height
        before = read_manifest(build.processed / "snapshots" / first)["tables"][table]["rows"]
        assert diff[table] == {"added": mine, "removed": 0, "changed": 0, "same": before}, (
            table,
            diff,
        )
    assert diff["articles"]["added"] == 1 and diff["ingest_log"]["added"] == 1
    assert diff["quotes"]["added"] >= 1
    # entities are corpus-level: counts of entities the new article names change too.
    assert diff["entities"]["removed"] == 0

    same = _cli("diff", second, "latest", "--processed", str(build.processed))
    assert same.exit_code == 0
    assert all(
        v["added"] == v["removed"] == v["changed"] == 0 for v in _parse_diff(same.stdout).values()
    )
