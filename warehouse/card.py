"""The dataset card (``README.md``) published inside every snapshot.

Table and column descriptions are never written by hand here: they come from
the ``COMMENT`` statements of ``sql/001_tables.sql`` (passed in as
``comments``), column names and types from the manifest, so the card cannot
drift from the schema. Nothing in the card depends on the clock; the same
manifest and tables give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from contract.tables import TABLES
from warehouse.report import LANGUAGE_COLUMNS, language_counts, snapshot_connection


def _cell(text: str) -> str:
    """Make text safe inside a Markdown table cell (and keep <article_id> visible)."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    return text.replace("<", "&lt;").replace(">", "&gt;").strip()


def _coverage(table_dir: Path) -> list[str]:
    """A few facts about what the articles cover, read from articles.parquet."""
    path = table_dir / "articles.parquet"
    if not path.is_file():
        return []
    tbl = pq.read_table(path, columns=["outlet", "published_date", "language", "duplicate_of"])
    if tbl.num_rows == 0:
        return ["- no articles in this snapshot"]
    outlets = sorted({o for o in tbl.column("outlet").to_pylist() if o is not None})
    dates = sorted(d for d in tbl.column("published_date").to_pylist() if d is not None)
    langs: dict[str, int] = {}
    for lang in tbl.column("language").to_pylist():
        langs[str(lang)] = langs.get(str(lang), 0) + 1
    n_dup = sum(1 for d in tbl.column("duplicate_of").to_pylist() if d is not None)
    n_unknown = sum(1 for o in tbl.column("outlet").to_pylist() if o is None)
    out = [
        f"- {tbl.num_rows} articles ({n_dup} near-duplicates of another article)",
        f"- {len(outlets)} outlets: {', '.join(outlets) if outlets else 'none identified'}"
        + (f"; outlet unknown for {n_unknown} of them" if n_unknown else ""),
        (
            f"- publication dates {dates[0].isoformat()} to {dates[-1].isoformat()} "
            f"({len(dates)} of {tbl.num_rows} articles dated)"
            if dates
            else "- no article has a known publication date"
        ),
        "- languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())),
    ]
    return out + _languages(table_dir)


def _languages(table_dir: Path) -> list[str]:
    """Per-language row counts (view ``v_languages``) as a Markdown table."""
    if not all((table_dir / f"{name}.parquet").is_file() for name in TABLES):
        return []
    con = snapshot_connection(table_dir)
    try:
        rows = language_counts(con)
    finally:
        con.close()
    return [
        "",
        "Rows per article language (English is extracted with spaCy, Russian and Ukrainian "
        "with their own components, other languages are loaded without extraction):",
        "",
        "| language | " + " | ".join(label for _, label in LANGUAGE_COLUMNS) + " |",
        "| --- |" + " ---: |" * len(LANGUAGE_COLUMNS),
        *(f"| `{r[0]}` | " + " | ".join(str(int(v)) for v in r[1:]) + " |" for r in rows),
    ]


