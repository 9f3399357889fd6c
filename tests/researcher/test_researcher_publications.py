"""Dataset card, report.html (rendered in headless Chromium), the notebook, and
Parquet readability, all on the real seeds snapshot."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from contract.tables import TABLES, empty
from tests.researcher.conftest import Build, in_ci
from warehouse.card import build_card
from warehouse.extras import ddl_comments, snapshot_extras
from warehouse.report import CHARTS, build_report
from warehouse.snapshot import SnapshotInputs, arrow_schema, publish, read_manifest, verify

pytestmark = pytest.mark.flow

REPO = Path(__file__).resolve().parents[2]
CHART_IDS = [c[0] for c in CHARTS]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def extras(seeds_build: Build) -> dict[str, bytes]:
    return snapshot_extras(read_manifest(seeds_build.snapshot), seeds_build.snapshot)


@pytest.fixture(scope="module")
def published_with_extras(seeds_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds tables published again through publish() with the extras callback,
    exactly as the flow will once it passes ``extras=snapshot_extras``."""
    snap = seeds_build.snapshot
    manifest = read_manifest(snap)
    tables = {t: pq.read_table(snap / f"{t}.parquet") for t in TABLES}
    inputs = SnapshotInputs(
        tables=tables,
        column_types={
            t: [(c["name"], c["type"]) for c in manifest["tables"][t]["columns"]] for t in TABLES
        },
        schema_version=manifest["schema_version"],
        package_version=manifest["package_version"],
        extractor_version=manifest["extractor_version"],
        inputs=manifest["inputs"],
        extras=snapshot_extras,
    )
    processed = tmp_path_factory.mktemp("with-extras") / "processed"
    result = publish(processed, inputs)
    assert result.path is not None
    return result.path


# -- dataset card -----------------------------------------------------------------


def test_card_is_generated_from_the_ddl_and_manifest(
    extras: dict[str, bytes], seeds_build: Build
) -> None:
    card = extras["README.md"].decode("utf-8")
    manifest = read_manifest(seeds_build.snapshot)
    comments = ddl_comments()
    assert set(comments) == set(TABLES)
    for table, (table_comment, cols) in comments.items():
        assert f"### {table}" in card
        assert table_comment.replace("<", "&lt;").replace(">", "&gt;") in card
        rows = manifest["tables"][table]["rows"]
        assert f"| [`{table}`](#{table}) | {rows} |" in card
        for col, comment in cols.items():
            assert comment, f"{table}.{col} has no COMMENT in the DDL"
            escaped = comment.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            assert f"| `{col}` |" in card and escaped in card, (table, col)
    for key in (
        "version",
        "content_hash",
        "schema_version",
        "package_version",
        "extractor_version",
    ):
        assert str(manifest[key]) in card, key
    assert str(manifest["inputs"]["sha256"]) in card
    assert "none (first snapshot)" in card or str(manifest["parent"]) in card
    for loader in ("import polars as pl", "import pandas as pd", "FROM 'quotes.parquet'"):
        assert loader in card
    citation = next(ln for ln in card.splitlines() if ln.startswith("> newsfacts contributors"))
    assert manifest["version"] in citation and manifest["content_hash"] in citation


def test_card_uses_the_comments_it_is_given(seeds_build: Build) -> None:
    manifest = read_manifest(seeds_build.snapshot)
    comments = ddl_comments()
    comments["quotes"] = ("QUOTES-TABLE-MARKER", {"text": "TEXT-COLUMN-MARKER"})
    card = build_card(manifest, seeds_build.snapshot, comments=comments).decode()
    assert "QUOTES-TABLE-MARKER" in card and "TEXT-COLUMN-MARKER" in card


def test_extras_are_deterministic(extras: dict[str, bytes], seeds_build: Build) -> None:
    again = snapshot_extras(read_manifest(seeds_build.snapshot), seeds_build.snapshot)
    assert set(again) == {"README.md", "report.html"}
    assert again == extras


# -- report --------------------------------------------------------------------------


