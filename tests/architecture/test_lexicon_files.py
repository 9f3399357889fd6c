"""Every lexicon of the transforms domains carries the house header.

The header (``{"_about": {"covers", "source"}, "entries"}``) is what lets a
reader judge a word list without reading the code; word lists are compared
with lower-cased tokens, so an upper-case or repeated entry is a silent bug.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from transforms import lexicon

REPO = Path(__file__).resolve().parents[2]
DOMAINS = ("articles", "entities", "events", "quotes", "timex", "corpus")
FILES = sorted(p for d in DOMAINS for p in (REPO / "transforms" / d / "data").glob("*.json"))
# every domain folder with a data/ folder is covered
assert {p.parent.name for p in (REPO / "transforms").glob("*/data")} <= set(DOMAINS)


def _word_lists(entries: Any) -> list[list[Any]]:
    """The plain word lists of a lexicon: its entries, or each list under a key."""
    if isinstance(entries, list) and all(isinstance(w, str) for w in entries):
        return [entries]
    if isinstance(entries, dict) and all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in entries.values()
    ):
        return list(entries.values())
    return []  # structured lexicons (places, institutions) have their own tests


def test_the_domains_have_lexicons() -> None:
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_header_and_entries(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) == {"_about", "entries"}
    about = raw["_about"]
    assert isinstance(about.get("covers"), str) and len(about["covers"]) > 40
    assert isinstance(about.get("source"), str) and about["source"].strip()
    assert raw["entries"]
    package = f"transforms.{path.parent.parent.name}"
    assert lexicon.load(package, path.name) == raw["entries"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_word_lists_are_lower_case_and_unique(path: Path) -> None:
    for words in _word_lists(json.loads(path.read_text(encoding="utf-8"))["entries"]):
        assert words, f"{path.name}: an empty list"
        assert all(w == w.lower() and w.strip() == w and w for w in words), path.name
        assert len(words) == len(set(words)), f"{path.name}: repeated entries"
