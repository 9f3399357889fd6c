"""Reading the lexicons that live beside each domain (``transforms/<domain>/data/``).

A lexicon is a JSON file holding one concept. It starts with a header,
``{"_about": {"covers": ..., "source": ...}, "entries": ...}``, saying what the
list covers and where it comes from; ``load`` returns the entries. A missing
file is a broken install, not an empty list.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(package: str, name: str) -> Any:
    """The entries of ``<package>/data/<name>`` (e.g. ``load("transforms.quotes", "cues.json")``)."""
    path = resources.files(package) / "data" / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{package.replace('.', '/')}/data/{name} is missing (reinstall the package)"
        )
    raw = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(raw, dict) and "_about" in raw:
        return raw["entries"]
    return raw