def test_report_warm_up_changes_nothing_in_the_report(
    extras: dict[str, bytes], seeds_build: Build
) -> None:
    """``newsfacts run`` warms matplotlib up early (report.warm_up); the page is the same."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from warehouse.report import warm_up\n"
        "from warehouse.extras import snapshot_extras\n"
        "from warehouse.snapshot import read_manifest\n"
        "warm_up()\n"
        "snap = Path(sys.argv[1])\n"
        "sys.stdout.buffer.write(snapshot_extras(read_manifest(snap), snap)['report.html'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(seeds_build.snapshot)],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout
    assert out == extras["report.html"]


def test_report_is_self_contained_with_every_chart(extras: dict[str, bytes]) -> None:
    page = extras["report.html"].decode("utf-8")
    for cid in CHART_IDS:
        assert f'<figure class="chart" id="{cid}">' in page, cid
    low = page.lower()
    assert "<script" not in low and "<link" not in low and "@import" not in low
    assert "src=" not in low  # no external (or embedded raster) resources
    external = {u for u in _urls(page) if not u.startswith("http://www.w3.org/")}
    assert not external, external
    # Ids prefixed per chart: unique across the page.
    ids = [seg.split('"', 1)[0] for seg in page.split(' id="')[1:]]
    assert len(ids) == len(set(ids))


def _urls(text: str) -> set[str]:
    out = set()
    for scheme in ("http://", "https://"):
        for part in text.split(scheme)[1:]:
            out.add(scheme + part.split('"', 1)[0].split(" ", 1)[0].split("'", 1)[0])
    return out


def _empty_snapshot(tmp_path: Path) -> tuple[dict[str, Any], Path]:
    for t in TABLES:
        table = empty(t).to_arrow().cast(arrow_schema(t))
        pq.write_table(table, tmp_path / f"{t}.parquet")
    manifest = {
        "version": "20000101T000000Z-00000000",
        "tables": {t: {"file": f"{t}.parquet", "rows": 0, "columns": []} for t in TABLES},
        "content_hash": "0" * 64,
        "inputs": {"files": 0, "sha256": "0" * 64},
        "parent": None,
    }
    return manifest, tmp_path


def test_empty_tables_give_no_data_notes_not_crashes(tmp_path: Path) -> None:
    manifest, table_dir = _empty_snapshot(tmp_path)
    out = snapshot_extras(manifest, table_dir)
    page = out["report.html"].decode()
    for cid in CHART_IDS:
        assert f'<figure class="chart no-data-chart" id="{cid}">' in page
    assert page.count("No data for this chart") == len(CHART_IDS)
    assert "<svg" not in page
    assert "no articles in this snapshot" in out["README.md"].decode()


def test_publish_with_extras_checksums_them_and_verify_catches_damage(
    published_with_extras: Path,
) -> None:
    snap = published_with_extras
    manifest = read_manifest(snap)
    assert set(manifest["files"]) == {"README.md", "report.html"}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((snap / name).read_bytes()).hexdigest() == digest
    assert verify(snap) == []
    from newsfacts.cli import main

    processed = snap.parent.parent
    ok = CliRunner().invoke(main, ["verify", "--processed", str(processed)])
    assert ok.exit_code == 0, ok.output
    damaged = snap.parent.parent.parent / "damaged"
    shutil.copytree(processed, damaged, symlinks=True)
    report = damaged / "snapshots" / snap.name / "report.html"
    data = bytearray(report.read_bytes())
    data[len(data) // 2] ^= 0x01
    report.write_bytes(bytes(data))
    bad = CliRunner().invoke(main, ["verify", snap.name, "--processed", str(damaged)])
    assert bad.exit_code != 0
    assert "report.html: sha256 differs from manifest" in bad.stdout


# -- the report in a real browser ------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    if in_ci():
        pytest.fail("CI=true but Debian's chromium is not installed (.ci/run installs it)")
    pytest.skip(
        "chromium not installed (apt-get install chromium); the report render check needs it"
    )


class _ChartScan(HTMLParser):
    """Per chart figure: number of <svg> and of <path> elements with drawing data."""

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None
        self.depth = 0
        self.found: dict[str, dict[str, int]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "figure" and "chart" in (a.get("class") or "").split():
            self.current = a.get("id") or "?"
            self.depth = 0
            self.found[self.current] = {"svg": 0, "path": 0, "text": 0}
        if self.current is None:
            return
        if tag == "figure":
            self.depth += 1
        if tag == "svg":
            self.found[self.current]["svg"] += 1
        if tag == "path" and (a.get("d") or "").strip():
            self.found[self.current]["path"] += 1
        if tag == "text":
            self.found[self.current]["text"] += 1

    def handle_endtag(self, tag: str) -> None:
        if self.current is not None and tag == "figure":
            self.depth -= 1
            if self.depth == 0:
                self.current = None


def test_report_renders_every_chart_in_headless_chromium(
    published_with_extras: Path, tmp_path: Path
) -> None:
    chromium = _chromium()
    report = published_with_extras / "report.html"
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*base, "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    scan = _ChartScan()
    scan.feed(dom)
    assert sorted(scan.found) == sorted(CHART_IDS), scan.found
    for cid, counts in scan.found.items():
        assert counts["svg"] >= 1, (cid, counts)
        assert counts["path"] >= 3, (cid, counts)  # bars/cells plus axes, not an empty frame
        assert counts["text"] >= 1, (cid, counts)  # axis labels survived as text
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            *base,
            "--hide-scrollbars",
            "--window-size=1100,4000",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    keep = os.environ.get("NEWSFACTS_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


# -- notebook ---------------------------------------------------------------------------


def test_committed_notebook_has_no_outputs() -> None:
    nb = json.loads((REPO / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)


def test_notebook_executes_against_the_seeds_snapshot(
    seeds_build: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("NEWSFACTS_SNAPSHOT", str(seeds_build.snapshot))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(REPO / "notebooks" / "explore.ipynb", as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(REPO / "notebooks")}},
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2
    text = "".join(str(o.get("text", "")) for o in outputs)
    assert read_manifest(seeds_build.snapshot)["version"] in text


# -- Parquet readers ----------------------------------------------------------------------


def test_snapshot_parquet_is_readable_everywhere(seeds_build: Build) -> None:
    import duckdb
    import pandas as pd
    import polars as pl

    snap = seeds_build.snapshot
    manifest = read_manifest(snap)
    con = duckdb.connect()
    for t, info in manifest["tables"].items():
        path = snap / info["file"]
        rows = info["rows"]
        arrow = pq.read_table(path)
        assert arrow.num_rows == rows
        # Plain types only: no large/view strings a older reader would choke on.
        for field in arrow.schema:
            assert not pa.types.is_large_string(field.type), (t, field)
        assert len(pd.read_parquet(path)) == rows
        assert pl.read_parquet(path).height == rows
        assert con.read_parquet(str(path)).aggregate("count(*)").fetchall()[0][0] == rows
    con.close()


OLD_DUCKDB_SCRIPT = """
import json, sys
import duckdb
out = {"version": duckdb.__version__, "rows": {}}
for path in sys.argv[1:]:
    rel = duckdb.read_parquet(path)
    out["rows"][path] = rel.aggregate("count(*)").fetchall()[0][0]
    rel.limit(5).fetchall()  # decode values too, not just metadata
