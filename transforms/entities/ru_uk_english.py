"""English spellings of English personal names written in Cyrillic (Трамп -> Trump).

Russian and Ukrainian respell foreign names by sound, so transliterating them
back gives "Tramp" and "Sallivan". Instead, the Cyrillic name is read backwards
through the practical-transcription table (``data/ru_uk_english_names.json``),
which yields candidate English spellings, and the most common candidate found
in the US Census 1990 name lists (shipped in the ``names`` package) is taken.
Names with a Slavic surname ending, or whose plain transliteration is itself a
census name, are left to the transliteration (``ru_uk_translit``).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from transforms import lexicon

# Candidate spellings kept while reading a name letter by letter; enough for
# names of up to a dozen letters with the table's ambiguity.
MAX_CANDIDATES = 20_000
RARITY_PER_STEP = 4


@functools.cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = lexicon.load("transforms.entities", "ru_uk_english_names.json")
    return data


@functools.cache
def _census(kind: str) -> dict[str, int]:
    """Lower-case name -> census rank (1 = most common) from the ``names`` package's lists."""
    files = {"last": ("dist.all.last",), "first": ("dist.male.first", "dist.female.first")}[kind]
    ranks: dict[str, int] = {}
    for name in files:
        text = resources.files("names").joinpath(name).read_text("utf-8")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4:
                ranks.setdefault(parts[0].lower(), int(parts[3]))
    return ranks


def _spellings(word: str) -> list[tuple[str, int]]:
    table = _table()
    clusters: dict[str, list[str]] = table["clusters"]
    letters: dict[str, list[str]] = table["letters"]
    low = word.lower()
    # (spelling, how many non-first options it took): the first option of each
    # letter is the usual correspondence, so fewer departures is likelier.
    states: list[tuple[str, int]] = [("", 0)]
    i = 0
    while i < len(low):
        two = low[i : i + 2]
        if two in clusters:
            options, step = clusters[two], 2
        else:
            options, step = letters.get(low[i], [low[i]]), 1
        states = [(s + o, pen + k) for s, pen in states for k, o in enumerate(options)]
        states = states[:MAX_CANDIDATES]
        i += step
    if table.get("final_e"):
        states += [(s + "e", pen) for s, pen in states if not s.endswith("e")]
    return states


def _scored(word: str, kind: str) -> list[tuple[int, str]]:
    # Census rank weighted by how unusual the reading is: each step away from a
    # letter's usual correspondence counts as a fourfold rarer name, so "Trump"
    # (rank 8,608, а read as u) beats "Tramp" (rank 67,050, а read as a).
    census = _census(kind)
    return [(census[c] * RARITY_PER_STEP**pen, c) for c, pen in _spellings(word) if c in census]


def _best(word: str, kind: str) -> str | None:
    found = _scored(word, kind)
    return min(found)[1].capitalize() if found else None


def is_slavic_surname(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(e) for e in _table()["slavic_endings"])


# Case endings an English surname takes in Russian or Ukrainian (Вэнса, Трампом).
_CASE_ENDINGS = ("ом", "ем", "ым", "им", "ові", "еві", "а", "у", "ю", "е", "і")


def english_surname(word: str, plain: str) -> str | None:
    """The census spelling of a Cyrillic surname, or None to keep the transliteration ``plain``.

    The word may still carry a case ending when the morphology did not know the
    name (Вэнса); the stem without it is tried too, at one step's rarity.
    """
    if is_slavic_surname(word):
        return None
    found = _scored(word, "last")
    low = word.lower()
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            found += [
                (score * RARITY_PER_STEP, c) for score, c in _scored(word[: -len(ending)], "last")
            ]
    return min(found)[1].capitalize() if found else None


def usual_spelling(word: str) -> str:
    """The reading with every letter's usual English correspondence (Уиткофф -> Witkoff)."""
    return min(_spellings(word), key=lambda s: s[1])[0].capitalize()


def english_given(word: str, plain: str) -> str | None:
    """The census spelling of a Cyrillic given name, or None to keep ``plain``.

    As for surnames, a stem without a case ending competes (Такера -> Tucker).
    """
    found = _scored(word, "first")
    low = word.lower()
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            found += [
                (score * RARITY_PER_STEP, c) for score, c in _scored(word[: -len(ending)], "first")
            ]
    return min(found)[1].capitalize() if found else None


def initials(words: list[str]) -> str | None:
    """Latin letter names written in Cyrillic (Джей Ди -> JD), or None."""
    names: dict[str, str] = _table()["letter_names"]
    letters = [names.get(w.lower()) for w in words]
    if len(letters) < 2 or any(x is None for x in letters):
        return None
    return "".join(x for x in letters if x)
