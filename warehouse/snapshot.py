"""Versioned, immutable Parquet snapshots with checksummed manifests.

A snapshot directory is written under a hidden temporary name, fsynced, then
renamed into place; ``latest`` is a relative symlink replaced with
``os.replace``. Readers therefore see either the old complete snapshot or the
new complete one, never a half-written directory. Published directories are
never modified again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from contract import faults
from contract.tables import SCHEMAS, TABLES

MANIFEST = "manifest.json"
TMP_PREFIX = ".tmp-"


class PublishError(OSError):
    """Writing a snapshot failed; says what the reader still sees."""


def arrow_type(dtype: pl.DataType) -> pa.DataType:
    """Plain Arrow types every reader knows (no large/view strings, no extensions)."""
    if dtype == pl.String:
        return pa.string()
    if dtype == pl.List(pl.String):
        return pa.list_(pa.string())
    if dtype == pl.Int32:
        return pa.int32()
    if dtype == pl.Int64:
        return pa.int64()
    if dtype == pl.Float64:
        return pa.float64()
    if dtype == pl.Boolean:
        return pa.bool_()
    if dtype == pl.Date:
        return pa.date32()
    raise TypeError(f"no Arrow mapping for {dtype}")


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c, arrow_type(t)) for c, t in SCHEMAS[table].items()])


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Rows per Parquet row group. Article rows carry whole bodies, so their groups
# are smaller: a writer buffers one group, and that buffer bounds its memory.
ROW_GROUP_ROWS = 100_000
ROW_GROUP_ROWS_BY_TABLE = {"articles": 10_000}

# A table to write: in memory, or a function returning its record batches in
# primary-key order (streamed from the warehouse).
TableData: TypeAlias = pa.Table | Callable[[], Iterable[pa.RecordBatch]]


def write_table_file(table: TableData, name: str, path: Path) -> int:
    """Deterministic Parquet: same rows in, same bytes out. Returns the row count.

    Row groups always hold exactly ``ROW_GROUP_ROWS`` rows (the last fewer),
    whatever sizes the batches arrive in, so streamed and in-memory input
    give identical files.
    """
    schema = arrow_schema(name)
    group = ROW_GROUP_ROWS_BY_TABLE.get(name, ROW_GROUP_ROWS)
    batches: Iterable[pa.RecordBatch] = (
        table.to_batches() if isinstance(table, pa.Table) else table()
    )
    rows = 0
    with pq.ParquetWriter(
        path,
        schema,
        compression="zstd",
        compression_level=3,
        use_dictionary=True,
        write_statistics=True,
    ) as writer:
        pending: list[pa.Table] = []
        n_pending = 0
        for batch in batches:
            part = pa.Table.from_batches([batch]).select(list(SCHEMAS[name])).cast(schema)
            pending.append(part)
            n_pending += part.num_rows
            while n_pending >= group:
                buf = pa.concat_tables(pending)
                writer.write_table(buf.slice(0, group), row_group_size=group)
                rest = buf.slice(group)
                pending, n_pending = [rest], rest.num_rows
            rows += part.num_rows
        if n_pending or rows == 0:
            buf = pa.concat_tables(pending) if pending else schema.empty_table()
            writer.write_table(buf, row_group_size=group)
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
    return rows


def content_hash(file_hashes: Mapping[str, str]) -> str:
    h = hashlib.sha256()
    for name in sorted(file_hashes):
        h.update(f"{name}:{file_hashes[name]}\n".encode("ascii"))
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class PublishResult:
    version: str | None  # None when nothing changed
    path: Path | None
    content_hash: str
    parent: str | None


def latest_version(processed: Path) -> str | None:
    link = processed / "latest"
    if not link.is_symlink():
        return None
    target = Path(os.readlink(link))
    name = target.name
    if not (processed / "snapshots" / name / MANIFEST).is_file():
        return None
    return name


def read_manifest(snapshot_dir: Path) -> dict[str, Any]:
    with (snapshot_dir / MANIFEST).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def cleanup_temp(processed: Path) -> list[str]:
    """Remove half-written snapshot directories left by a killed run."""
    removed: list[str] = []
    snaps = processed / "snapshots"
    if snaps.is_dir():
        for p in snaps.iterdir():
            if p.name.startswith(TMP_PREFIX):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
    for p in processed.glob(".latest-*"):
        p.unlink(missing_ok=True)
    return removed


@dataclass
class SnapshotInputs:
    tables: Mapping[str, TableData]
    column_types: dict[str, list[tuple[str, str]]]
    schema_version: str
    package_version: str
    extractor_version: str
    inputs: dict[str, Any]
    # {distribution: version} of the NLP libraries and models whose output is
    # in the tables (contract.versions.nlp_versions).
    nlp: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    # Builds further files (dataset card, report) from the finished manifest and
    # the directory holding the table files; they are checksummed in "files".
    extras: Callable[[dict[str, Any], Path], dict[str, bytes]] | None = None


def publish(
    processed: Path, snap: SnapshotInputs, *, now: dt.datetime | None = None
) -> PublishResult:
    """Write a new snapshot unless its tables hash the same as ``latest``."""
    snaps = processed / "snapshots"
    snaps.mkdir(parents=True, exist_ok=True)
    cleanup_temp(processed)
    parent = latest_version(processed)
    now = now or dt.datetime.now(dt.UTC)
    tmp = snaps / f"{TMP_PREFIX}{os.getpid()}-{now:%Y%m%dT%H%M%S%f}"
    tmp.mkdir()
    try:
        files: dict[str, str] = {}
        n_rows: dict[str, int] = {}
        for name in TABLES:
            path = tmp / f"{name}.parquet"
            n_rows[name] = write_table_file(snap.tables[name], name, path)
            files[name] = sha256_file(path)
            faults.point("publish_after_first_table")
        chash = content_hash(files)
        if parent is not None:
            old = read_manifest(snaps / parent)
            if old.get("content_hash") == chash:
                shutil.rmtree(tmp)
                return PublishResult(None, None, chash, parent)
        orphan = _completed_orphan(snaps, chash, parent)
        if orphan is not None:
            # A killed run renamed this snapshot into place but died before
            # swapping `latest`: it is complete and verified, so finish the job.
            shutil.rmtree(tmp)
            swap_latest(processed, orphan)
            return PublishResult(orphan, snaps / orphan, chash, parent)
        version = f"{now:%Y%m%dT%H%M%SZ}-{chash[:8]}"
        manifest = {
            "version": version,
            "schema_version": snap.schema_version,
            "created_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "package_version": snap.package_version,
            "extractor_version": snap.extractor_version,
            "nlp": snap.nlp,
            "content_hash": chash,
            "inputs": snap.inputs,
            "parent": parent,
            "tables": {
                name: {
                    "file": f"{name}.parquet",
                    "rows": n_rows[name],
                    "sha256": files[name],
                    "columns": [{"name": c, "type": t} for c, t in snap.column_types[name]],
                }
                for name in TABLES
            },
            **snap.extra,
        }
        extra_files = snap.extras(manifest, tmp) if snap.extras else {}
        for fname, data in extra_files.items():
            (tmp / fname).write_bytes(data)
        manifest["files"] = {
            fname: hashlib.sha256(data).hexdigest() for fname, data in sorted(extra_files.items())
        }
        mpath = tmp / MANIFEST
        mpath.write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        with mpath.open("rb+") as fh:
            os.fsync(fh.fileno())
        _fsync_dir(tmp)
        faults.point("publish_after_manifest")
        final = snaps / version
        os.rename(tmp, final)
        _fsync_dir(snaps)
        faults.point("publish_after_rename")
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(
            f"{exc}; nothing was published, latest is still {parent or '(none)'}"
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        swap_latest(processed, version)
    except OSError as exc:
        raise PublishError(
            f"{exc}; snapshot {version} was written but latest is still {parent or '(none)'}; "
            "the next run will point latest at it"
        ) from exc
    faults.point("publish_after_symlink")
    return PublishResult(version, final, chash, parent)


def _completed_orphan(snaps: Path, chash: str, parent: str | None) -> str | None:
    for p in sorted(snaps.glob(f"*-{chash[:8]}")):
        try:
            m = read_manifest(p)
        except (OSError, json.JSONDecodeError):
            continue
        if m.get("content_hash") == chash and m.get("parent") == parent and not verify(p):
            return p.name
    return None


def swap_latest(processed: Path, version: str) -> None:
    tmp_link = processed / f".latest-{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    os.symlink(os.path.join("snapshots", version), tmp_link)
    os.replace(tmp_link, processed / "latest")
    _fsync_dir(processed)


@dataclass(frozen=True, slots=True)
class VerifyProblem:
    file: str
    problem: str


def verify(snapshot_dir: Path) -> list[VerifyProblem]:
    """Every file against the manifest: presence, sha256, row count. Empty list = good."""
    problems: list[VerifyProblem] = []
    try:
        manifest = read_manifest(snapshot_dir)
    except (OSError, json.JSONDecodeError) as exc:
        return [VerifyProblem(MANIFEST, f"manifest unreadable: {exc}")]
    for info in manifest.get("tables", {}).values():
        path = snapshot_dir / info["file"]
        if not path.is_file():
            problems.append(VerifyProblem(info["file"], "missing"))
            continue
        digest = sha256_file(path)
        if digest != info["sha256"]:
            problems.append(
                VerifyProblem(
                    info["file"],
                    f"sha256 {digest[:12]}… differs from manifest {info['sha256'][:12]}…",
                )
            )
            continue
        rows = pq.ParquetFile(path).metadata.num_rows
        if rows != info["rows"]:
            problems.append(
                VerifyProblem(info["file"], f"{rows} rows, manifest says {info['rows']}")
            )
    for fname, digest in manifest.get("files", {}).items():
        path = snapshot_dir / fname
        if not path.is_file():
            problems.append(VerifyProblem(fname, "missing"))
        elif sha256_file(path) != digest:
            problems.append(VerifyProblem(fname, "sha256 differs from manifest"))
    missing_tables = set(TABLES) - set(manifest.get("tables", {}))
    for name in sorted(missing_tables):
        problems.append(VerifyProblem(f"{name}.parquet", "table absent from manifest"))
    return problems


def list_snapshots(processed: Path) -> list[dict[str, Any]]:
    snaps = processed / "snapshots"
    out: list[dict[str, Any]] = []
    if not snaps.is_dir():
        return out
    for p in sorted(snaps.iterdir()):
        if p.name.startswith(".") or not (p / MANIFEST).is_file():
            continue
        m = read_manifest(p)
        out.append(
            {
                "version": m["version"],
                "created_at": m.get("created_at"),
                "parent": m.get("parent"),
                "rows": {t: v["rows"] for t, v in m.get("tables", {}).items()},
            }
        )
    return out