print(json.dumps(out))
"""


def test_snapshot_parquet_is_readable_by_duckdb_1x(seeds_build: Build) -> None:
    uv = os.environ.get("UV") or shutil.which("uv") or str(REPO / ".tools" / "bin" / "uv")
    if not Path(uv).exists():
        pytest.skip("uv not found: cannot make a DuckDB 1.x environment")
    manifest = read_manifest(seeds_build.snapshot)
    paths = [str(seeds_build.snapshot / info["file"]) for info in manifest["tables"].values()]
    base = [uv, "run", "--no-project", "--quiet", "--python", sys.executable, "--with", "duckdb<2"]
    attempts = []
    # Offline first (the uv cache is enough once fetched), then with the network.
    for extra in (["--offline"], []):
        proc = subprocess.run(
            [*base, *extra, "python", "-c", OLD_DUCKDB_SCRIPT, *paths],
            capture_output=True,
            text=True,
            timeout=300,
            cwd="/",
        )
        if proc.returncode == 0:
            break
        attempts.append(proc.stderr.strip().splitlines()[-1:] or ["?"])
    else:
        pytest.skip(f"DuckDB 1.x not installable here (no cache, no network): {attempts}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["version"].startswith(("0.", "1.")), out
    assert out["rows"] == {
        str(seeds_build.snapshot / info["file"]): info["rows"]
        for info in manifest["tables"].values()
    }


def test_report_and_card_escape_odd_names(tmp_path: Path) -> None:
    """Names come from news text: markup, dollar signs and pipes stay inert."""
    import datetime as dt

    from contract.tables import frame

    odd = "Fund $5bn & <script>alert(1)</script> | Co"
    manifest, table_dir = _empty_snapshot(tmp_path)
    art: dict[str, object] = dict.fromkeys(arrow_schema("articles").names)
    art.update(
        article_id="a" * 16,
        source_path="x.txt",
        content_sha256="0" * 64,
        size_bytes=1,
        encoding="utf-8",
        format="text",
        authors=[],
        outlet=odd,
        published_date=dt.date(2024, 11, 6),
        language="en",
        language_confidence=1.0,
        body_text="“Yes,” he said.",
        n_words=3,
        n_boilerplate_lines=0,
    )
    src: dict[str, object] = dict.fromkeys(arrow_schema("sources").names)
    src.update(
        source_id="a" * 16 + ":s1",
        article_id="a" * 16,
        kind="anonymous",
        description=odd,
        anonymous=True,
        n_quotes=1,
    )
    quote: dict[str, object] = dict.fromkeys(arrow_schema("quotes").names)
    quote.update(
        quote_id="a" * 16 + ":q1",
        article_id="a" * 16,
        text="Yes,",
        kind="full",
        char_start=1,
        char_end=5,
        source_id="a" * 16 + ":s1",
    )
    for name, row in (("articles", art), ("sources", src), ("quotes", quote)):
        pq.write_table(
            frame(name, [row]).to_arrow().cast(arrow_schema(name)), table_dir / f"{name}.parquet"
        )
    page = build_report(manifest, table_dir).decode()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert '<figure class="chart" id="chart-quotes-per-outlet">' in page
    assert '<figure class="chart" id="chart-top-sources">' in page


def test_languages_and_both_anonymous_shares(tmp_path: Path) -> None:
    """Per-language counts (card and report) and the anonymous share of direct
    quotes beside that of all attributions, on a two-language snapshot."""
    import datetime as dt

    from contract.tables import frame
    from warehouse.report import snapshot_connection

    manifest, table_dir = _empty_snapshot(tmp_path)
    rows: dict[str, list[dict[str, object]]] = {"articles": [], "sources": [], "quotes": []}
    for aid, lang in (("a" * 16, "en"), ("b" * 16, "ru")):
        art: dict[str, object] = dict.fromkeys(arrow_schema("articles").names)
        art.update(
            article_id=aid,
            source_path=f"{lang}.txt",
            content_sha256="0" * 64,
            size_bytes=1,
            encoding="utf-8",
            format="text",
            authors=[],
            outlet="Outlet",
            published_date=dt.date(2024, 11, 6),
            language=lang,
            language_confidence=1.0,
            body_text="x" * 40,
            n_words=1,
            n_boilerplate_lines=0,
        )
        rows["articles"].append(art)

    def source(sid: str, anonymous: bool) -> None:
        src: dict[str, object] = dict.fromkeys(arrow_schema("sources").names)
        kind = "anonymous" if anonymous else "person"
        src.update(source_id=sid, article_id=sid[:16], kind=kind, anonymous=anonymous, n_quotes=1)
        rows["sources"].append(src)

    def quote(qid: str, kind: str, sid: str, start: int) -> None:
        q: dict[str, object] = dict.fromkeys(arrow_schema("quotes").names)
        q.update(
            quote_id=qid,
            article_id=qid[:16],
            text="x",
            kind=kind,
            char_start=start,
            char_end=start + 1,
            source_id=sid,
        )
        rows["quotes"].append(q)

    a, b = "a" * 16, "b" * 16
    source(f"{a}:s1", anonymous=True)
    source(f"{a}:s2", anonymous=False)
    source(f"{b}:s1", anonymous=True)
    quote(f"{a}:q1", "full", f"{a}:s2", 1)  # named, direct
    quote(f"{a}:q2", "indirect", f"{a}:s1", 5)  # anonymous, reported
    quote(f"{b}:q1", "full", f"{b}:s1", 1)  # anonymous, direct, Russian
    for name, data in rows.items():
        pq.write_table(
            frame(name, data).to_arrow().cast(arrow_schema(name)), table_dir / f"{name}.parquet"
        )
    con = snapshot_connection(table_dir)
    try:
        langs = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT language, n_articles, n_quotes, n_reported, n_sources FROM v_languages"
            ).fetchall()
        }
        share = con.execute(
            "SELECT n_quotes, n_attributed_quotes, n_anonymous_quotes, anonymous_share, "
            "n_attributions, n_attributed, n_anonymous, anonymous_share_all "
            "FROM v_anonymous_share WHERE outlet = 'all' AND month = '2024-11'"
        ).fetchall()
        lang_col = con.execute(
            "SELECT quote_id, language FROM v_quotes ORDER BY quote_id"
        ).fetchall()
    finally:
        con.close()
    assert langs == {"en": (1, 1, 1, 2), "ru": (1, 1, 0, 1)}
    assert share == [(2, 2, 1, 0.5, 3, 3, 2, pytest.approx(2 / 3))]
    assert [lang for _, lang in lang_col] == ["en", "en", "ru"]
    card = build_card(manifest, table_dir, comments=ddl_comments()).decode()
    assert "| `en` | 1 | 1 | 1 | 2 |" in card and "| `ru` | 1 | 1 | 0 | 1 |" in card
    page = build_report(manifest, table_dir).decode()
    assert "Per language" in page and "<code>ru</code>" in page
    assert '<figure class="chart" id="chart-anonymous-share-by-month">' in page
