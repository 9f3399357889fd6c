"""Safety at flow level: nothing outside the raw root is read, HTML fetches nothing,
SQL never carries values in its text."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import polars as pl
import pytest

from contract.tables import TABLES
from tests.reliability.conftest import SEEDS, State, run_inprocess
from warehouse.checks import check_tables
from warehouse.snapshot import verify

pytestmark = pytest.mark.flow

# -- file access outside the raw root ---------------------------------------------------

_WATCH: dict[str, Any] = {"prefix": None, "seen": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    prefix = _WATCH["prefix"]
    if prefix is None or event not in ("open", "os.scandir", "os.listdir"):
        return
    target = args[0] if args else None
    if isinstance(target, bytes):
        target = os.fsdecode(target)
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    if isinstance(target, str) and os.path.abspath(target).startswith(prefix):
        _WATCH["seen"].append((event, target))


_HOOKED = False


@pytest.fixture()
def watch_outside(tmp_path: Path) -> Iterator[tuple[Path, list[tuple[str, str]]]]:
    """Every open()/directory listing under ``tmp_path/outside`` while the test runs."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)  # cannot be removed; inert while prefix is None
        _HOOKED = True
    outside = tmp_path / "outside"
    outside.mkdir()
    seen: list[tuple[str, str]] = []
    _WATCH["seen"] = seen
    yield outside, seen
    _WATCH["prefix"] = None


