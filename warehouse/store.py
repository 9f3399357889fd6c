"""The DuckDB warehouse: schema from the .sql files, cache, one-transaction loads."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import polars as pl
import pyarrow as pa

from newsfacts import faults
from transforms.tables import PRIMARY_KEYS, SCHEMAS, TABLES

SQL_DIR = Path(__file__).parent / "sql"
INTERNAL_DDL = SQL_DIR / "000_internal.sql"
TABLES_DDL = SQL_DIR / "001_tables.sql"
# Views (100_*.sql and later) are re-applied on every open with CREATE OR
# REPLACE, so a changed view needs no schema bump.
VIEW_FILES_GLOB = "1[0-9][0-9]_*.sql"


class WarehouseError(RuntimeError):
    """A problem with the warehouse file that a person has to resolve."""


class ContractViolation(RuntimeError):
    """The tables about to be committed break the data contract."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            f"contract check failed ({len(problems)} problems, first: {problems[0]}); nothing was loaded"
        )
        self.problems = problems


def _friendly(exc: Exception, path: Path) -> WarehouseError:
    text = str(exc)
    low = text.lower()
    # Corruption first: DuckDB's checksum errors mention a "block", which contains "lock".
    if any(w in low for w in ("corrupt", "not a valid", "magic", "checksum")):
        return WarehouseError(
            f"warehouse {path} is not a readable DuckDB file ({text.splitlines()[0]}); "
            "move it aside and rerun to rebuild it from data/raw"
        )
    if "could not set lock" in low or "conflicting lock" in low:
        return WarehouseError(
            f"warehouse {path} is in use by another process (DuckDB allows one writer); "
            "close other connections to it and retry"
        )
    return WarehouseError(f"warehouse {path} could not be opened: {text.splitlines()[0]}")


