"""Shared helpers for the reliability suite (issue 8).

Everything that runs the flow shares the session's ONE Prefect test server
(``prefect_server`` in tests/conftest.py): in-process runs use it through the
harness settings, ``newsfacts run`` subprocesses get its URL as
``PREFECT_API_URL``. States that several tests start from (a published base
snapshot, the reference outputs of uninterrupted runs) are built once per
session and copied.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner, Result

from contract.tables import TABLES
from tests.conftest import SEEDS_RAW
from warehouse.snapshot import TMP_PREFIX, read_manifest, verify

SEEDS = sorted(SEEDS_RAW.glob("*.txt"))
_TIMINGS: list[tuple[str, float, float]] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: long reliability tests (process pool, 20,000 files, 2 MB article)"
    )


@pytest.fixture(autouse=True)
def _timing(request: pytest.FixtureRequest) -> Iterator[None]:
    """Per-test wall and CPU time (this process and its finished children)."""
    t0, c0 = time.perf_counter(), _cpu()
    yield
    _TIMINGS.append((request.node.nodeid, time.perf_counter() - t0, _cpu() - c0))


def _cpu() -> float:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _TIMINGS:
        return
    terminalreporter.write_sep("-", "reliability timings (wall s / cpu s incl. children)")
    for nodeid, wall, cpu in _TIMINGS:
        terminalreporter.write_line(f"{wall:8.1f} {cpu:8.1f}  {nodeid}")


# -- corpora ---------------------------------------------------------------------


def write_seeds(raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for p in SEEDS:
        shutil.copy(p, raw / p.name)


def write_edited_copies(raw: Path, n: int, *, folder: str = "edited") -> list[Path]:
    """``n`` articles whose bytes differ from the seeds (and from each other)."""
    out = []
    for i in range(n):
        src = SEEDS[i % len(SEEDS)]
        dest = raw / folder / f"v{i:02d}_{src.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(
            src.read_text(encoding="utf-8")
            + f"\nUpdated edition {i}: officials said talks continue.\n",
            encoding="utf-8",
        )
        out.append(dest)
    return out


def write_changes_without_extraction(raw: Path) -> None:
    """Changes the tables (ingest_log) without any article to extract."""
    (raw / "dup").mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS[0], raw / "dup" / f"copy_of_{SEEDS[0].name}")
    (raw / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")


# -- paths & results ---------------------------------------------------------------


@dataclass(frozen=True)
class State:
    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def warehouse(self) -> Path:
        return self.root / "w.duckdb"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def snapshots(self) -> Path:
        return self.processed / "snapshots"

    @property
    def latest(self) -> Path:
        return self.processed / "latest"

    def args(self) -> list[str]:
        return [
            "--raw",
            str(self.raw),
            "--warehouse",
            str(self.warehouse),
            "--processed",
            str(self.processed),
        ]


def table_hashes(snapshot: Path) -> dict[str, str]:
    """sha256 of each <table>.parquet as written on disk (not only the manifest's word)."""
    from warehouse.snapshot import sha256_file

    return {t: sha256_file(snapshot / f"{t}.parquet") for t in TABLES}


def latest_hashes(state: State) -> dict[str, str] | None:
    if not state.latest.is_symlink():
        return None
    return table_hashes(state.latest.resolve())


def run_inprocess(state: State, **kw: Any) -> dict[str, Any]:
    from flows.pipeline import build_dataset

    result: dict[str, Any] = build_dataset(
        raw=str(state.raw),
        warehouse=str(state.warehouse),
        processed=str(state.processed),
        **kw,
    )
    return result


def cli(args: list[str]) -> Result:
    from newsfacts.cli import main

    return CliRunner().invoke(main, args)


def error_lines(result: Result) -> list[str]:
    return [ln for ln in result.output.splitlines() if ln.strip()]


def assert_one_clear_error(result: Result, *needles: str) -> str:
    assert result.exit_code != 0, result.output
    lines = error_lines(result)
    assert len(lines) == 1, f"expected one error line, got:\n{result.output}"
    line = lines[0]
    assert line.startswith("newsfacts: error: "), line
    assert "Traceback" not in result.output
    for n in needles:
        assert n.lower() in line.lower(), f"{n!r} not in {line!r}"
    return line


def assert_published_state_sound(
    state: State, *, allowed_latest: list[dict[str, str]] | None = None, allow_tmp: bool = True
) -> None:
    """What any reader may rely on, at any moment, even right after a SIGKILL."""
    if state.warehouse.exists():
        con = duckdb.connect(str(state.warehouse), read_only=True)
        try:
            names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            assert set(TABLES) <= names
            for t in TABLES:
                con.execute(f'SELECT count(*) FROM "{t}"').fetchall()
        finally:
            con.close()
    if state.snapshots.is_dir():
        for p in sorted(state.snapshots.iterdir()):
            if p.name.startswith(TMP_PREFIX):
                assert allow_tmp, f"half-written {p.name} survived a complete run"
                continue
            assert not p.name.startswith("."), f"unexpected hidden entry {p.name}"
            assert p.is_dir() and (p / "manifest.json").is_file(), f"{p.name} is incomplete"
            assert verify(p) == [], f"{p.name} does not verify: {verify(p)}"
            assert read_manifest(p)["version"] == p.name
    if state.latest.is_symlink() or state.latest.exists():
        assert state.latest.is_symlink()
        target = state.latest.resolve()
        assert target.parent == state.snapshots.resolve()
        assert verify(target) == []
        ok = cli(["verify", "--processed", str(state.processed)])
        assert ok.exit_code == 0 and "OK" in ok.output, ok.output
        if allowed_latest is not None:
            assert table_hashes(target) in allowed_latest
    if not allow_tmp:
        assert not list(state.processed.glob(".latest-*"))


# -- session states -------------------------------------------------------------------


@pytest.fixture(scope="session")
def prefect_api(prefect_server: None) -> str:
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    assert url, "the Prefect test harness gave no API URL"
    return str(url)


@pytest.fixture(scope="session")
def states(
    prefect_server: None, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], State]:
    """Named, built-once states; ``states(name)`` returns a State to copy from.

    base       seeds, published once
    changed    seeds + a duplicate + an unsupported file, built fresh (reference)
    extracted  seeds + 6 edited copies, built fresh (reference)
    """
    built: dict[str, State] = {}
    recipes: dict[str, Callable[[Path], None]] = {
        "base": write_seeds,
        "changed": lambda raw: (write_seeds(raw), write_changes_without_extraction(raw)),
        "extracted": lambda raw: (write_seeds(raw), write_edited_copies(raw, 6)),
        "pool": lambda raw: (write_seeds(raw), write_edited_copies(raw, 24)),
    }

    def get(name: str) -> State:
        if name not in built:
            st = State(tmp_path_factory.mktemp(f"state-{name}"))
            recipes[name](st.raw)
            summary = run_inprocess(st)
            assert summary["published"], summary
            built[name] = st
        return built[name]

    return get


