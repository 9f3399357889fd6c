from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from transforms.articles.metadata import (
    date_from_url,
    dateline_agency,
    find_url,
    first_date,
    is_dateline,
    original_outlet,
    outlet_from_url,
    parse_bio,
    parse_byline,
    resolve_bio_outlet,
    resolve_outlet,
    self_reference_outlet,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 06, 2024", dt.date(2024, 11, 6)),
        ("by Martin Fornusek November 7, 2024 9:46 AM 2 min read", dt.date(2024, 11, 7)),
        ("2024-11-06T10:00:00Z", dt.date(2024, 11, 6)),
        ("6 November 2024", dt.date(2024, 11, 6)),
        ("Nov. 6, 2024", dt.date(2024, 11, 6)),
        ("Thu 7 Nov 2024 14.05 GMT", dt.date(2024, 11, 7)),
        ("7 ноября 2024, 19:45", dt.date(2024, 11, 7)),
        ("7 листопада 2024", dt.date(2024, 11, 7)),
        ("6 de noviembre de 2024", dt.date(2024, 11, 6)),
        ("6. November 2024", dt.date(2024, 11, 6)),
        ("06.11.2024", dt.date(2024, 11, 6)),
        ("November 12, 202410:21 AM GMT", dt.date(2024, 11, 12)),
        ("February 30, 2024", None),
        ("in 2024 there were 30 cases", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert first_date(text) == expected


def test_dateline() -> None:
    assert is_dateline("November 06, 2024")
    assert is_dateline("Updated November 7, 2024 at 9:46 a.m. EST")
    assert not is_dateline("Donald Trump at his headquarters in Florida. November 6, 2024.")


def test_url_date_and_outlet() -> None:
    url = "https://www.themoscowtimes.com/2024/11/06/kremlin-officials-hope-a86929"
    assert date_from_url(url) == dt.date(2024, 11, 6)
    assert outlet_from_url(url) == "The Moscow Times"
    assert outlet_from_url("https://edition.cnn.com/2024/x") == "CNN"
    assert outlet_from_url("https://example.org/2024/11/06/") is None


def test_find_url_prefers_label() -> None:
    lines = ["Original url:", "", "<https://www.themoscowtimes.com/2024/11/06/a-a1>"]
    assert find_url(lines) == "https://www.themoscowtimes.com/2024/11/06/a-a1"


def test_bylines() -> None:
    by = parse_byline("by Martin Fornusek November 7, 2024 9:46 AM 2 min read")
    assert by is not None and by.authors == ("Martin Fornusek",)
    by = parse_byline("By Guy Faulconbridge and Mark Trevelyan")
    assert by is not None and by.authors == ("Guy Faulconbridge", "Mark Trevelyan")
    by = parse_byline("By Jane Roe, Reuters")
    assert by is not None and by.authors == ("Jane Roe",) and by.outlet == "Reuters"
    assert parse_byline("by the end of the year prices rose") is None
    assert parse_byline("By contrast, the ministry said nothing.") is None


def test_bios_and_the_times() -> None:
    bio = parse_bio(
        "Anton Troianovski is the Moscow bureau chief for The Times. He writes about Russia."
    )
    assert bio is not None and bio.name == "Anton Troianovski" and bio.outlet_text == "The Times"
    nyt_style = "Mr. Putin said. Mr. Trump agreed. Ms. Harris declined to comment."
    assert resolve_bio_outlet("The Times", nyt_style) == "The New York Times"
    assert resolve_bio_outlet("The Times", "Putin said. Trump agreed.") is None
    bio = parse_bio("Valerie Hopkins covers the war in Ukraine. She is based in Moscow.")
    assert bio is not None and bio.name == "Valerie Hopkins"
    assert parse_bio("Boris Bondarev, a former Russian diplomat, warned of risks.") is None


def test_self_reference_versus_citation() -> None:
    own = (
        "Officials told The Moscow Times on Monday. A diplomat told The Moscow Times that "
        "talks were planned. The Moscow Times’ source in the ministry agreed."
    )
    assert self_reference_outlet(own) == "The Moscow Times"
    assert self_reference_outlet(own + " The Moscow Times previously reported on it.") == (
        "The Moscow Times"
    )
    cited = (
        "A source told Verstka on Monday, the independent outlet Verstka said. "
        "According to Verstka’s source, the list was long."
    )
    assert self_reference_outlet(cited) is None
    assert self_reference_outlet("Verstka reported on Nov. 6, citing a source.") is None
    assert self_reference_outlet("Reporting by The Washington Post was denied.") is None


def test_original_outlet() -> None:
    assert original_outlet("This article was first [published](#) by VPost.") == "VPost"
    assert original_outlet("This story was originally published by The Guardian.") == (
        "The Guardian"
    )
    assert original_outlet("Republished with permission from Meduza.") == "Meduza"
    assert original_outlet("This article was originally published in Russian by Meduza.") == (
        "Meduza"
    )
    assert original_outlet("The report was first published by Verstka on Wednesday.") is None


def test_agency_dateline() -> None:
    assert dateline_agency("MOSCOW, Nov 12 (Reuters) - Russia said...") == "Reuters"
    assert dateline_agency("KYIV, Ukraine (AP) — A drone hit...") == "Associated Press"
    assert dateline_agency("Russia (which says) - nothing") is None


def test_outlets_file_schema() -> None:
    path = Path(__file__).resolve().parents[2] / "transforms" / "articles" / "data" / "outlets.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw["_about"]) == {"covers", "source"}
    data = raw["entries"]
    assert len(data) >= 30
    names = set()
    for o in data:
        assert set(o) == {"name", "domains", "aliases"}
        assert isinstance(o["name"], str) and o["name"] not in names
        assert all(isinstance(d, str) and "/" not in d for d in o["domains"])
        assert all(isinstance(a, str) for a in o["aliases"])
        names.add(o["name"])
    assert resolve_outlet("the Guardian") == "The Guardian"
    assert resolve_outlet("NYT") == "The New York Times"
