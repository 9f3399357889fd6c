"""The time-expression lexicons packaged as data files (``data/timex/*.json``).

Each file is ``{"_about": "what it covers and where it comes from", "entries": ...}``;
this reads the entries once per process (pure: packaged data only).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def entries(name: str) -> Any:
    raw = resources.files("transforms").joinpath(f"data/timex/{name}.json").read_text("utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict) or "_about" not in data or "entries" not in data:
        raise ValueError(f"timex lexicon {name}: expected {{'_about': ..., 'entries': ...}}")
    return data["entries"]
