"""One real flow run over the seeds, shared by every researcher test module.

The build is session-scoped (the flow costs seconds); tests that damage or
extend a snapshot work on copies made with ``copy_build``.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS_RAW


@dataclass(frozen=True)
class Build:
    root: Path
    raw: Path
    warehouse: Path
    processed: Path
    summary: dict[str, Any]

    @property
    def snapshot(self) -> Path:
        return (self.processed / "latest").resolve()


def run_flow(raw: Path, warehouse: Path, processed: Path) -> dict[str, Any]:
    from flows.pipeline import build_dataset

    result: dict[str, Any] = build_dataset(
        raw=str(raw), warehouse=str(warehouse), processed=str(processed)
    )
    return result


def copy_build(build: Build, dest: Path) -> Build:
    """A private copy (raw files, warehouse, snapshots with the relative `latest` link)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(build.raw, dest / "raw")
    shutil.copy2(build.warehouse, dest / build.warehouse.name)
    shutil.copytree(build.processed, dest / "processed", symlinks=True)
    return Build(dest, dest / "raw", dest / build.warehouse.name, dest / "processed", build.summary)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, prefect_server: None) -> Build:
    root = tmp_path_factory.mktemp("researcher-seeds")
    raw = root / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    summary = run_flow(raw, root / "w.duckdb", root / "processed")
    assert summary["published"], summary
    return Build(root, raw, root / "w.duckdb", root / "processed", summary)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