def build_card(
    manifest: dict[str, Any],
    table_dir: Path,
    *,
    comments: dict[str, tuple[str, dict[str, str]]],
) -> bytes:
    """``README.md`` for a snapshot: what it is, tables, provenance, loading, citing."""
    version = str(manifest.get("version", "unversioned"))
    chash = str(manifest.get("content_hash", ""))
    created = str(manifest.get("created_at", ""))
    year = created[:4] if created[:4].isdigit() else "n.d."
    tables: dict[str, Any] = manifest.get("tables", {})
    inputs: dict[str, Any] = manifest.get("inputs") or {}
    lines: list[str] = [
        f"# newsfacts dataset, version `{version}`",
        "",
        "Quotes, sources (named and anonymous), entities, time expressions and events "
        "extracted automatically from a corpus of news articles by the newsfacts pipeline. "
        "One Parquet file per table; `manifest.json` holds the sha256 of every file. "
        "This snapshot is immutable: a later run publishes a new version beside it.",
        "",
        "Extraction is automatic (spaCy plus rules): treat values as measurements with "
        "errors, and check `report.html` and the quality figures (`newsfacts eval`) before "
        "drawing conclusions.",
        "",
        "## Coverage",
        "",
        *_coverage(table_dir),
        "",
        "## Tables",
        "",
        "| table | rows | description |",
        "| --- | ---: | --- |",
    ]
    for name, info in tables.items():
        table_comment = comments.get(name, ("", {}))[0]
        lines.append(
            f"| [`{name}`](#{name}) | {int(info.get('rows', 0))} | {_cell(table_comment)} |"
        )
    for name, info in tables.items():
        table_comment, col_comments = comments.get(name, ("", {}))
        lines += [
            "",
            f"### {name}",
            "",
            f"File `{info.get('file', name + '.parquet')}`, {int(info.get('rows', 0))} rows. "
            + _cell(table_comment),
            "",
            "| column | type | description |",
            "| --- | --- | --- |",
        ]
        for col in info.get("columns", []):
            cname = str(col.get("name"))
            lines.append(
                f"| `{cname}` | `{_cell(str(col.get('type', '')))}` | "
                f"{_cell(col_comments.get(cname, ''))} |"
            )
    lines += [
        "",
        "## Provenance",
        "",
        "| field | value |",
        "| --- | --- |",
        f"| version | `{version}` |",
        f"| created_at (UTC) | {created} |",
        f"| content_hash (sha256 over the table files) | `{chash}` |",
        f"| schema_version | {manifest.get('schema_version', '')} |",
        f"| package_version | {manifest.get('package_version', '')} |",
        f"| extractor_version | {manifest.get('extractor_version', '')} |",
        *(f"| nlp: {name} | {ver} |" for name, ver in (manifest.get("nlp") or {}).items()),
        f"| input files | {inputs.get('files', '')} |",
        f"| inputs sha256 (over the input files' sha256) | `{inputs.get('sha256', '')}` |",
        f"| parent version | {('`' + str(manifest['parent']) + '`') if manifest.get('parent') else 'none (first snapshot)'} |",
        "",
        "Check the files against the manifest with `newsfacts verify "
        f"{version}`; compare with the parent with `newsfacts diff <parent> {version}`.",
        "",
        "## Loading",
        "",
        "Paths are relative to this folder (or use `data/processed/latest/` for the newest "
        "snapshot).",
        "",
        "polars:",
        "",
        "```python",
        "import polars as pl",
        'quotes = pl.read_parquet("quotes.parquet")',
        'sources = pl.read_parquet("sources.parquet")',
        'quotes.join(sources, on="source_id", how="left").group_by("anonymous").len()',
        "```",
        "",
        "DuckDB (any version that reads Parquet):",
        "",
        "```sql",
        "SELECT s.anonymous, count(*) AS n",
        "FROM 'quotes.parquet' q LEFT JOIN 'sources.parquet' s USING (source_id)",
        "GROUP BY 1;",
        "```",
        "",
        "pandas:",
        "",
        "```python",
        "import pandas as pd",
        'articles = pd.read_parquet("articles.parquet")',
        "```",
        "",
        "Following one statement across outlets and languages: every `quotes` row that "
        "reports it carries the same `utterance_id`; `utterances` holds the speaker, the "
        "fullest wording, the channel it was first given to and the first report.",
        "",
        "```sql",
        "SELECT u.speaker, u.original_medium, a.outlet, a.language, a.published_date, q.kind, q.text",
        "FROM 'utterances.parquet' u JOIN 'quotes.parquet' q USING (utterance_id)",
        "JOIN 'articles.parquet' a USING (article_id)",
        "WHERE u.n_articles > 1 ORDER BY u.utterance_id, a.published_date;",
        "```",
        "",
        "The researcher views (`v_quotes`, `v_anonymous_share`, `v_source_citations`, "
        "`v_quote_provenance`, `v_timeline`, `v_entity_cooccurrence`) live in the warehouse "
        '(`newsfacts sql "SELECT * FROM v_quotes"`); over a snapshot, create one view per '
        "table from its Parquet file and run `warehouse/sql/100_views.sql` "
        "(`warehouse.report.snapshot_connection` does exactly that).",
        "",
        "## Citing",
        "",
        "Cite the version and its content hash, so that readers can check they have the same data:",
        "",
        f"> newsfacts contributors ({year}). *newsfacts news quotes and sources dataset*, "
        f"version {version}, content sha256 {chash}.",
        "",
        "```bibtex",
        f"@misc{{newsfacts_{version.replace('-', '_')},",
        "  author = {{newsfacts contributors}},",
        "  title = {newsfacts news quotes and sources dataset},",
        f"  year = {{{year}}},",
        f"  version = {{{version}}},",
        f"  note = {{content sha256 {chash}}}",
        "}",
        "```",
        "",
    ]
    return "\n".join(lines).encode("utf-8")
