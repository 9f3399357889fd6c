"""Consonant skeletons: one key for a word in Latin or Cyrillic script, however it is spelled.

Reports of one statement in English, Russian and Ukrainian share few words,
but they share names (Песков / Пєсков / Peskov, Маск / Musk) and
internationalisms (спекуляции / speculations, инфляция / inflation,
журналистам / journalists). Romanizing Cyrillic with the project's press
transliteration (``transforms.entities.ru_uk_translit``) and keeping only the
first consonants, with the spellings that differ between the systems folded
together (zh/j, kh/ch/c/k, w/v), gives both forms one key. Inflected
endings fall away because only a prefix is kept.

The key is coarse on purpose: it is used to find candidates and as one
agreement item among several, never alone.
"""

from __future__ import annotations

import re

from transforms.entities.ru_uk_translit import romanize

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Spellings of one sound that differ between English and the romanizations.
_FOLD = (
    ("shch", "s"),
    ("zh", "j"),
    ("kh", "k"),
    ("ch", "k"),
    ("sh", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
)
_DROP = frozenset("aeiouyh'’ʼ")


def latin(word: str, lang: str) -> str:
    """The word in Latin letters, lower case (Cyrillic romanized as ``lang``, ru when not uk)."""
    if _CYRILLIC.search(word):
        if lang == "uk":
            # Ukrainian г is romanized h, but the Russian and English forms have g
            # (енергія / энергия / energy).
            return romanize(word.replace("г", "ґ").replace("Г", "Ґ"), "uk").lower()
        return romanize(word, "ru").lower()
    return word.lower()


def skeleton(word: str, lang: str, size: int) -> str:
    """The first ``size`` consonants of the word's Latin form, repeated letters collapsed."""
    s = latin(word, lang)
    for a, b in _FOLD:
        s = s.replace(a, b)
    out: list[str] = []
    for ch in s:
        if ch in _DROP or not ch.isalpha():
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
        if len(out) == size:
            break
    return "".join(out)
