"""How common a word is as a given name, from maintained data.

Source: ``nam_dict.txt`` of the ``gender-guesser`` package (Jörg Michael's
dictionary of about 48,000 first names with their frequency in 55 countries,
on a logarithmic scale from 1 = rare to 13 = very common). The romanization
groups of ``data/name_variants.json`` count as very common.

Used to check the model's type decision against the name itself: a span the
model calls an organization that reads "Sanae Takaichi" is a person when
"Sanae" is a common given name; a span it calls a person whose first word is no
given name anywhere ("Cowboy Carter", "Apple Watches") is not one.
"""

from __future__ import annotations

import functools
from importlib import resources

from transforms.entities.gazetteer import name_data

# Columns 30.. of a dictionary line hold one frequency digit per country
# (hex, 1..D); the name itself sits in columns 3..29.
_NAME_COLUMNS = slice(3, 29)
_FREQ_COLUMNS = slice(30, 85)
VERY_COMMON = 13


@functools.cache
def _scores() -> dict[str, int]:
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    out: dict[str, int] = {}
    with path.open(encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 31:
                continue
            name = line[_NAME_COLUMNS].strip()
            # "+" joins parts of compound names ("Jean+Pierre") in the file.
            if not name or "+" in name or " " in name:
                continue
            freq = max(
                (int(ch, 16) for ch in line[_FREQ_COLUMNS] if ch in "0123456789ABCDEF"), default=0
            )
            if freq > out.get(name, -1):
                out[name] = freq
    nd = name_data()
    for given in nd.given_names:
        out[given] = VERY_COMMON
    return out


# Given names this common (or in a romanization group) are enough to read an
# untagged "Given Surname" pair as a person.
COMMON = 7


@functools.cache
def common_given_names() -> frozenset[str]:
    """Given names common enough to start a person's name the model missed."""
    return frozenset(name for name, freq in _scores().items() if freq >= COMMON)


def given_name_score(word: str) -> int:
    """0 when ``word`` is not a known given name, else its highest frequency (1..13)."""
    return _scores().get(word, 0)
