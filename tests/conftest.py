"""Shared fixtures: paths to the shared references and ONE Prefect test server.

Prefect settings must be in the environment before Prefect is imported, so they
are set at the top of this module.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_RAW = REPO / "data" / "raw"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.fail(f"../shared is missing at {SHARED}; the suite needs the gold annotations")
    return SHARED


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One temporary Prefect API for every flow test in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from transforms.nlp.load import load_nlp

    return load_nlp()
