"""Finished extraction batches, kept as files until the warehouse takes them.

While workers extract, the flow process writes each finished batch here
instead of appending it to DuckDB: DuckDB's appends grew the flow process by
~270 MB over 1,000 articles (measured), held for the whole extraction next to
the workers' models. The batches go into the cache in one pass once the
workers have exited (``Warehouse.cache_load_staged``), and a run killed
before that finds them here and loads them first, so no finished batch is
extracted twice.

Each file is an Arrow IPC file of ``warehouse.store.cache_table`` rows,
written to a temporary name, flushed to disk and renamed: a file with the
final name is always complete.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

SUFFIX = ".arrow"
_TMP_PREFIX = ".tmp-"
_seq = itertools.count()


def staging_dir(warehouse: Path) -> Path:
    """The staging folder of a warehouse file: beside it, named after it."""
    return warehouse.with_name(warehouse.name + ".staging")


def write_batch(staging: Path, table: pa.Table) -> Path:
    """Stage ``table`` atomically; names sort in the order batches were written."""
    staging.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{os.getpid()}-{next(_seq):06d}{SUFFIX}"
    tmp = staging / (_TMP_PREFIX + name)
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    final = staging / name
    os.replace(tmp, final)
    return final


def staged_batches(staging: Path) -> Iterator[Path]:
    """Complete staged files, oldest first; half-written ones of a killed run are removed."""
    if not staging.is_dir():
        return
    for path in sorted(staging.iterdir()):
        if path.name.startswith(_TMP_PREFIX):
            path.unlink(missing_ok=True)
        elif path.suffix == SUFFIX:
            yield path


def read_batch(path: Path) -> pa.Table:
    # Read into memory (not memory-mapped): the file is deleted once loaded.
    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).read_all()
