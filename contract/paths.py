"""Where things live: flags first, then environment variables, then defaults.

The defaults and the variable names are fixed by the data contract.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RAW = Path("data/raw")
DEFAULT_WAREHOUSE = Path("data/newsfacts.duckdb")
DEFAULT_PROCESSED = Path("data/processed")
DEFAULT_MAX_BYTES = 5_000_000

ENV_RAW = "NEWSFACTS_RAW"
ENV_WAREHOUSE = "NEWSFACTS_WAREHOUSE"
ENV_PROCESSED = "NEWSFACTS_PROCESSED"


@dataclass(frozen=True, slots=True)
class Paths:
    raw: Path
    warehouse: Path
    processed: Path

    @property
    def snapshots(self) -> Path:
        return self.processed / "snapshots"

    @property
    def latest(self) -> Path:
        return self.processed / "latest"

    @property
    def lock(self) -> Path:
        # Beside the warehouse: the warehouse is what has one writer at a time.
        return self.warehouse.with_name(self.warehouse.name + ".lock")


def resolve_paths(
    raw: str | Path | None = None,
    warehouse: str | Path | None = None,
    processed: str | Path | None = None,
) -> Paths:
    def pick(flag: str | Path | None, env: str, default: Path) -> Path:
        if flag is not None and str(flag) != "":
            return Path(flag)
        value = os.environ.get(env)
        if value:
            return Path(value)
        return default

    return Paths(
        raw=pick(raw, ENV_RAW, DEFAULT_RAW),
        warehouse=pick(warehouse, ENV_WAREHOUSE, DEFAULT_WAREHOUSE),
        processed=pick(processed, ENV_PROCESSED, DEFAULT_PROCESSED),
    )
