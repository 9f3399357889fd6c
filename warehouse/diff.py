"""Row-level differences between two snapshots, per table, by primary key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from contract.tables import PRIMARY_KEYS, TABLES


@dataclass(frozen=True, slots=True)
class TableDiff:
    table: str
    added: int
    removed: int
    changed: int
    unchanged: int


def diff_snapshots(a: Path, b: Path) -> list[TableDiff]:
    con = duckdb.connect()
    out: list[TableDiff] = []
    try:
        for t in TABLES:
            pa_, pb = str(a / f"{t}.parquet"), str(b / f"{t}.parquet")
            keys = ", ".join(f'"{k}"' for k in PRIMARY_KEYS[t])
            # Relations instead of SQL text: file paths never get spliced into a query.
            con.register("va", con.read_parquet(pa_))
            con.register("vb", con.read_parquet(pb))
            added = _count(con, f"SELECT {keys} FROM vb EXCEPT SELECT {keys} FROM va")
            removed = _count(con, f"SELECT {keys} FROM va EXCEPT SELECT {keys} FROM vb")
            new_or_changed = _count(con, "SELECT * FROM vb EXCEPT SELECT * FROM va")
            total_b = _count(con, "SELECT * FROM vb")
            changed = new_or_changed - added
            out.append(TableDiff(t, added, removed, changed, total_b - added - changed))
    finally:
        con.close()
    return out


def _count(con: duckdb.DuckDBPyConnection, query: str) -> int:
    rows = con.execute(f"SELECT count(*) FROM ({query})").fetchall()
    return int(rows[0][0])
