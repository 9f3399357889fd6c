"""The real Prefect flow over the seeds: contract, manifest, idempotence, rebuilds.

Full-flow tests are few and share one Prefect test server (conftest).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner

from contract.tables import TABLES
from tests.conftest import SEEDS_RAW
from warehouse.checks import check_tables
from warehouse.diff import diff_snapshots
from warehouse.snapshot import read_manifest, verify

pytestmark = pytest.mark.flow


def _run(raw: Path, root: Path, **kw: Any) -> dict[str, Any]:
    from flows.pipeline import build_dataset

    result: dict[str, Any] = build_dataset(
        raw=str(raw), warehouse=str(root / "w.duckdb"), processed=str(root / "processed"), **kw
    )
    return result


def _table_hashes(snapshot: Path) -> dict[str, str]:
    return {t: v["sha256"] for t, v in read_manifest(snapshot)["tables"].items()}


def test_seeds_end_to_end(tmp_path: Path, prefect_server: None) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    n_seeds = len(list(raw.glob("*.txt")))

    first = _run(raw, tmp_path / "a")
    assert first["published"], first
    assert first["files"] == {"seen": n_seeds, "loaded": n_seeds, "duplicate": 0, "rejected": 0}
    assert first["extracted"] == n_seeds
    snap = tmp_path / "a" / "processed" / "latest"
    assert {p.name for p in snap.iterdir()} == {f"{t}.parquet" for t in TABLES} | {
        "manifest.json",
        "README.md",
        "report.html",
    }
    assert verify(snap.resolve()) == []
    tables = {t: pl.read_parquet(snap / f"{t}.parquet") for t in TABLES}
    assert check_tables(tables) == []
    assert tables["articles"].height == n_seeds
    assert tables["quotes"].height > 0 and tables["mentions"].height > 0
    assert tables["time_expressions"].height > 0 and tables["sources"].height > 0

    # Unchanged inputs: no extraction, nothing published.
    again = _run(raw, tmp_path / "a")
    assert again["published"] is None and again["extracted"] == 0
    assert len(list((tmp_path / "a" / "processed" / "snapshots").iterdir())) == 1

    # Same inputs into a fresh warehouse: byte-identical table files.
    rebuilt = _run(raw, tmp_path / "b")
    assert rebuilt["published"]
    assert _table_hashes((tmp_path / "b" / "processed" / "latest").resolve()) == _table_hashes(
        snap.resolve()
    )

    # One new file: only it is extracted, and the diff is exactly its rows.
    new = raw / "extra" / "new_article.txt"
    new.parent.mkdir()
    new.write_text(
        "Russian officials welcomed the talks on Tuesday, Kremlin spokesman Dmitry Peskov said.\n"
        "“We are open to dialogue,” Mr. Peskov told reporters in Moscow.\n",
        encoding="utf-8",
    )
    added = _run(raw, tmp_path / "a")
    assert added["extracted"] == 1 and added["reused"] == n_seeds
    assert added["published"]
    snaps = sorted(p for p in (tmp_path / "a" / "processed" / "snapshots").iterdir())
    assert len(snaps) == 2
    manifest = read_manifest(snaps[-1])
    assert manifest["parent"] == snaps[0].name
    by_table = {d.table: d for d in diff_snapshots(snaps[0], snaps[-1])}
    assert by_table["articles"].added == 1 and by_table["articles"].removed == 0
    assert by_table["articles"].changed == 0
    assert by_table["ingest_log"].added == 1 and by_table["quotes"].removed == 0
    assert by_table["quotes"].added >= 1 and by_table["quotes"].changed == 0


def test_extractor_version_change_reextracts(
    tmp_path: Path, prefect_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(SEEDS_RAW.glob("003_*.txt")), raw)
    assert _run(raw, tmp_path)["extracted"] == 1
    assert _run(raw, tmp_path)["extracted"] == 0
    import flows.stages

    monkeypatch.setattr(flows.stages, "EXTRACTOR_VERSION", "test-bump")
    bumped = _run(raw, tmp_path)
    assert bumped["extracted"] == 1


def test_nlp_versions_are_in_the_manifest_and_a_model_upgrade_reextracts(
    tmp_path: Path, prefect_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contract import versions

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(SEEDS_RAW.glob("003_*.txt")), raw)
    assert _run(raw, tmp_path)["extracted"] == 1
    manifest = read_manifest((tmp_path / "processed" / "latest").resolve())
    assert manifest["nlp"] == versions.nlp_versions()
    assert "spacy" in manifest["nlp"]
    assert _run(raw, tmp_path)["extracted"] == 0
    import flows.stages

    model = next(n for n in versions.ENGLISH_MODEL_DISTRIBUTIONS if n in manifest["nlp"])
    upgraded = {**manifest["nlp"], model: "9.9.9"}
    monkeypatch.setattr(flows.stages, "nlp_fingerprint", lambda: versions.nlp_fingerprint(upgraded))
    assert _run(raw, tmp_path)["extracted"] == 1


def test_bad_and_odd_files_are_all_accounted_for(tmp_path: Path, prefect_server: None) -> None:
    raw = tmp_path / "raw"
    (raw / "ru").mkdir(parents=True)
    good = "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was ready for talks. " * 3
    (raw / "good.txt").write_text(good, encoding="utf-8")
    (raw / "copy_of_good.txt").write_text(good, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (raw / "big.txt").write_bytes(b"word " * 400)
    (raw / "ru" / "cp1251.txt").write_bytes(
        "Пресс-секретарь Кремля Дмитрий Песков заявил журналистам, что Москва готова к переговорам.".encode(
            "cp1251"
        )
    )
    (raw / "ru" / "uk_utf8.txt").write_text(
        "Президент України Володимир Зеленський заявив, що Україна не віддасть своїх територій.",
        encoding="utf-8",
    )
    (raw / "page.html").write_text(
        "<html><head><title>Talks resume</title></head><body><nav>Home | World</nav>"
        "<article><h1>Talks resume</h1><p>Diplomats met in Geneva on Monday to discuss a"
        " ceasefire, officials said.</p><p>“We made progress,” one diplomat said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (raw / "notes.docx").write_bytes(b"PK\x03\x04")
    (raw / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (raw / "story.meta.json").write_text("{not json", encoding="utf-8")
    (raw / "story.txt").write_text(good + " More.", encoding="utf-8")

    summary = _run(raw, tmp_path, max_bytes=1000)
    log = pl.read_parquet(tmp_path / "processed" / "latest" / "ingest_log.parquet")
    on_disk = sorted(
        p.relative_to(raw).as_posix()
        for p in raw.rglob("*")
        if (p.is_file() or p.is_symlink()) and not p.name.endswith(".meta.json")
    )
    assert sorted(log["source_path"].to_list()) == on_disk
    status = dict(zip(log["source_path"], log["status"], strict=True))
    reason = dict(zip(log["source_path"], log["reason"], strict=True))
    # Same bytes: the path that sorts first is the article, the other points to it.
    assert status["copy_of_good.txt"] == "loaded" and status["good.txt"] == "duplicate"
    ids = dict(zip(log["source_path"], log["article_id"], strict=True))
    assert ids["good.txt"] == ids["copy_of_good.txt"]
    for bad in ("empty.txt", "binary.txt", "big.txt", "notes.docx", "dangling.txt", "story.txt"):
        assert status[bad] == "rejected", bad
        assert reason[bad], bad
    assert status["ru/cp1251.txt"] == "loaded" and status["ru/uk_utf8.txt"] == "loaded"
    assert status["page.html"] == "loaded"
    articles = pl.read_parquet(tmp_path / "processed" / "latest" / "articles.parquet")
    langs = dict(zip(articles["source_path"], articles["language"], strict=True))
    assert langs["ru/cp1251.txt"] == "ru" and langs["ru/uk_utf8.txt"] == "uk"
    # Russian and Ukrainian are extracted (issue 18): nothing is skipped, and the
    # cp1251 file's speaker is the one English-named entity Peskov.
    assert summary["skipped_language"] == 0
    entities = pl.read_parquet(tmp_path / "processed" / "latest" / "entities.parquet")
    assert "Dmitry Peskov" in entities["name"].to_list()
    assert json.dumps(summary)  # the summary is plain data


def test_cli_run_and_one_line_errors(tmp_path: Path, prefect_server: None) -> None:
    from newsfacts.cli import main

    runner = CliRunner()
    missing = runner.invoke(main, ["run", "--raw", str(tmp_path / "nope")])
    assert missing.exit_code != 0
    assert "raw folder" in missing.output and "Traceback" not in missing.output
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(SEEDS_RAW.glob("004_*.txt")), raw)
    args = [
        "run",
        "--raw",
        str(raw),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
        "--processed",
        str(tmp_path / "p"),
    ]
    ok = runner.invoke(main, args)
    assert ok.exit_code == 0, ok.output
    assert "1 loaded" in ok.output and "published snapshot:" in ok.output
    again = runner.invoke(main, args)
    assert "no changes, nothing published" in again.output
    ver = runner.invoke(main, ["verify", "--processed", str(tmp_path / "p")])
    assert ver.exit_code == 0 and "OK" in ver.output
