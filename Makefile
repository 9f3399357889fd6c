# Two commands on a fresh machine with Python 3.11 and make:
#   make run    build the dataset from data/raw/
#   make test   run the test suite
# Each does its own setup: uv (pinned, installed with pip into .tools/ if it is
# not on PATH), then `uv sync --frozen` from the hash-locked uv.lock.
# --compile-bytecode: environments that set PYTHONDONTWRITEBYTECODE (CI does)
# otherwise recompile every imported module in every process, measured at
# ~5 s per process for Prefect + spaCy (each pool worker, the API server, the
# flow). Compiling once at install costs ~30 s; later syncs ~1 s.

PYTHON ?= python3.11
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180

.PHONY: setup run test eval lint typecheck clean

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

setup: $(if $(filter .tools/bin/uv,$(UV)),.tools/bin/uv)
	$(UV) sync --frozen --quiet --compile-bytecode

run: setup
	$(UV) run --frozen newsfacts run

test: setup
	$(UV) run --frozen pytest -q

eval: setup
	$(UV) run --frozen newsfacts eval

lint: setup
	$(UV) run --frozen ruff check .
	$(UV) run --frozen mypy
	$(UV) run --frozen lint-imports --no-cache

clean:
	rm -rf data/processed/snapshots data/processed/latest data/newsfacts.duckdb data/newsfacts.duckdb.wal data/newsfacts.duckdb.lock