def test_nothing_outside_the_raw_root_is_read(
    tmp_path: Path, prefect_server: None, watch_outside: tuple[Path, list[tuple[str, str]]]
) -> None:
    outside, seen = watch_outside
    canary = "CANARYOUTSIDE"
    secret_text = f"{canary} Kremlin spokesman Dmitry Peskov said the talks would go on. " * 3
    (outside / "secret.txt").write_text(secret_text, encoding="utf-8")
    (outside / "secret.meta.json").write_text(json.dumps({"title": canary}), encoding="utf-8")
    (outside / "sub").mkdir()
    (outside / "sub" / "inner.txt").write_text(secret_text, encoding="utf-8")
    (outside / "manifest.csv").write_text(f"path,title\na.txt,{canary}\n", encoding="utf-8")

    st = State(tmp_path / "w")
    raw = st.raw
    raw.mkdir(parents=True)
    shutil.copy(SEEDS[0], raw / "a.txt")
    shutil.copy(SEEDS[1], raw / "b.txt")
    shutil.copy(SEEDS[2], raw / "c.txt")
    (raw / "escape.txt").symlink_to(outside / "secret.txt")
    (raw / "escape-rel.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    (raw / "linked-dir").symlink_to(outside / "sub", target_is_directory=True)
    (raw / "inside-link.txt").symlink_to(raw / "c.txt")  # stays inside: allowed
    (raw / "b.meta.json").symlink_to(outside / "secret.meta.json")  # sidecar leaving the root
    abs_secret = outside / "secret.txt"
    (raw / "manifest.csv").write_text(
        "path,url,outlet,published_date,title,authors\n"
        "../outside/secret.txt,,Evil,,Evil,\n"
        f"{abs_secret},,Evil,,Evil,\n"
        "sub/../../outside/secret.txt,,Evil,,Evil,\n"
        "a.txt,https://example.org/a,,2024-11-06,Manifest Title,A B\n",
        encoding="utf-8",
    )
    _WATCH["prefix"] = str(outside)
    summary = run_inprocess(st)
    _WATCH["prefix"] = None

    assert seen == [], f"read outside the raw root: {seen}"
    log = pl.read_parquet(st.latest / "ingest_log.parquet")
    status = dict(zip(log["source_path"], log["status"], strict=True))
    reason = dict(zip(log["source_path"], log["reason"], strict=True))
    assert sorted(status) == sorted(
        ["a.txt", "b.txt", "c.txt", "escape.txt", "escape-rel.txt", "linked-dir", "inside-link.txt"]
    )
    for p in ("escape.txt", "escape-rel.txt", "linked-dir"):
        assert status[p] == "rejected" and "not followed" in reason[p], (p, reason[p])
    assert status["b.txt"] == "rejected" and "sidecar" in reason["b.txt"]
    assert status["a.txt"] == "loaded"
    assert status["inside-link.txt"] in ("loaded", "duplicate")
    assert sum("not inside the raw folder" in w for w in summary["warnings"]) == 3
    articles = pl.read_parquet(st.latest / "articles.parquet")
    titles = dict(zip(articles["source_path"], articles["title"], strict=True))
    assert titles["a.txt"] == "Manifest Title"
    # Not a byte of the outside files reached the dataset or the warehouse.
    for t in TABLES:
        df = pl.read_parquet(st.latest / f"{t}.parquet")
        assert canary not in str(df.to_dicts()), t
    con = duckdb.connect(str(st.warehouse), read_only=True)
    try:
        payloads = con.execute("SELECT payload FROM _extraction_cache").fetchall()
    finally:
        con.close()
    assert not any(canary in p for (p,) in payloads)


# -- HTML parsing never touches the network --------------------------------------------


PAGE = """<!doctype html>
<html><head>
<title>Talks resume in Geneva</title>
<base href="http://canary-base.invalid/">
<meta http-equiv="refresh" content="0; url=http://canary-refresh.invalid/">
<link rel="stylesheet" href="http://canary-css.invalid/style.css">
<link rel="preload" href="https://canary-preload.invalid/font.woff2" as="font">
<link rel="canonical" href="https://news.example.org/talks">
<script src="http://canary-js.invalid/app.js"></script>
<script>fetch("http://canary-fetch.invalid/beacon")</script>
<style>@import url("http://canary-import.invalid/x.css"); body{background:url(http://canary-bg.invalid/b.png)}</style>
</head><body>
<article><h1>Talks resume in Geneva</h1>
<p>Diplomats met in Geneva on Monday to discuss a ceasefire, officials said, and
agreed to meet again next week.</p>
<img src="http://canary-img.invalid/photo.jpg" srcset="http://canary-srcset.invalid/2x.jpg 2x">
<p>“We made progress,” Kremlin spokesman Dmitry Peskov told reporters after the meeting.</p>
<iframe src="http://canary-frame.invalid/embed"></iframe>
<object data="http://canary-object.invalid/o.swf"></object>
<video src="http://canary-video.invalid/v.mp4" poster="http://canary-poster.invalid/p.jpg"></video>
<p>The next round is expected in December, a Foreign Ministry official said.</p>
</article></body></html>
"""


def test_html_is_parsed_without_any_network_access(
    tmp_path: Path, prefect_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = urlsplit(prefect_api)
    allowed = {(api.hostname, api.port)}
    tried: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def _ok(address: object) -> bool:
        return isinstance(address, tuple) and (address[0], address[1]) in allowed

    def connect(self: socket.socket, address: Any) -> None:
        if not _ok(address):
            tried.append(address)
            raise OSError("network access attempted during the run")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _ok(address):
            tried.append(address)
            raise OSError("network access attempted during the run")
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *a: Any, **kw: Any) -> Any:
        if host not in (api.hostname, "localhost", "127.0.0.1", "::1", None):
            tried.append(host)
            raise socket.gaierror("name resolution attempted during the run")
        return real_getaddrinfo(host, *a, **kw)

    st = State(tmp_path / "w")
    st.raw.mkdir(parents=True)
    (st.raw / "page.html").write_text(PAGE, encoding="utf-8")
    (st.raw / "page2.htm").write_text(PAGE.replace("Geneva", "Vienna"), encoding="utf-8")
    with monkeypatch.context() as mp:
        mp.setattr(socket.socket, "connect", connect)
        mp.setattr(socket.socket, "connect_ex", connect_ex)
        mp.setattr(socket, "getaddrinfo", getaddrinfo)
        summary = run_inprocess(st)
    assert tried == [], f"the run tried to reach {tried}"
    assert summary["files"]["loaded"] == 2, summary
    articles = pl.read_parquet(st.latest / "articles.parquet")
    assert set(articles["format"]) == {"html"}
    for body in articles["body_text"]:
        assert "We made progress" in body and "canary" not in body


# -- SQL with values is parameterized -------------------------------------------------


class _Recording:
    """A DuckDB connection that records every SQL text it is given."""

    def __init__(self, con: duckdb.DuckDBPyConnection, log: list[str]) -> None:
        self._con = con
        self._log = log

    def execute(self, query: str, *a: Any, **kw: Any) -> Any:
        self._log.append(query)
        return self._con.execute(query, *a, **kw)

    def sql(self, query: str, *a: Any, **kw: Any) -> Any:
        self._log.append(query)
        return self._con.sql(query, *a, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


MALICIOUS = [
    'x\'; DROP TABLE articles; --\n"q".txt',
    'O\'Brien "said"; DELETE FROM quotes WHERE 1=1;.txt',
    "robert'); DROP TABLE ingest_log;--.html",
    "semi;colon\r\nnew'line`back\\slash$(echo).txt",
]


def test_malicious_names_and_metadata_are_stored_as_data(
    tmp_path: Path, prefect_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = State(tmp_path / "w")
    st.raw.mkdir(parents=True)
    for i, name in enumerate(MALICIOUS):
        body = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8")
        if name.endswith(".html"):
            body = "<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>"
        (st.raw / name).write_text(body + f"\n{i}\n", encoding="utf-8")
    evil_meta = {
        "title": "'); DROP TABLE entities; --",
        "outlet": "Robert'); DELETE FROM sources; --",
        "authors": ["a'; DROP TABLE mentions; --"],
    }
    stem = MALICIOUS[0][: -len(".txt")]
    (st.raw / f"{stem}.meta.json").write_text(json.dumps(evil_meta), encoding="utf-8")

    log: list[str] = []
    real_connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **kw: _Recording(real_connect(*a, **kw), log))
    summary = run_inprocess(st)
    monkeypatch.undo()

    assert log, "no SQL was recorded; the recording proxy is not in use"
    fragments = [
        "'; DROP",
        "DROP TABLE entities",
        "DROP TABLE mentions",
        "DELETE FROM quotes WHERE",
        "DELETE FROM sources;",
        "O'Brien",
        "robert'",
        "$(echo)",
    ]
    leaked = [q for q in log if any(f.lower() in q.lower() for f in fragments)]
    assert leaked == [], f"values were spliced into SQL text: {leaked[:3]}"

    assert summary["files"]["loaded"] == len(MALICIOUS), summary
    assert verify(st.latest.resolve()) == []
    tables = {t: pl.read_parquet(st.latest / f"{t}.parquet") for t in TABLES}
    assert check_tables(tables) == []
    assert sorted(tables["ingest_log"]["source_path"]) == sorted(MALICIOUS)
    assert sorted(tables["articles"]["source_path"]) == sorted(MALICIOUS)
    first = tables["articles"].filter(pl.col("source_path") == MALICIOUS[0]).row(0, named=True)
    assert first["title"] == evil_meta["title"]
    con = duckdb.connect(str(st.warehouse), read_only=True)
    try:
        names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert set(TABLES) <= names
        for t in TABLES:
            n = con.execute(f'SELECT count(*) FROM "{t}"').fetchone()
            assert n is not None and n[0] == tables[t].height, t
    finally:
        con.close()
