"""Sports clubs told by the match report around them (issue 19).

The small English model reads most club names as what they are named after:
"Manchester City" and "Southampton" as places, "Chelsea" and "Aston Villa" as
people, "City" and "QPR" as nothing. In a sports report (two or more distinct
words of ``sport_words.json``) a name is a club when

- its form is a club's: two words or more ending in a club word ("Aston Villa",
  "West Ham United"; ``club_name_words.json``) and not itself a place in the
  geographic data ("Kansas City");
- the words around it are a team's (``team_context.json``): "leaders Chelsea",
  "victory over Southampton", "QPR, who beat West Brom", "United coach Ruben
  Amorim", "Villa were struggling" (a plural verb after a singular name);
- it is the last word of a club named in the article, or a lone capitalised
  club word mid-sentence ("City", "United").

Names typed as people are judged by the strict contexts only (a player also
"beats" another), and country names are left alone (national teams are the
country by metonymy in the gold guides).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from transforms import lexicon
from transforms.entities.geo import lookup


def _lexicon(name: str) -> Any:
    return lexicon.load("transforms.entities", name)


_SPORT_WORDS: frozenset[str] = frozenset(_lexicon("sport_words.json"))
_CONTEXT = _lexicon("team_context.json")
_BEFORE: frozenset[str] = frozenset(_CONTEXT["before_name"])
_BEFORE_NEEDS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _CONTEXT["before_name_needs"].items()
}
_AFTER: frozenset[str] = frozenset(_CONTEXT["after_name"])
_VERBS_AFTER: frozenset[str] = frozenset(_CONTEXT["verbs_after"])
# Words before a club that no person is called by ("leaders Chelsea").
_STRICT_BEFORE = frozenset({"leaders", "champions", "holders", "rivals", "hosts", "visitors"})
_PLURAL_VERBS = frozenset({"were", "are"})
CLUB_WORDS: frozenset[str] = frozenset(_lexicon("club_name_words.json"))
# Minimum distinct sport words for a sports report: one may be a metaphor
# ("a penalty for late filing"), two rarely are.
MIN_SPORT_WORDS = 2


def sports_report(doc: Doc) -> bool:
    """Does the article read as a sports report?"""
    found: set[str] = set()
    for tok in doc:
        if tok.pos_ == "VERB":
            continue  # "brace for", "pitcher" is never a verb, "brace" is
        low = tok.lower_
        if low in _SPORT_WORDS:
            found.add(low)
        elif tok.lemma_.lower() in _SPORT_WORDS:
            found.add(tok.lemma_.lower())
        if len(found) >= MIN_SPORT_WORDS:
            return True
    return False


def club_form(doc: Doc, s: int, e: int) -> bool:
    """A name of two words or more ending in a club word, not itself a place."""
    if e - s < 2 or doc[e - 1].lower_ not in CLUB_WORDS or not doc[s].text[:1].isupper():
        return False
    return lookup(doc[s:e].text) is None


def is_country(text: str) -> bool:
    place = lookup(text)
    return place is not None and place.kind == "country"


def team_context(doc: Doc, s: int, e: int, *, strict: bool) -> bool:
    """Do the words around ``doc[s:e]`` make it a team? ``strict`` keeps only
    the contexts no person is found in."""
    p = s - 1
    if p >= 0 and doc[p].lower_ == "the":
        if e - s == 1 and doc[s].tag_ == "NNPS" and doc[s].text.endswith("s"):
            return True  # "the Lakers": no person takes "the" and a plural
        p -= 1
    if p >= 0:
        word = doc[p].lower_
        if word in _STRICT_BEFORE:
            return True
        if not strict and word in _BEFORE:
            needs = _BEFORE_NEEDS.get(word)
            if needs is None or (p > 0 and doc[p - 1].lower_ in needs):
                return True
    if e >= len(doc):
        return False
    nxt = doc[e]
    if nxt.lower_ in _AFTER and nxt.pos_ in ("NOUN", "PROPN"):
        return True
    if (
        nxt.lower_ in _PLURAL_VERBS
        and not doc[e - 1].text.endswith("s")
        and not (s > 0 and doc[s - 1].lower_ in ("and", "&", ","))
    ):
        return True  # "Villa were struggling": a club takes a plural verb
    if strict:
        return False
    if nxt.lower_ in _VERBS_AFTER - _PLURAL_VERBS:
        return True
    # "QPR, who beat West Brom"; "City - who play Crystal Palace"
    return (
        nxt.text in (",", "-", "–", "—")
        and e + 2 < len(doc)
        and doc[e + 1].lower_ == "who"
        and (doc[e + 2].lower_ in _BEFORE or doc[e + 2].lower_ in _VERBS_AFTER)
    )


def lone_club_word(doc: Doc, i: int) -> bool:
    """A capitalised club word standing alone mid-sentence ("City", "United")."""
    tok = doc[i]
    if tok.lower_ not in CLUB_WORDS or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    if tok.text.isupper():
        return False  # "FC" alone, or a heading
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    for t in (prev, nxt):
        if t is not None and t.text[:1].isupper() and t.is_alpha:
            return False  # part of a longer name ("Manchester City", "City Council")
    return not (nxt is not None and nxt.lower_ == "of")  # "City of Chicago"


def untagged_acronym_team(doc: Doc, i: int) -> bool:
    """An all-capital word the model left untagged, in a team's context ("QPR")."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 5):
        return False
    return team_context(doc, i, i + 1, strict=False)
