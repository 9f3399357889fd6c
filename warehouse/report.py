"""``report.html`` of a snapshot: charts a researcher looks at first.

The page is self-contained (inline CSS, charts as inline SVG drawn by
matplotlib, no scripts, no web fonts) so it opens offline from the snapshot
folder. The figures come from the researcher views of ``sql/100_views.sql``
run over the snapshot's own Parquet files, so report and warehouse agree.

Output is deterministic for the same tables and manifest: SVG ids are derived
from a fixed salt and the chart name, and no timestamps are written.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from contract.tables import TABLES

if TYPE_CHECKING:
    # matplotlib takes seconds to import; only build_report pays for it.
    from matplotlib.figure import Figure

VIEWS_SQL = Path(__file__).parent / "sql" / "100_views.sql"

# Colours readable for colour-blind readers (Okabe-Ito).
ANON = "#D55E00"
NAMED = "#0072B2"
UNATTRIBUTED = "#BBBBBB"
EVENTS = "#009E73"
REPORTED = "#E69F00"

TOP_RELAYED = 10
TOP_SOURCES = 15
TOP_ENTITIES = 12


def snapshot_connection(table_dir: Path) -> duckdb.DuckDBPyConnection:
    """In-memory DuckDB with one view per snapshot table and the researcher views.

    Tables are attached through relations (``read_parquet``), so no file path
    is ever spliced into SQL text.
    """
    con = duckdb.connect()
    for name in TABLES:
        con.read_parquet(str(table_dir / f"{name}.parquet")).create_view(name)
    con.execute(VIEWS_SQL.read_text(encoding="utf-8"))
    return con


def _rows(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()
) -> list[tuple[Any, ...]]:
    return con.execute(sql, list(params)).fetchall()


# -- charts ---------------------------------------------------------------------


def _svg(fig: Figure, chart_id: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    # Drop the XML prolog and doctype: the SVG is embedded in HTML.
    text = text[text.index("<svg") :]
    # The RDF <metadata> block only names matplotlib; dropping it keeps the page
    # free of any URL but the SVG namespaces.
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    # Several SVGs share one HTML document, and matplotlib reuses ids such as
    # "patch_1" in each; prefix them so every id on the page is unique.
    prefix = f"{chart_id}-"
    text = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m.group(1)})", text)
    text = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m.group(1)}"', text)
    return text


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    # Figure() directly, not pyplot: no global backend state, safe in workers.
    return Figure(figsize=(width, height), dpi=100)


def _quotes_per_outlet(con: duckdb.DuckDBPyConnection) -> Figure | None:
    rows = _rows(
        con,
        "SELECT outlet, n_quotes, n_attributed_quotes, n_anonymous_quotes, anonymous_share "
        "FROM v_anonymous_share WHERE month = ? AND outlet <> ? AND n_quotes > 0 "
        "ORDER BY n_quotes, outlet DESC",
        ["all", "all"],
    )
    if not rows:
        return None
    outlets = [str(r[0]) for r in rows]
    anon = [int(r[3]) for r in rows]
    named = [int(r[2]) - int(r[3]) for r in rows]
    unattributed = [int(r[1]) - int(r[2]) for r in rows]
    fig = _new_figure(7.5, 0.5 * len(rows) + 1.4)
    ax = fig.add_subplot()
    ys = list(range(len(rows)))
    ax.barh(ys, anon, color=ANON, label="anonymous source")
    ax.barh(ys, named, left=anon, color=NAMED, label="named source")
    left2 = [a + n for a, n in zip(anon, named, strict=True)]
    ax.barh(ys, unattributed, left=left2, color=UNATTRIBUTED, label="unattributed")
    for y, r in zip(ys, rows, strict=True):
        share = "n/a" if r[4] is None else f"{100 * float(r[4]):.0f}% anonymous"
        ax.text(int(r[1]) + 0.3, y, share, va="center", fontsize=8)
    ax.set_yticks(ys, outlets)
    ax.set_xlabel("quotes")
    ax.set_xlim(0, max(int(r[1]) for r in rows) * 1.35 + 1)
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    return fig


def _anonymous_share_by_month(con: duckdb.DuckDBPyConnection) -> Figure | None:
    # Both measures side by side: anonymous sourcing is mostly reported speech,
    # so the share among direct quotes alone understates it.
    rows = _rows(
        con,
        "SELECT month, anonymous_share, n_attributed_quotes, anonymous_share_all, n_attributed "
        "FROM v_anonymous_share WHERE outlet = ? AND month <> ? AND n_attributed > 0 ORDER BY month",
        ["all", "all"],
    )
    if not rows:
        return None
    fig = _new_figure(max(7.5, 0.9 * len(rows) + 2), 2.8)
    ax = fig.add_subplot()
    width = 0.4
    for shift, share_i, n_i, colour, label in (
        (-width / 2, 1, 2, ANON, "direct quotes"),
        (width / 2, 3, 4, REPORTED, "all attributions (direct + reported)"),
    ):
        xs = [x + shift for x in range(len(rows))]
        shares = [0.0 if r[share_i] is None else float(r[share_i]) for r in rows]
        ax.bar(xs, shares, width=width, color=colour, label=label)
        for x, r, v in zip(xs, rows, shares, strict=True):
            ax.text(x, v + 0.02, f"n={r[n_i]}", ha="center", fontsize=7)
    ax.set_xticks(list(range(len(rows))), [str(r[0]) for r in rows])
    ax.set_ylim(0, 1.2)
    ax.set_ylabel("share from anonymous sources")
    ax.legend(loc="upper left", frameon=False, fontsize=8, ncols=2)
    return fig


LANGUAGE_COLUMNS = (
    ("n_articles", "articles"),
    ("n_quotes", "direct quotes"),
    ("n_reported", "reported speech"),
    ("n_sources", "sources"),
    ("n_mentions", "entity mentions"),
    ("n_entities", "entities"),
    ("n_time_expressions", "time expressions"),
    ("n_events", "events"),
)


def language_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    """Rows of ``v_languages`` (language first, then ``LANGUAGE_COLUMNS``), most articles first."""
    cols = ", ".join(c for c, _ in LANGUAGE_COLUMNS)
    return _rows(
        con, f"SELECT language, {cols} FROM v_languages ORDER BY n_articles DESC, language"
    )


def _events_over_time(con: duckdb.DuckDBPyConnection) -> Figure | None:
    rows = _rows(
        con,
        "SELECT strftime(date, '%Y-%m') AS month, count(*) FILTER (WHERE modality IN (?, ?)), "
        "count(*) FROM v_timeline GROUP BY 1 ORDER BY 1",
        ["asserted", "reported"],
    )
    if not rows:
        return None
    months = [str(r[0]) for r in rows]
    factual = [int(r[1]) for r in rows]
    other = [int(r[2]) - int(r[1]) for r in rows]
    fig = _new_figure(max(5.0, 0.45 * len(rows) + 2), 3.0)
    ax = fig.add_subplot()
    xs = list(range(len(rows)))
    ax.bar(xs, factual, color=EVENTS, label="asserted or reported")
    ax.bar(xs, other, bottom=factual, color=UNATTRIBUTED, label="expected, hypothetical or negated")
    # A categorical axis: far-off dates (history, extraction slips) do not squash the rest.
    ax.set_xticks(xs, months, rotation=60, ha="right")
    ax.set_ylabel("dated events")
    ax.legend(frameon=False, fontsize=8)
    return fig


def _top_sources(con: duckdb.DuckDBPyConnection) -> Figure | None:
    rows = _rows(
        con,
        "SELECT source_label, bool_or(source_anonymous) AS anonymous, count(*) AS n "
        "FROM v_quotes WHERE source_label IS NOT NULL "
        "GROUP BY source_label ORDER BY n DESC, source_label LIMIT ?",
        [TOP_SOURCES],
    )
    if not rows:
        return None
    rows = list(reversed(rows))
    fig = _new_figure(7.5, 0.32 * len(rows) + 1.2)
    ax = fig.add_subplot()
    ys = list(range(len(rows)))
    colours = [ANON if r[1] else NAMED for r in rows]
    ax.barh(ys, [int(r[2]) for r in rows], color=colours)
    labels = [_shorten(str(r[0]), 48) + (" (anonymous)" if r[1] else "") for r in rows]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlabel("quotes (named sources by name, anonymous ones by description)")
    return fig


def _relayed_statements(con: duckdb.DuckDBPyConnection) -> Figure | None:
    rows = _rows(
        con,
        "SELECT utterance_id, coalesce(any_value(speaker), 'unattributed') AS speaker, "
        "any_value(utterance_text) AS text, count(*) AS n_articles, "
        "count(DISTINCT outlet) AS n_outlets, count(DISTINCT language) AS n_languages, "
        "max(delay_days) AS days "
        "FROM v_quote_provenance WHERE n_articles > 1 GROUP BY utterance_id "
        "ORDER BY n_articles DESC, n_outlets DESC, utterance_id LIMIT ?",
        [TOP_RELAYED],
    )
    if not rows:
        return None
    rows = list(reversed(rows))
    fig = _new_figure(7.5, 0.4 * len(rows) + 1.2)
    ax = fig.add_subplot()
    ys = list(range(len(rows)))
    ax.barh(ys, [int(r[3]) for r in rows], color=NAMED)
    for y, r in zip(ys, rows, strict=True):
        span = "?" if r[6] is None else str(int(r[6]))
        ax.text(
            int(r[3]),
            y,
            f"  {int(r[4])} outlets, {int(r[5])} languages, over {span} days",
            va="center",
            fontsize=7,
        )
    labels = [_shorten(f"{r[1]}: {r[2]}", 60) for r in rows]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlabel("articles reporting the statement")
    ax.margins(x=0.45)
    return fig


def _entity_cooccurrence(con: duckdb.DuckDBPyConnection) -> Figure | None:
    # Rank entities by how many pairs-articles they take part in, then by id;
    # in SQL, because the number of pairs grows with the corpus.
    ranked = _rows(
        con,
        """
        WITH p AS (SELECT * FROM v_entity_cooccurrence)
        SELECT e, any_value(name) FROM (
            SELECT entity_a AS e, name_a AS name, n_articles AS n FROM p
            UNION ALL SELECT entity_b, name_b, n_articles FROM p
        ) GROUP BY e ORDER BY sum(n) DESC, e LIMIT ?
        """,
        [TOP_ENTITIES],
    )
    if not ranked:
        return None
    top = [str(e) for e, _ in ranked]
    names = {str(e): str(n) for e, n in ranked}
    pairs = _rows(
        con,
        "SELECT entity_a, entity_b, n_articles FROM v_entity_cooccurrence "
        "WHERE list_contains(?, entity_a) AND list_contains(?, entity_b)",
        [top, top],
    )
    index = {e: i for i, e in enumerate(top)}
    size = len(top)
    grid = [[0] * size for _ in range(size)]
    for a, b, n in pairs:
        if a in index and b in index:
            grid[index[a]][index[b]] = grid[index[b]][index[a]] = int(n)
    fig = _new_figure(0.5 * size + 3.2, 0.5 * size + 2.2)
    ax = fig.add_subplot()
    # pcolormesh, not imshow: cells become vector paths instead of an embedded PNG.
    mesh = ax.pcolormesh(grid, cmap="Blues", edgecolors="white", linewidth=0.5)
    peak = max((v for row in grid for v in row), default=0)
    for i in range(size):
        for j in range(size):
            if grid[i][j]:
                dark = grid[i][j] > peak * 0.6
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    str(grid[i][j]),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else "black",
                )
    labels = [_shorten(names[e], 28) for e in top]
    ticks = [i + 0.5 for i in range(size)]
    ax.set_xticks(ticks, labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(ticks, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_aspect("equal")
    fig.colorbar(mesh, ax=ax, shrink=0.7, label="articles naming both")
    return fig


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


CHARTS: list[tuple[str, str, str, Callable[[duckdb.DuckDBPyConnection], Figure | None]]] = [
    (
        "chart-quotes-per-outlet",
        "Quotes per outlet, by kind of source",
        "Bars: quotes by anonymous, named and unattributed sources; label: share of attributed "
        "quotes that are anonymous (view v_anonymous_share, month = 'all').",
        _quotes_per_outlet,
    ),
    (
        "chart-anonymous-share-by-month",
        "Anonymous share by publication month",
        "Share from anonymous sources, all outlets, among attributed direct quotes and among all "
        "attributions including reported speech (view v_anonymous_share, outlet = 'all': "
        "anonymous_share and anonymous_share_all); n = attributed rows.",
        _anonymous_share_by_month,
    ),
    (
        "chart-events-over-time",
        "Events over time",
        "Dated events per month of the event date (view v_timeline).",
        _events_over_time,
    ),
    (
        "chart-top-sources",
        f"Most-quoted sources (top {TOP_SOURCES})",
        "Quotes per source label across the corpus (view v_quotes); anonymous sources are grouped "
        "by their description.",
        _top_sources,
    ),
    (
        "chart-relayed-statements",
        f"Most relayed statements (top {TOP_RELAYED})",
        "Statements reported by more than one article: articles, outlets and languages that "
        "relayed them and the days from the first report to the last (view v_quote_provenance).",
        _relayed_statements,
    ),
    (
        "chart-entity-cooccurrence",
        f"Entity co-occurrence (top {TOP_ENTITIES} people and organizations)",
        "Number of articles naming both entities (view v_entity_cooccurrence).",
        _entity_cooccurrence,
    ),
]


# -- page -----------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:64rem;
margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem}
.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
th,td{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
figure.chart{margin:1.5rem 0;padding:.5rem 0;border-top:1px solid #eee}
figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#444}figcaption b{display:block;font-size:1rem;color:#222}
.no-data{color:#a00;font-style:italic}
code{font-size:.85em}
"""


