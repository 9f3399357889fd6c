"""Romanizing Russian and Ukrainian names into the forms English newspapers print.

Rules and tables live in ``data/translit.json`` (BGN/PCGN for Russian, the 2010
Ukrainian national system for Ukrainian, plus documented press conventions) and
``data/given_names.json`` (Russian <-> Ukrainian forms of given names, so that a
Russian named in a Ukrainian article is romanized from the Russian form, and the
other way round).
"""

from __future__ import annotations

import functools
from typing import Any

from transforms import lexicon

VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
APOSTROPHES = frozenset("'’ʼ")


def _data(name: str) -> dict[str, Any]:
    """Entries of ``transforms/entities/data/ru_uk_<name>``."""
    data: dict[str, Any] = lexicon.load("transforms.entities", f"ru_uk_{name}")
    return data


def _table(lang: str) -> dict[str, Any]:
    table: dict[str, Any] = _data("translit.json")[lang]
    return table


def romanize(word: str, lang: str) -> str:
    """One word (any case) in the Latin form of ``lang``'s system; capitalized like the input."""
    table = _table(lang)
    low = word.lower()
    out: list[str] = []
    i = 0
    endings: list[list[str]] = table["endings"]
    clusters: list[list[str]] = table["clusters"]
    while i < len(low):
        ending = next(
            (e for e in endings if low.endswith(e[0]) and i == len(low) - len(e[0])), None
        )
        if ending is not None and len(low) > len(ending[0]):
            out.append(ending[1])
            break
        cluster = next((c for c in clusters if low.startswith(c[0], i)), None)
        if cluster is not None:
            out.append(cluster[1])
            i += len(cluster[0])
            continue
        ch = low[i]
        prev = low[i - 1] if i else ""
        if i == 0 and ch in table["initial"]:
            out.append(table["initial"][ch])
        elif (
            prev
            and (prev in VOWELS or prev in APOSTROPHES or prev in "ьъ")
            and ch in table.get("after_vowel", {})
        ):
            out.append(table["after_vowel"][ch])
        elif lang == "uk" and prev and prev in APOSTROPHES and ch in table["initial"]:
            out.append(table["initial"][ch])
        elif (
            ch == "є"
            and "after_consonant_ie" in table
            and prev.isalpha()
            and prev not in VOWELS
            and prev not in "ьъ"
        ):
            out.append(table["after_consonant_ie"])
        else:
            out.append(table["letters"].get(ch, ch))
        i += 1
    latin = "".join(out)
    return _case_like(word, latin)


def _case_like(model: str, latin: str) -> str:
    if model.isupper() and len(model) > 1:
        return latin.upper()
    if model[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


def romanize_phrase(text: str, lang: str) -> str:
    """Each word romanized; hyphenated parts each keep their capital."""
    words = []
    for word in text.split():
        words.append("-".join(romanize(part, lang) if part else part for part in word.split("-")))
    return " ".join(words)


@functools.cache
def _given_maps() -> tuple[dict[str, str], dict[str, str]]:
    ru_to_uk: dict[str, str] = {}
    uk_to_ru: dict[str, str] = {}
    for ru, uk in _data("given_names.json")["pairs"]:
        ru_to_uk.setdefault(ru.lower(), uk)
        uk_to_ru.setdefault(uk.lower(), ru)
    return ru_to_uk, uk_to_ru


def is_given_name(word: str, lang: str) -> bool:
    ru_to_uk, uk_to_ru = _given_maps()
    return word.lower() in (ru_to_uk if lang == "ru" else uk_to_ru)


# Letters of a Ukrainian surname and their Russian spelling, for a Russian
# named in Ukrainian text (Пєсков -> Песков, Путін -> Путин, Дмитрієв -> Дмитриев).
_UK_TO_RU_LETTERS = str.maketrans(
    {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""}
)


def given_name(word: str, text_lang: str, origin: str) -> str:
    """English form of a given name written in ``text_lang`` for a person of ``origin``."""
    ru_to_uk, uk_to_ru = _given_maps()
    native = word
    if text_lang != origin:
        mapped = (uk_to_ru if text_lang == "uk" else ru_to_uk).get(word.lower())
        if mapped is not None:
            native = mapped
    press: dict[str, str] = _data("given_names.json")["press"].get(origin, {})
    if native in press:
        return press[native]
    lang = origin if native is not word or text_lang == origin else text_lang
    return romanize(native, lang)


def surname(word: str, text_lang: str, origin: str) -> str:
    """English form of a surname (nominative) written in ``text_lang`` for a person of ``origin``."""
    if text_lang == "uk" and origin == "ru":
        return "-".join(romanize(p.translate(_UK_TO_RU_LETTERS), "ru") for p in word.split("-"))
    return "-".join(romanize(p, text_lang) for p in word.split("-"))