def copy_state(src: State, dest: Path) -> State:
    """A private copy of a state's warehouse and snapshots (raw is not copied)."""
    st = State(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if src.warehouse.exists():
        shutil.copy2(src.warehouse, st.warehouse)
    if src.processed.exists():
        shutil.copytree(src.processed, st.processed, symlinks=True)
    return st


# -- subprocesses ---------------------------------------------------------------------


def newsfacts_cmd() -> list[str]:
    script = Path(sys.executable).with_name("newsfacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsfacts.cli"]


def subprocess_env(api_url: str, **extra: str) -> dict[str, str]:
    """The environment a user's shell would give, plus the shared Prefect API.

    Prefect and newsfacts variables of the test process (e.g. the suite's
    logging level) are dropped so the subprocess behaves like `newsfacts run`.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWSFACTS_"))}
    env["PREFECT_API_URL"] = api_url
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env.update(extra)
    return env


def group_pids(pgid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(int(d.name))
    return out


def reap_group(pgid: int, *, grace: float = 20.0) -> list[int]:
    """Wait for every process of our own session ``pgid`` to exit; SIGKILL stragglers.

    Returns the pids that had to be killed (they outlived their parent)."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not group_pids(pgid):
            return []
        time.sleep(0.1)
    left = group_pids(pgid)
    if left:
        os.killpg(pgid, signal.SIGKILL)
    return left


@dataclass(frozen=True)
class Finished:
    pid: int
    returncode: int
    stdout: str
    stderr: str
    stragglers: list[int]  # processes it started that outlived it (then killed)
    seconds: float


def run_cli_subprocess(
    api_url: str, args: list[str], *, timeout: float = 600, grace: float = 20.0, **env: str
) -> Finished:
    """`newsfacts <args>` in its own session; every process it started is gone after.

    Output goes to files, not pipes, so processes that outlive the command (e.g.
    pool workers of a killed parent) cannot hang the test; they are reported in
    ``stragglers`` (alive ``grace`` s after the command ended) and then killed."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [*newsfacts_cmd(), *args],
            env=subprocess_env(api_url, **env),
            stdout=out,
            stderr=err,
            text=True,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            stragglers = reap_group(proc.pid, grace=grace)
        out.seek(0)
        err.seek(0)
        return Finished(
            proc.pid, proc.returncode, out.read(), err.read(), stragglers, time.perf_counter() - t0
        )