def _figure_html(chart_id: str, title: str, caption: str, fig: Figure | None) -> str:
    cap = f"<figcaption><b>{html.escape(title)}</b>{html.escape(caption)}</figcaption>"
    if fig is None:
        return (
            f'<figure class="chart no-data-chart" id="{chart_id}">{cap}'
            '<p class="no-data">No data for this chart in this snapshot.</p></figure>'
        )
    return f'<figure class="chart" id="{chart_id}">{cap}{_svg(fig, chart_id)}</figure>'


def _citation_rows(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    return _rows(
        con,
        "SELECT citing_outlet, via, cited, cited_kind, n_quotes FROM v_source_citations "
        "WHERE via IS NOT NULL ORDER BY citing_outlet, via, n_quotes DESC, cited LIMIT ?",
        [40],
    )


def _rc_context() -> AbstractContextManager[None]:
    import matplotlib as mpl

    return mpl.rc_context(
        {
            # Text stays text in the SVG: smaller, searchable, selectable.
            "svg.fonttype": "none",
            # Fixed salt: matplotlib otherwise derives SVG ids from random state.
            "svg.hashsalt": "newsfacts-report",
            # Labels are data ("$5bn fund"): never parse them as mathtext.
            "text.parse_math": False,
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )


def warm_up() -> None:
    """Pay matplotlib's one-time costs now: imports, font lookup, the SVG backend.

    About half of a first ``build_report`` (0.5 of 1.15 s on a 1,000-article
    snapshot); ``newsfacts run`` calls this while its Prefect server boots
    when the run will likely publish. Draws nothing anyone sees.
    """
    with _rc_context():
        fig = _new_figure(2.0, 1.0)
        ax = fig.add_subplot()
        ax.barh([0, 1], [1, 2], label="warm")
        ax.set_yticks([0, 1], ["a", "b"])
        ax.set_xlabel("x")
        ax.text(1, 0, "t", fontsize=8)
        ax.legend(frameon=False, fontsize=8)
        _svg(fig, "warm")


def build_report(manifest: dict[str, Any], table_dir: Path) -> bytes:
    """The snapshot's ``report.html`` as UTF-8 bytes."""
    con = snapshot_connection(table_dir)
    try:
        with _rc_context():
            figures = [
                _figure_html(cid, title, caption, make(con)) for cid, title, caption, make in CHARTS
            ]
        chains = _citation_rows(con)
        languages = language_counts(con)
    finally:
        con.close()
    esc = html.escape
    version = str(manifest.get("version", "unversioned"))
    tables = manifest.get("tables", {})
    counts = "".join(
        f'<tr><td><code>{esc(str(t))}</code></td><td class="num">{int(v.get("rows", 0))}</td></tr>'
        for t, v in tables.items()
    )
    inputs = manifest.get("inputs") or {}
    language_html = (
        "<table><tr><th>language</th>"
        + "".join(f"<th>{esc(label)}</th>" for _, label in LANGUAGE_COLUMNS)
        + "</tr>"
        + "".join(
            f"<tr><td><code>{esc(str(r[0]))}</code></td>"
            + "".join(f'<td class="num">{int(v)}</td>' for v in r[1:])
            + "</tr>"
            for r in languages
        )
        + "</table>"
    )
    chain_html = (
        "<table><tr><th>outlet</th><th>relayed via</th><th>cited source</th><th>kind</th>"
        "<th>quotes</th></tr>"
        + "".join(
            f"<tr><td>{esc(str(a))}</td><td>{esc(str(b))}</td><td>{esc(str(c))}</td>"
            f'<td>{esc(str(d))}</td><td class="num">{int(e)}</td></tr>'
            for a, b, c, d, e in chains
        )
        + "</table>"
        if chains
        else '<p class="no-data">No second-hand citations in this snapshot.</p>'
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsfacts report {esc(version)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>newsfacts dataset report</h1>
<p class="meta">Snapshot <code>{esc(version)}</code> · created {esc(str(manifest.get("created_at", "?")))}
· content sha256 <code>{esc(str(manifest.get("content_hash", "?")))}</code>
· schema {esc(str(manifest.get("schema_version", "?")))}
· extractor {esc(str(manifest.get("extractor_version", "?")))}
· {esc(str(inputs.get("files", "?")))} input files
· parent <code>{esc(str(manifest.get("parent") or "none"))}</code></p>
<p>Figures are computed from this snapshot's Parquet files through the views of
<code>warehouse/sql/100_views.sql</code>; the column meanings are in <code>README.md</code>
beside this file. Extraction is automatic: counts are only as good as the extractors of
version {esc(str(manifest.get("extractor_version", "?")))}.</p>
<h2>Rows per table</h2>
<table><tr><th>table</th><th>rows</th></tr>{counts}</table>
<h2>Per language</h2>
<p>Rows by the language of their article (view <code>v_languages</code>): English goes through
spaCy, Russian and Ukrainian through their own components, other languages get no extraction.</p>
{language_html}
<h2>Charts</h2>
{"".join(figures)}
<h2>Second-hand citations</h2>
<p>Sources an outlet cites through another outlet (view <code>v_source_citations</code>, rows with
<code>via</code>; first 40).</p>
{chain_html}
</body>
</html>
"""
    return page.encode("utf-8")
