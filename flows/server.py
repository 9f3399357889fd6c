"""One Prefect API for the flow process and its worker processes.

Separate from ``flows.pipeline`` so the CLI can start the server before it
imports the pipeline (polars, DuckDB, spaCy, ~1.5 s of imports measured): the
server boots in its own process while they run. End to end the saving was
within noise on a loaded 2-core machine.
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable

STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


def ensure_api_server() -> str:
    """Make one Prefect API reachable by this process AND its worker processes.

    Without a configured API every process starts its own temporary server
    (measured here: ~17 s per worker process). Starting the temporary server
    once and exporting its URL lets spawned workers inherit it.
    """
    from prefect.context import refresh_global_settings_context
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        url = _start_local_server(float(os.environ.get(STARTUP_TIMEOUT_ENV, "180")))
    os.environ["PREFECT_API_URL"] = url
    # Settings were read when Prefect was imported; this process's flows must
    # see the URL too, or Prefect would start a second temporary server.
    refresh_global_settings_context()
    return url


def _start_local_server(timeout: float) -> str:
    """Prefect's temporary server in a child process, stopped when this process exits.

    The same command Prefect's ``SubprocessASGIServer`` runs, without importing
    it: that class lives in ``prefect.server.api.server``, whose import pulls
    the whole server (FastAPI, SQLAlchemy) into the flow process for nothing,
    76 MB measured, held through the run next to the extraction workers.
    """
    import prefect
    from prefect.settings import get_current_settings

    env = {
        **os.environ,
        # As Prefect's own temporary server: no UI, ephemeral mode.
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
        **get_current_settings().to_environment_variables(exclude_unset=True),
    }
    deadline = time.monotonic() + timeout
    for _ in range(_PORT_ATTEMPTS):
        port = _free_port()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(prefect.__module_path__.parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
        )
        atexit.register(_stop, proc)
        url = f"http://127.0.0.1:{port}/api"
        while time.monotonic() < deadline:
            code = proc.poll()
            if code == _UVICORN_PORT_IN_USE:
                break  # another process took the port first: try another
            if code is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {code}")
            if _healthy(url):
                return url
            time.sleep(0.1)
        else:
            _stop(proc)
            raise RuntimeError(
                f"Timed out after {timeout:g} s while attempting to connect to the temporary "
                f"Prefect API server; raise {STARTUP_TIMEOUT_ENV} or set PREFECT_API_URL"
            )
    raise RuntimeError("no free port for the temporary Prefect server")


_PORT_ATTEMPTS = 5
_UVICORN_PORT_IN_USE = 3


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(url: str) -> bool:
    # No proxies: the server is on loopback, whatever http_proxy says.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{url}/health", timeout=2) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def start_api_server() -> Callable[[], str]:
    """Start ``ensure_api_server`` in the background; call the result to wait for it."""
    # Import Prefect here, not only in the thread: the caller goes on to
    # import modules that import Prefect too, and two threads importing it at
    # once meet its circular imports half done ("cannot import name ... from
    # partially initialized module", seen in its plugin loader's log).
    import prefect.context
    import prefect.settings  # noqa: F401

    result: dict[str, str | BaseException] = {}

    def boot() -> None:
        try:
            result["url"] = ensure_api_server()
        except BaseException as exc:  # re-raised in the caller's thread
            result["error"] = exc

    thread = threading.Thread(target=boot, name="newsfacts-prefect-server", daemon=True)
    thread.start()

    def wait() -> str:
        thread.join()
        error = result.get("error")
        if isinstance(error, BaseException):
            raise error
        return str(result["url"])

    return wait
