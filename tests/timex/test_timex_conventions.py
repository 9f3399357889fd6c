"""TIMEX3 conventions on tiny news sentences with gold in ``data/conventions.json``.

Each case lists every span the extractor must return with its type and value; the
cases marked ``parse`` also run with the spaCy parse, the way the pipeline calls
the extractor (tense from the governing verb).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from transforms.timex.extract import extract_timexes

_DATA = json.loads((Path(__file__).parent / "data" / "conventions.json").read_text("utf-8"))
CASES: list[dict[str, Any]] = _DATA["cases"]


def _ids(case: dict[str, Any]) -> str:
    return f"{case['convention']}: {case['text'][:50]}"


def _got(case: dict[str, Any], doc: Any = None) -> list[list[str]]:
    recs = extract_timexes(case["text"], published_date=dt.date.fromisoformat(case["dct"]), doc=doc)
    return [[r.text, r.type, r.value] for r in recs]


@pytest.mark.parametrize("case", [c for c in CASES if not c.get("parse_only")], ids=_ids)
def test_convention_without_parse(case: dict[str, Any]) -> None:
    assert _got(case) == case["gold"], case.get("note", "")


@pytest.mark.parametrize("case", [c for c in CASES if c.get("parse")], ids=_ids)
def test_convention_with_parse(nlp: Any, case: dict[str, Any]) -> None:
    assert _got(case, nlp(case["text"])) == case["gold"], case.get("note", "")


def test_every_convention_is_covered() -> None:
    kinds = {c["convention"] for c in CASES}
    assert {"zone", "quarter", "half", "season", "mod", "fuzzy", "set", "weekday"} <= kinds
