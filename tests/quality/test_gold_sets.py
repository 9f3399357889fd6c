"""Every annotated set in ``evaluation/gold`` passes its consistency checker.

The checkers are standard-library scripts (offsets slice back to the text,
fields, types and vocabularies valid, no overlaps or duplicates); running them
here keeps a gold edit from silently breaking a set the gates score against.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "gold"

# (checker, folder): shared checkers take the folder; a set's own checker runs in place.
CHECKS = [
    *[("check_timex.py", d) for d in ("en-heldout", "en-timex-dev", "en-timex-dev2", "en-timex-dev3")],
    *[("check_attributions.py", d) for d in ("en-attr", "en-attr-dev")],
    *[("check_utterances.py", d) for d in ("utterances-dev", "utterances-heldout")],
    *[("check_entity_set.py", d) for d in ("en-ent-dev2", "en-ent-dev3")],
    *[
        (f"{d}/{name}", None)
        for d, name in (
            ("en-dev", "check.py"),
            ("en-attr", "check_timex.py"),
            ("en-attr", "check_entities.py"),
            ("en-attr", "check_events.py"),
            ("en-attr2", "check.py"),
            ("en-timex-dev2", "check_events.py"),
        )
    ],
]


@pytest.mark.parametrize(("script", "folder"), CHECKS, ids=lambda v: str(v))
def test_gold_set_is_consistent(script: str, folder: str | None) -> None:
    args = [sys.executable, str(GOLD / script)] + ([str(GOLD / folder)] if folder else [])
    done = subprocess.run(args, capture_output=True, text=True, cwd=GOLD, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "ERROR" not in done.stdout, done.stdout[-2000:]
