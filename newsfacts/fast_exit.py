"""The one private CPython function the CLI calls.

The console script runs the atexit handlers itself, then leaves with
``os._exit`` (``newsfacts.cli.cli``, docs/decisions.md "The console script
skips interpreter teardown"). ``atexit._run_exitfuncs`` is private but has
existed unchanged since Python 3.0; ``tests/nlp/test_private_apis.py`` checks it.
"""

from __future__ import annotations

import atexit


def run_exit_handlers() -> None:
    """Run (and clear) every registered atexit handler now."""
    atexit._run_exitfuncs()