class Warehouse:
    def __init__(self, path: Path, *, read_only: bool = False, sandbox: bool = False) -> None:
        """``sandbox`` also forbids SQL from touching files (COPY TO, read_csv, ATTACH)."""
        self.path = path
        self.read_only = read_only
        if read_only and not path.exists():
            raise WarehouseError(f"warehouse {path} does not exist yet; run `newsfacts run` first")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            config: dict[str, str | bool | int | float | list[str]] = (
                {"enable_external_access": False} if sandbox else {}
            )
            self.con = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise _friendly(exc, path) from None

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _run(self, sql: str, params: Sequence[object] | None = None) -> list[tuple[Any, ...]]:
        """Execute and drain the result: DuckDB 2 refuses new work on a connection
        while an earlier result is unconsumed."""
        cur = self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        return cur.fetchall()

    # -- schema -----------------------------------------------------------
    def ensure_schema(self, schema_version: str) -> None:
        """Create missing tables; rebuild the contract tables on a schema change.

        Contract tables are fully derived from the cache, so recreating them
        loses nothing: the same run reloads them.
        """
        self._run(INTERNAL_DDL.read_text(encoding="utf-8"))
        rows = self._run("SELECT value FROM _meta WHERE key = 'schema_version'")
        existing = {r[0] for r in self._run("SELECT table_name FROM duckdb_tables()")}
        if not (rows and rows[0][0] == schema_version and set(TABLES) <= existing):
            self._rebuild_tables(schema_version)
        for path in sorted(SQL_DIR.glob(VIEW_FILES_GLOB)):
            self._run(path.read_text(encoding="utf-8"))

    def _rebuild_tables(self, schema_version: str) -> None:
        self._run("BEGIN TRANSACTION")
        try:
            for t in TABLES:
                self._run(f'DROP TABLE IF EXISTS "{t}"')
            self._run(TABLES_DDL.read_text(encoding="utf-8"))
            self._run("INSERT OR REPLACE INTO _meta VALUES ('schema_version', ?)", [schema_version])
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise

    # -- extraction cache ---------------------------------------------------
    def cache_get(self, keys: Sequence[str]) -> dict[str, str]:
        if not keys:
            return {}
        self.con.register("_wanted", pa.table({"k": pa.array(list(keys), pa.string())}))
        try:
            rows = self.con.execute(
                "SELECT cache_key, payload FROM _extraction_cache JOIN _wanted ON cache_key = k"
            ).fetchall()
        finally:
            self.con.unregister("_wanted")
        return {k: p for k, p in rows}

    def cache_put(self, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Insert (cache_key, article_id, extractor_version, payload) rows in one transaction."""
        rows = list(rows)
        if not rows:
            return 0
        tbl = pa.table(
            {
                "cache_key": [r[0] for r in rows],
                "article_id": [r[1] for r in rows],
                "extractor_version": [r[2] for r in rows],
                "payload": [r[3] for r in rows],
            }
        )
        self.con.register("_new_cache", tbl)
        try:
            self._run("BEGIN TRANSACTION")
            self._run(
                "INSERT OR REPLACE INTO _extraction_cache "
                "SELECT cache_key, article_id, extractor_version, payload FROM _new_cache"
            )
            faults.point("in_cache_put")
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise
        finally:
            self.con.unregister("_new_cache")
        return len(rows)

    def cache_prune(self, keep: Sequence[str]) -> int:
        """Drop cache entries no current input uses (old versions, removed files)."""
        self.con.register("_keep", pa.table({"k": pa.array(list(keep), pa.string())}))
        try:
            before = self._count("_extraction_cache")
            self._run("DELETE FROM _extraction_cache WHERE cache_key NOT IN (SELECT k FROM _keep)")
            return before - self._count("_extraction_cache")
        finally:
            self.con.unregister("_keep")

    def _count(self, table: str) -> int:
        rows = self._run(f'SELECT count(*) FROM "{table}"')
        return int(rows[0][0])

    def count_rows(self, table: str) -> int:
        if table not in SCHEMAS:
            raise KeyError(table)
        return self._count(table)

    def read_column(self, table: str, column: str) -> list[Any]:
        if column not in SCHEMAS.get(table, {}):
            raise KeyError(f"{table}.{column}")
        return [r[0] for r in self._run(f'SELECT "{column}" FROM "{table}"')]

    # -- contract tables ------------------------------------------------------
    def load_tables(
        self,
        tables: dict[str, pl.DataFrame],
        *,
        verify: Callable[[dict[str, pl.DataFrame]], list[str]] | None = None,
    ) -> dict[str, pa.Table]:
        """Replace every contract table's rows in ONE transaction (all or nothing).

        ``verify`` sees the tables as read back inside the transaction; if it
        reports problems the transaction is rolled back, so the warehouse never
        commits rows that break the contract. Returns the committed tables.
        """
        self._run("BEGIN TRANSACTION")
        try:
            for name in TABLES:
                df = tables[name]
                cols = list(SCHEMAS[name])
                view = f"_load_{name}"
                self.con.register(view, df.select(cols).to_arrow())
                try:
                    self._run(f'DELETE FROM "{name}"')
                    col_sql = ", ".join(f'"{c}"' for c in cols)
                    self._run(f'INSERT INTO "{name}" ({col_sql}) SELECT {col_sql} FROM "{view}"')
                finally:
                    self.con.unregister(view)
                faults.point("in_load_transaction")
            committed = {name: self.read_table(name) for name in TABLES}
            if verify is not None:
                problems = verify(
                    {n: pl.from_arrow(t) for n, t in committed.items()}  # type: ignore[misc]
                )
                if problems:
                    raise ContractViolation(problems)
            faults.point("before_commit")
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise
        return committed

    def read_table(self, name: str) -> pa.Table:
        if name not in SCHEMAS:
            raise KeyError(name)
        order = ", ".join(f'"{c}"' for c in PRIMARY_KEYS[name])
        return self.con.sql(f'SELECT * FROM "{name}" ORDER BY {order}').to_arrow_table()

    def column_types(self, name: str) -> list[tuple[str, str]]:
        rows = self.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [name],
        ).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    # -- runs -------------------------------------------------------------------
    def run_started(self, run_id: str) -> None:
        self._run(
            "INSERT OR REPLACE INTO _runs (run_id, started_at, status) VALUES (?, ?, 'running')",
            [run_id, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
        )

    def run_finished(
        self,
        run_id: str,
        *,
        status: str,
        fingerprint: str | None,
        version: str | None,
        summary: dict[str, Any],
    ) -> None:
        self._run(
            "UPDATE _runs SET finished_at = ?, status = ?, inputs_fingerprint = ?, "
            "snapshot_version = ?, summary = ? WHERE run_id = ?",
            [
                dt.datetime.now(dt.UTC).replace(tzinfo=None),
                status,
                fingerprint,
                version,
                json.dumps(summary, sort_keys=True, default=str),
                run_id,
            ],
        )

    def last_fingerprint(self) -> tuple[str | None, str | None]:
        """(fingerprint, snapshot version) of the newest run that finished cleanly."""
        rows = self._run(
            "SELECT inputs_fingerprint, snapshot_version FROM _runs "
            "WHERE status IN ('published', 'unchanged') AND finished_at IS NOT NULL "
            "ORDER BY finished_at DESC LIMIT 1"
        )
        if not rows:
            return None, None
        row = rows[0]
        return (str(row[0]) if row[0] else None, str(row[1]) if row[1] else None)
