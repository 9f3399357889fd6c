from __future__ import annotations

import datetime as dt

from transforms.corpus.minhash import (
    duplicate_groups,
    estimated_jaccard,
    minhash,
    shingles,
    signature,
)

STORY = (
    "The Kremlin said on Friday it was ready to hold talks with the incoming U.S. "
    "administration, but only on terms that reflect the situation on the ground. "
    "Kremlin spokesman Dmitry Peskov told reporters that no meeting had yet been scheduled, "
    "and analysts said the statement was aimed at testing the president-elect's resolve "
    "before his inauguration in January. Officials in Kyiv did not immediately respond."
)
OTHER = (
    "A magnitude 6.1 earthquake struck off the coast early on Monday, the geological survey "
    "said, adding that no tsunami warning had been issued. Residents reported strong shaking "
    "in several towns, and local officials said they were checking bridges and schools for "
    "damage before classes resume later in the week, according to a statement."
)


Row = tuple[str, str, dt.date | None, str]


def _duplicate_of(rows: list[Row]) -> dict[str, str | None]:
    """article_id -> the article it near-duplicates (None for originals), for every row."""
    dup = duplicate_groups(
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        [signature(r[3]) for r in rows],
    )
    return {r[0]: dup.get(r[0]) for r in rows}


def test_groups_and_first_by_date_then_path() -> None:
    got = _duplicate_of(
        [
            ("a1", "z.txt", None, STORY),
            ("a2", "b.txt", dt.date(2024, 11, 9), STORY + " Updated."),
            ("a3", "a.txt", dt.date(2024, 11, 9), STORY.replace("Friday", "Friday,")),
            ("a4", "c.txt", dt.date(2024, 11, 1), OTHER),
            ("a5", "d.txt", None, ""),
            ("a6", "e.txt", None, ""),
        ]
    )
    assert got == {"a1": "a3", "a2": "a3", "a3": None, "a4": None, "a5": None, "a6": None}


def test_deterministic_signatures() -> None:
    assert minhash(shingles(STORY)) == minhash(shingles(STORY))
    assert estimated_jaccard(minhash(shingles(STORY)), minhash(shingles(OTHER))) < 0.2


def test_empty_corpus() -> None:
    assert _duplicate_of([]) == {}
