"""The DuckDB warehouse: schema from the .sql files, cache, one-transaction loads."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import polars as pl
import pyarrow as pa

from contract import faults
from contract.cache import MENTION_FIELDS, Extracted
from contract.tables import PRIMARY_KEYS, SCHEMAS, TABLES
from contract.versions import EXTRACTOR_VERSION
from warehouse.staging import read_batch, staged_batches

SQL_DIR = Path(__file__).parent / "sql"
INTERNAL_DDL = SQL_DIR / "000_internal.sql"
TABLES_DDL = SQL_DIR / "001_tables.sql"
# Views (100_*.sql and later) are re-applied on every open with CREATE OR
# REPLACE, so a changed view needs no schema bump.
VIEW_FILES_GLOB = "1[0-9][0-9]_*.sql"
# DuckDB's default buffer pool is 80% of RAM, and it keeps what it reads and
# writes cached up to that limit, so the pipeline's resident memory followed
# the limit, not the work. 256 MB is enough since the contract tables have no
# index-backed keys (warehouse/sql/001_tables.sql): a full reload of 5,000
# articles ran in it, spilling a few MB to the temp directory (measured).
# Users' own connections are not affected.
MEMORY_LIMIT_ENV = "NEWSFACTS_DUCKDB_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "256MB"


_MENTIONS_TYPE = pa.list_(
    pa.struct(
        [
            ("text", pa.string()),
            ("char_start", pa.int32()),
            ("char_end", pa.int32()),
            ("type", pa.string()),
            ("local_name", pa.string()),
        ]
    )
)


def cache_table(rows: Iterable[Extracted]) -> pa.Table:
    """Cache rows as the Arrow table ``_extraction_cache`` takes (and staged files hold)."""
    rows = list(rows)
    plans = [r.plan for r in rows]
    return pa.table(
        {
            "cache_key": pa.array([r.cache_key for r in rows], pa.string()),
            "article_id": pa.array([r.article_id for r in rows], pa.string()),
            "extractor_version": pa.array([EXTRACTOR_VERSION] * len(rows), pa.string()),
            "payload": pa.array([r.payload for r in rows], pa.string()),
            "signature": pa.array([r.signature for r in rows], pa.binary()),
            "published_date": pa.array(
                [p.published_date if p else None for p in plans], pa.date32()
            ),
            "skipped_language": pa.array(
                [p.skipped_language if p else None for p in plans], pa.bool_()
            ),
            "mentions": pa.array(
                [
                    [dict(zip(MENTION_FIELDS, m, strict=True)) for m in p.mentions] if p else None
                    for p in plans
                ],
                _MENTIONS_TYPE,
            ),
        }
    )


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


def _order(name: str) -> str:
    return ", ".join(f'"{c}"' for c in PRIMARY_KEYS[name])


class TableLoad:
    """Appends rows inside ``Warehouse.replace_tables`` and reads them back."""

    def __init__(self, wh: Warehouse) -> None:
        self._wh = wh

    def append(self, name: str, df: pl.DataFrame) -> None:
        cols = list(SCHEMAS[name])
        view = f"_load_{name}"
        self._wh.con.register(view, df.select(cols).to_arrow())
        try:
            col_sql = ", ".join(f'"{c}"' for c in cols)
            self._wh._run(f'INSERT INTO "{name}" ({col_sql}) SELECT {col_sql} FROM "{view}"')
        finally:
            self._wh.unregister(view)
        faults.point("in_load_transaction")

    def update_column(self, name: str, column: str, df: pl.DataFrame) -> None:
        """Set ``column`` of the rows of ``name`` whose primary key (one column) is in ``df``."""
        (key,) = PRIMARY_KEYS[name]
        if column not in SCHEMAS[name] or list(df.columns) != [key, column]:
            raise KeyError(f"{name}: update needs columns [{key!r}, {column!r}]")
        view = f"_update_{name}"
        self._wh.con.register(view, df.to_arrow())
        try:
            self._wh._run(
                f'UPDATE "{name}" SET "{column}" = v."{column}" FROM "{view}" AS v '
                f'WHERE "{name}"."{key}" = v."{key}"'
            )
        finally:
            self._wh.unregister(view)

    def read_back(self, name: str, *, article_ids: Sequence[str] | None = None) -> pl.DataFrame:
        """Rows of ``name`` as stored (those of ``article_ids`` only, if given)."""
        if name not in SCHEMAS:
            raise KeyError(name)
        if article_ids is None:
            tbl = self._wh.read_table(name)
        else:
            self._wh.con.register("_ids", pa.table({"a": pa.array(list(article_ids), pa.string())}))
            try:
                tbl = self._wh.con.sql(
                    f'SELECT * FROM "{name}" WHERE article_id IN (SELECT a FROM _ids) '
                    f"ORDER BY {_order(name)}"
                ).to_arrow_table()
            finally:
                self._wh.unregister("_ids")
        return pl.from_arrow(tbl)  # type: ignore[return-value]


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
            config: dict[str, str | bool | int | float | list[str]] = {
                "memory_limit": os.environ.get(MEMORY_LIMIT_ENV, DEFAULT_MEMORY_LIMIT),
                # Every read orders explicitly; without this DuckDB must keep
                # insertion order, which costs memory on large loads.
                "preserve_insertion_order": False,
            }
            if sandbox:
                config["enable_external_access"] = False
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

    def unregister(self, name: str) -> None:
        """Drop a registered Arrow view without masking the error that got us here.

        Inside a transaction DuckDB has aborted, unregistering fails too; the
        rollback that follows discards the view anyway, and the caller must
        see the first error (e.g. out of memory), not this one.
        """
        with suppress(duckdb.TransactionException):
            self.con.unregister(name)

    def query(self, sql: str, params: Sequence[object] | None = None) -> list[tuple[Any, ...]]:
        """All rows of one statement."""
        return self._run(sql, params)

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
            self._create_tables()
            self._run("INSERT OR REPLACE INTO _meta VALUES ('schema_version', ?)", [schema_version])
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise

    def _create_tables(self) -> None:
        """Drop the contract tables and create them empty from the DDL (inside a transaction)."""
        for name in TABLES:
            self._run(f'DROP TABLE IF EXISTS "{name}"')
        self._run(TABLES_DDL.read_text(encoding="utf-8"))

    # -- extraction cache ---------------------------------------------------
    def _with_keys(self, keys: Sequence[str], sql: str) -> list[tuple[Any, ...]]:
        """Run ``sql`` with the view ``_wanted(k, pos)`` holding ``keys`` in order."""
        self.con.register(
            "_wanted",
            pa.table(
                {
                    "k": pa.array(list(keys), pa.string()),
                    "pos": pa.array(range(len(keys)), pa.int64()),
                }
            ),
        )
        try:
            return self._run(sql)
        finally:
            self.unregister("_wanted")

    def cache_has(self, keys: Sequence[str]) -> set[str]:
        """The subset of ``keys`` already extracted (without reading payloads)."""
        if not keys:
            return set()
        rows = self._with_keys(
            keys, "SELECT cache_key FROM _extraction_cache JOIN _wanted ON cache_key = k"
        )
        return {str(r[0]) for r in rows}

    def cache_rejections(self, keys: Sequence[str]) -> dict[str, str]:
        """{cache_key: payload} for those of ``keys`` whose extraction rejected the file."""
        if not keys:
            return {}
        rows = self._with_keys(
            keys,
            "SELECT cache_key, payload FROM _extraction_cache JOIN _wanted ON cache_key = k "
            "WHERE starts_with(payload, '{\"rejected\"')",
        )
        return {str(k): str(p) for k, p in rows}

    def cache_stream(
        self, keys: Sequence[str], *, rows: int
    ) -> Iterator[list[tuple[str, str, bytes | None]]]:
        """(cache_key, payload, signature) of every key, ``rows`` at a time, in no set order."""
        for batch in self._scan_cache(keys, "cache_key, payload, signature", rows=rows):
            cols = batch.to_pydict()
            yield list(zip(cols["cache_key"], cols["payload"], cols["signature"], strict=True))

    def cache_plan_stream(self, keys: Sequence[str], *, rows: int) -> Iterator[pa.RecordBatch]:
        """What the corpus-level step needs of every key, ``rows`` at a time, in no set order.

        Batches hold ``cache_key``, ``signature``, ``published_date``,
        ``skipped_language`` and ``mentions``, plus ``payload`` only where
        ``mentions`` or ``signature`` is NULL (rows written before those
        columns existed), so the usual scan never reads a payload.
        """
        yield from self._scan_cache(
            keys,
            "cache_key, signature, published_date, skipped_language, mentions, "
            "CASE WHEN mentions IS NULL OR signature IS NULL THEN payload END AS payload",
            rows=rows,
        )

    def _scan_cache(
        self, keys: Sequence[str], columns: str, *, rows: int
    ) -> Iterator[pa.RecordBatch]:
        """``SELECT columns`` over the cache rows of ``keys``, in batches of ``rows``.

        One scan of the cache for the whole corpus: a lookup per chunk of
        keys rescans the whole table each time (DuckDB hash-joins the keys
        against a full scan), quadratic in the corpus. It runs on a cursor of
        its own, so the caller may write on this connection between batches
        (inside ``replace_tables``); the cursor sees the cache as last
        committed. Raises if a key is missing.
        """
        wanted = set(keys)
        if not wanted:
            return
        cur = self.con.cursor()
        try:
            cur.register("_wanted", pa.table({"k": pa.array(sorted(wanted), pa.string())}))
            reader = cur.sql(
                f"SELECT {columns} FROM _extraction_cache SEMI JOIN _wanted ON cache_key = k"
            ).to_arrow_reader(rows)
            seen = 0
            for batch in reader:
                seen += batch.num_rows
                yield batch
            if seen != len(wanted):
                raise RuntimeError(
                    f"the extraction cache lacks {len(wanted) - seen} of {len(wanted)} "
                    "articles it was asked for; rerun to extract them"
                )
        finally:
            cur.close()

    def cache_load_staged(self, staging: Path) -> int:
        """Move staged batches (``warehouse.staging``) into the cache; rows moved.

        One transaction per file, and a file is deleted only after its rows
        are committed: a kill in between leaves it to be loaded again, which
        replaces the same rows.
        """
        moved = 0
        for path in staged_batches(staging):
            tbl = read_batch(path)
            n: int = tbl.num_rows
            if n:
                self._cache_insert(tbl)
            path.unlink()
            moved += n
        return moved

    def _cache_insert(self, tbl: pa.Table) -> None:
        self.con.register("_new_cache", tbl)
        try:
            self._run("BEGIN TRANSACTION")
            self._run(
                "INSERT OR REPLACE INTO _extraction_cache "
                "(cache_key, article_id, extractor_version, payload, signature, "
                "published_date, skipped_language, mentions) "
                "SELECT cache_key, article_id, extractor_version, payload, signature, "
                "published_date, skipped_language, mentions FROM _new_cache"
            )
            faults.point("in_cache_put")
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise
        finally:
            self.unregister("_new_cache")

    def cache_prune(self, keep: Sequence[str]) -> int:
        """Drop cache entries no current input uses (old versions, removed files)."""
        self.con.register("_keep", pa.table({"k": pa.array(list(keep), pa.string())}))
        try:
            before = self._count("_extraction_cache")
            self._run("DELETE FROM _extraction_cache WHERE cache_key NOT IN (SELECT k FROM _keep)")
            return before - self._count("_extraction_cache")
        finally:
            self.unregister("_keep")

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
    @contextmanager
    def replace_tables(self) -> Iterator[TableLoad]:
        """One transaction that recreates every contract table and refills it.

        Rows go in through the yielded ``TableLoad``; leaving the block without
        an exception commits, anything else (a failed check included) rolls
        back, so readers only ever see complete, checked tables. The tables
        are dropped and created from the DDL rather than emptied: DuckDB then
        keeps no per-row deletions of the old rows until COMMIT, and a
        warehouse made by an older DDL is brought up to date.
        """
        self._run("BEGIN TRANSACTION")
        try:
            self._create_tables()
            yield TableLoad(self)
            problems = self.key_problems()
            if problems:
                raise ContractViolation(problems)
            faults.point("before_commit")
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise

    def key_problems(self) -> list[str]:
        """Duplicate primary keys in the contract tables, checked in SQL.

        The keys are not DuckDB constraints (see warehouse/sql/001_tables.sql),
        so this is what guarantees them, over whole tables however they were
        loaded; NOT NULL is a constraint. DuckDB's grouping spills to disk,
        so memory does not grow with the corpus.
        """
        problems = []
        for name in TABLES:
            ((dupes,),) = self._run(
                f'SELECT count(*) FROM (SELECT 1 FROM "{name}" '
                f"GROUP BY {_order(name)} HAVING count(*) > 1)"
            )
            if dupes:
                problems.append(
                    f"{name}: {dupes} duplicate primary keys on {list(PRIMARY_KEYS[name])}"
                )
        return problems

    def read_table(self, name: str) -> pa.Table:
        if name not in SCHEMAS:
            raise KeyError(name)
        return self.con.sql(f'SELECT * FROM "{name}" ORDER BY {_order(name)}').to_arrow_table()

    def table_batches(self, name: str, *, rows: int) -> Iterator[pa.RecordBatch]:
        """A contract table in primary-key order, ``rows`` rows at a time.

        The connection is busy until the iterator is exhausted.
        """
        if name not in SCHEMAS:
            raise KeyError(name)
        reader = self.con.sql(f'SELECT * FROM "{name}" ORDER BY {_order(name)}').to_arrow_reader(
            rows
        )
        yield from reader

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
