"""One Prefect API for the flow process and its worker processes.

Separate from ``flows.pipeline`` so the CLI can start the server before it
imports the pipeline (polars, DuckDB, spaCy, ~1.5 s of imports measured): the
server boots in its own process while they run. End to end the saving was
within noise on a loaded 2-core machine.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


def ensure_api_server() -> str:
    """Make one Prefect API reachable by this process AND its worker processes.

    Without a configured API every process starts its own temporary server
    (measured here: ~17 s per worker process). Starting the temporary server
    once and exporting its URL lets spawned workers inherit it.
    """
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=int(os.environ.get(STARTUP_TIMEOUT_ENV, "180")))
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url
    return url


def start_api_server() -> Callable[[], str]:
    """Start ``ensure_api_server`` in the background; call the result to wait for it."""
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
