"""Load: 20,000 small files in nested folders, and one 2 MB single-line article."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from tests.reliability.conftest import State, run_cli_subprocess, run_inprocess
from warehouse.snapshot import verify

pytestmark = [pytest.mark.flow, pytest.mark.slow]

N_FILES = 20_000
N_DISTINCT = 3_000  # distinct articles to extract (NLP is ~10 ms CPU each)
N_UNSUPPORTED = 2_000  # .pdf / .csv / no extension: rejected at ingest
N_EMPTY = 500  # empty .txt: all the same (empty) bytes, rejected
N_BINARY = 500  # distinct binary garbage named .txt: rejected by decoding
N_DUPLICATES = N_FILES - N_DISTINCT - N_UNSUPPORTED - N_EMPTY - N_BINARY

CITIES = ["Moscow", "Kyiv", "Geneva", "Vienna", "Minsk", "Tbilisi", "Riga", "Warsaw"]


def _text(i: int) -> bytes:
    city = CITIES[i % len(CITIES)]
    return (
        f"Officials in {city} said on Tuesday that talks on item {i} would resume next week. "
        f"“We are ready,” a spokesman for the mayor of {city} told reporters.\n"
    ).encode()


def _build(raw: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for i in range(N_DISTINCT):
        files[f"d{i % 10}/e{i % 7}/f{i % 3}/art{i:05d}.txt"] = _text(i)
    for j in range(N_DUPLICATES):
        files[f"dups/g{j % 13}/h{j % 5}/copy{j:05d}.txt"] = _text(j % N_DISTINCT)
    for j in range(N_UNSUPPORTED):
        ext = (".pdf", ".csv", "", ".docx")[j % 4]
        files[f"misc/m{j % 9}/file{j:05d}{ext}"] = f"not an article {j}".encode()
    for j in range(N_EMPTY):
        files[f"empty/x{j % 4}/empty{j:04d}.txt"] = b""
    for j in range(N_BINARY):
        files[f"bin/b{j % 4}/blob{j:04d}.txt"] = (
            bytes(range(256)) + hashlib.sha256(str(j).encode()).digest() * 8
        )
    assert len(files) == N_FILES
    for rel, data in files.items():
        p = raw / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return files


def test_twenty_thousand_files_all_accounted_for(tmp_path: Path, prefect_api: str) -> None:
    st = State(tmp_path / "w")
    files = _build(st.raw)
    done = run_cli_subprocess(
        prefect_api,
        ["run", *st.args(), "--workers", "2", "--batch-size", "250"],
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    print(f"20,000 files: {done.seconds:.1f} s\n{done.stdout}")
    assert not done.stragglers
    snap = st.latest.resolve()
    assert verify(snap) == []
    log = pl.read_parquet(snap / "ingest_log.parquet")
    assert log.height == N_FILES
    assert sorted(log["source_path"].to_list()) == sorted(files)
    status = dict(zip(log["source_path"], log["status"], strict=True))
    counts = Counter(status.values())
    assert counts["loaded"] == N_DISTINCT, counts
    assert counts["duplicate"] == N_DUPLICATES, counts
    assert counts["rejected"] == N_UNSUPPORTED + N_EMPTY + N_BINARY, counts
    assert log.filter(pl.col("status") == "rejected")["reason"].null_count() == 0
    articles = pl.read_parquet(snap / "articles.parquet", columns=["article_id", "source_path"])
    assert articles.height == N_DISTINCT
    ids = set(articles["article_id"].to_list())
    assert set(log.filter(pl.col("status") != "rejected")["article_id"].to_list()) == ids
    # Each duplicate points at the article with its bytes.
    for rel, data in list(files.items())[N_DISTINCT : N_DISTINCT + 50]:
        assert status[rel] == "duplicate"
        row = log.filter(pl.col("source_path") == rel).row(0, named=True)
        assert row["article_id"] == hashlib.sha256(data).hexdigest()[:16]


def test_two_megabyte_single_line_article(tmp_path: Path, prefect_server: None) -> None:
    """Legal under the 5 MB limit: parsed in chunks below spaCy's max_length."""
    from transforms.nlp.load import MAX_CHUNK_CHARS, split_chunks

    filler = (
        "The committee reviewed the budget figures for the coming year and noted that the "
        "numbers had changed little since the spring. "
    )
    tail = (
        "“We will not accept these terms,” Kremlin spokesman Dmitry Peskov told reporters "
        "in Moscow on Tuesday. Foreign Minister Sergei Lavrov met Antony Blinken in Geneva. "
    )
    body = filler * (1_950_000 // len(filler)) + tail * 20
    assert "\n" not in body and 1_900_000 < len(body.encode()) < 2_100_000
    assert max(len(c) for c in split_chunks(body)) <= MAX_CHUNK_CHARS
    st = State(tmp_path / "w")
    st.raw.mkdir(parents=True)
    (st.raw / "long.txt").write_text(body, encoding="utf-8")

    summary = run_inprocess(st)
    assert summary["files"]["loaded"] == 1, summary
    snap = st.latest
    art = pl.read_parquet(snap / "articles.parquet")
    text = art["body_text"][0]
    late = len(text) - len(tail) * 20
    quotes = pl.read_parquet(snap / "quotes.parquet")
    mentions = pl.read_parquet(snap / "mentions.parquet")
    late_quotes = quotes.filter(pl.col("char_start") >= late)
    late_mentions = mentions.filter(pl.col("char_start") >= late)
    assert late_quotes.height >= 10, late_quotes
    assert late_mentions.height >= 20
    assert "person:dmitry-peskov" in set(late_mentions["entity_id"].to_list())
    for s, e, t in late_quotes.select("char_start", "char_end", "text").iter_rows():
        assert text[s:e] == t
