"""Places the model missed or called a person, judged by the geographic data and the context.

The small English model tags many places outside the Anglosphere as PERSON
("Kherson") or not at all ("Kursk"). A single capitalised word that the
geographic data (``transforms.entities.geo``) knows as a place is taken as one
when its context says it is a place, whatever the model said:

- a place noun follows it, directly or after a coordinated list ("Kursk
  region", "Donetsk and Luhansk regions");
- a preposition of place precedes it ("in Kursk", "near Pokrovsk");
- it is coordinated with a place the article already has ("Donetsk, Luhansk,
  Kherson and Zaporizhzhia").

Without such context a word that is also a surname or a company stays what the
model said.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from transforms import lexicon
from transforms.entities.geo import Place, lookup

# Nouns that make the name before them a place ("Kherson region").
PLACE_NOUNS: frozenset[str] = frozenset(
    lexicon.load("transforms.entities", "place_nouns.json")["after_name"]
)
# Prepositions that take places far more often than people; "to", "from",
# "with", "by" take both.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    lexicon.load("transforms.entities", "place_prepositions.json")
)


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    start: int
    end: int
    place: Place


def _coordinated(doc: Doc, i: int) -> list[Token]:
    """Tokens of the list "A, B and C" that ``doc[i]`` is part of (without it)."""
    out: list[Token] = []
    j = i - 1
    while j > 0 and doc[j].text in (",", "and", "or"):
        if doc[j - 1].text[:1].isupper():
            out.append(doc[j - 1])
            j -= 2
        else:
            break
    j = i + 1
    while j + 1 < len(doc) and doc[j].text in (",", "and", "or"):
        if doc[j + 1].text[:1].isupper():
            out.append(doc[j + 1])
            j += 2
        else:
            break
    return out


def _noun_after_list(doc: Doc, i: int) -> bool:
    j = i + 1
    for _ in range(8):
        if j >= len(doc):
            return False
        t = doc[j]
        if t.lower_ in PLACE_NOUNS:
            return True
        if t.text in (",", "and", "or") or (t.text[:1].isupper() and t.pos_ == "PROPN"):
            j += 1
            continue
        return False
    return False


def place_context(doc: Doc, i: int, place_tokens: set[int]) -> bool:
    """Does the context of the one-word name ``doc[i]`` say it is a place?"""
    if _noun_after_list(doc, i):
        return True
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.lower_ in PLACE_PREPOSITIONS:
        return True
    return any(t.i in place_tokens for t in _coordinated(doc, i))


def recover_places(doc: Doc, candidates: list[int], place_tokens: set[int]) -> list[PlaceSpan]:
    """Places among the one-word names at ``candidates`` (token indices).

    ``place_tokens`` are tokens already in place mentions; a recovered place
    counts for the next ones (lists are read left to right and right to left).
    """
    found: dict[int, PlaceSpan] = {}
    known = set(place_tokens)
    for _ in range(2):  # a list's first item may only be known after its last
        for i in candidates:
            if i in found:
                continue
            tok = doc[i]
            if not tok.text[:1].isupper() or (tok.is_sent_start and tok.pos_ != "PROPN"):
                continue
            place = lookup(tok.text)
            if place is None or not place_context(doc, i, known):
                continue
            found[i] = PlaceSpan(i, i + 1, place)
            known.add(i)
    return [found[i] for i in sorted(found)]
