"""Files published beside the tables of every snapshot: dataset card and report.

Wired into the flow as ``SnapshotInputs(extras=snapshot_extras)``. Both files
are derived only from the manifest, the table files and the DDL, so the same
snapshot always gets the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from warehouse.card import build_card
from warehouse.report import build_report

TABLES_DDL = Path(__file__).parent / "sql" / "001_tables.sql"


def ddl_comments(ddl: Path = TABLES_DDL) -> dict[str, tuple[str, dict[str, str]]]:
    """{table: (table comment, {column: comment})} from the DDL's COMMENT statements.

    The DDL is executed in a throwaway in-memory DuckDB and the comments read
    back from the catalog, so no SQL parsing of our own can get them wrong.
    """
    con = duckdb.connect()
    try:
        con.execute(ddl.read_text(encoding="utf-8"))
        out: dict[str, tuple[str, dict[str, str]]] = {}
        tables = con.execute(
            "SELECT table_name, comment FROM duckdb_tables() "
            "WHERE NOT starts_with(table_name, ?) ORDER BY table_name",
            ["_"],
        ).fetchall()
        for name, comment in tables:
            cols = con.execute(
                "SELECT column_name, comment FROM duckdb_columns() "
                "WHERE table_name = ? ORDER BY column_index",
                [name],
            ).fetchall()
            out[str(name)] = (
                str(comment or ""),
                {str(c): str(cc or "") for c, cc in cols},
            )
        return out
    finally:
        con.close()


def snapshot_extras(manifest: dict[str, Any], table_dir: Path) -> dict[str, bytes]:
    """{"README.md": dataset card, "report.html": charts} for a snapshot being published."""
    return {
        "README.md": build_card(manifest, table_dir, comments=ddl_comments()),
        "report.html": build_report(manifest, table_dir),
    }
