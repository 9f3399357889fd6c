"""Entity mentions of one article: model + gazetteer, corrected by the article itself.

The small English model is good at finding names and poor at typing them: in
news about Russia it tags "Trump" as ORG most of the time, "Kyiv" as PERSON,
"Valentina Matviyenko" as ORG. The fixes here use evidence from the article
itself, so they work on unseen text rather than on a list of known people:

1. Spans come from ``doc.ents`` (model + the gazetteer ruler, see
   ``transforms.entities.gazetteer``), trimmed of "the", possessives and editorial
   brackets.
2. Person names are collected from spans that look like full names ("Given
   Surname", possibly with a title or middle initial); pairs the model missed or
   mistyped are recovered when the first word is a known given name.
3. Any other span (or untagged proper noun) that is just a surname of one of those
   people becomes a mention of that person: "Mr. Trump", "Trump’s", "Peskov".
4. The article-level name (``EntityRef[1]``) is the fullest form in the article
   without titles, initials or possessives; gazetteer names for known
   institutions, places and outlets.

Corpus-wide merging (spelling variants, surname-only articles) is
``transforms.entities.canonical``'s job.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from contract.records import EntityRef, MentionRecord
from transforms import lexicon
from transforms.entities.gazetteer import Gazetteer, gazetteer, parse_ent_id
from transforms.entities.geo import Place, country_of_demonym, geo, lookup
from transforms.entities.media_names import broadcast_word_after, cited_as_outlet, opening_credit
from transforms.entities.names import COMMON as COMMON_GIVEN
from transforms.entities.names import common_given_names, given_name_score
from transforms.entities.org_names import (
    employer_after_role,
    employer_before_role,
    followed_by_ticker,
    is_alert,
    is_award,
    is_code_name,
    is_heading,
    is_portfolio,
    is_region,
    kin_of,
    legal_form_names,
    region_names,
    strip_legal_form,
    ticker_names,
)
from transforms.entities.places import recover_places
from transforms.entities.teams import (
    CLUB_WORDS,
    club_form,
    is_country,
    lone_club_word,
    sports_report,
    team_context,
    untagged_acronym_team,
)

# Model labels we keep, by contract type. LOC is a place for this dataset
# ("Middle East", "Arctic" are gpe in the gold); FAC/PRODUCT/EVENT are not
# entities of the contract.
_TYPE_OF_LABEL = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "gpe", "NORP": "norp"}


def _lexicon(name: str) -> Any:
    """A word list of ``transforms/entities/data`` (its ``_about`` says what it covers)."""
    return lexicon.load("transforms.entities", name)


# Words that precede a name as a title or role, compared lower-case without dots.
# Stripped from the start of person names only ("President Vladimir Putin" ->
# "Vladimir Putin"); they never end a name.
_TITLES: frozenset[str] = frozenset(_lexicon("person_titles.json")["before_name"])
# Roles written before a name ("Fire Capt.", "Midfielder", "referee"): stripped from
# the start of a person span only; they also build body names ("Police Department").
_ROLES: frozenset[str] = _TITLES | frozenset(_lexicon("person_titles.json")["role_before_name"])
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_INITIAL = re.compile(r"^[A-Z]\.?$")
_REGNAL = re.compile(r"^[IVX]+$")
_ARTICLE = frozenset({"the", "The"})
# Patronymics are dropped from names: "Vladimir Vladimirovich Putin" is "Vladimir Putin".
_PATRONYMIC = re.compile(r"^[A-Z][a-z]+(ovich|evich|ich|ovna|evna|ichna)$")
# Last words that make a "person" span an organization ("Patriot Coal", "Clinton
# Foundation"). Common surnames ("Post", "Church", "Press") are left out.
_ORG_HEADS: frozenset[str] = frozenset(_lexicon("org_head_nouns.json")["any_span"])
# Generational suffixes are not surnames: "Joseph R. Biden Jr." -> "Joseph Biden".
_NAME_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Title-case verbs that follow a surname in headlines ("Obama Says ...").
_HEADLINE_VERBS: frozenset[str] = frozenset(_lexicon("headline_verbs.json"))
_DEMONYM = re.compile(r"(ian|ians|ese|ish)$")
_NAME_TOKEN = re.compile(r"^[A-Z][\w’'\-]*$")


@dataclass(slots=True)
class _Cand:
    start: int  # token index
    end: int  # token index, exclusive
    etype: str
    name: str | None  # fixed name (gazetteer) or None = derive
    fixed: bool  # from the gazetteer: type and name are not revised
    generic: str | None = None  # bare name of a body every country has, to be resolved
    country: str | None = None  # ISO alpha-2 the mention speaks of (places, nationalities)


def _norm_title(tok: Token) -> str:
    return tok.text.lower().replace(".", "")


def _is_acronym(tok: Token) -> bool:
    return len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha()


def _is_name_token(tok: Token) -> bool:
    return bool(_NAME_TOKEN.match(tok.text)) and tok.text.lower() not in _TITLES


def _trim(doc: Doc, start: int, end: int, *, keep_the: bool) -> tuple[int, int]:
    """Drop possessives, a leading "the", punctuation and anything before an editorial bracket."""
    # Trailing line breaks and punctuation first ("Justin Rose.\n"), so that the
    # line break that ends the span does not count as one inside it.
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (".", ",")):
        end -= 1
    for i in range(end - 1, start - 1, -1):
        # "[his opponent, U.S. Vice President Kamala] Harris": the name part
        # after the bracket is the only reliable span.
        if doc[i].text in ("[", "]", "(", ")", "/", "|") or "\n" in doc[i].text:
            start = i + 1
            break
    while end > start and (
        doc[end - 1].text in _POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")
    ):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if not keep_the and end - start > 1 and doc[start].text in _ARTICLE:
        start += 1
    return start, end


def _person_core(doc: Doc, start: int, end: int, *, full: bool = False) -> list[Token]:
    """Name tokens of a person span: titles, initials, patronymics and possessives removed.

    ``full`` keeps middle initials and "Jr."/"III" (the form an English newspaper
    prints, "Robert F. Kennedy Jr."); the short form is the key that links
    surnames and merges articles."""
    toks = [t for t in doc[start:end] if t.text not in _POSSESSIVE and t.text not in "()"]
    if sum(t.is_quote for t in toks) >= 2:
        # 'Sean "Diddy" Combs': the nickname between quotes is no part of the name
        first_q = next(k for k, t in enumerate(toks) if t.is_quote)
        last_q = max(k for k, t in enumerate(toks) if t.is_quote)
        if first_q > 0 and last_q < len(toks) - 1:
            toks = toks[:first_q] + toks[last_q + 1 :]
    while len(toks) > 2 and (
        (not full and _norm_title(toks[-1]) in _NAME_SUFFIX) or toks[-1].text == ","
    ):
        toks = toks[:-1]
    # Leading titles ("Press Secretary", "Vice President-elect"), except a
    # royal or religious title before a single name ("Pope Francis").
    while len(toks) > 2 and _is_acronym(toks[0]) and not _is_acronym(toks[1]):
        toks = toks[1:]  # "MVP Shai Gilgeous-Alexander", "CEO Tim Cook": a role
    while len(toks) > 1 and (_norm_title(toks[0]) in _ROLES or toks[0].text == "-"):
        if (
            toks[0].lower_ in _NAME_TITLES
            and toks[0].text[:1].isupper()
            and (
                len(toks) == 2
                or (len(toks) == 3 and _REGNAL.match(toks[2].text))
                or (len(toks) == 4 and toks[2].lower_ == "the")
            )
        ):
            break  # "Pope Francis", "Pope Leo XIV", "King Charles III"
        toks = toks[1:]
    if len(toks) >= 3:
        middle = [
            t
            for t in toks[1:-1]
            if (full or not _INITIAL.match(t.text))
            and not _PATRONYMIC.match(t.text)
            and not t.is_quote
        ]
        toks = [toks[0], *middle, toks[-1]]
    return toks


def _join(tokens: list[Token]) -> str:
    """Tokens back to text, keeping intra-word joins ("Jean-Claude") and single spaces."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        out.append(t.text)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and (t.whitespace_ or nxt.i != t.i + 1):
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _strip_possessive_text(text: str) -> str:
    return re.sub(r"(’s|'s|’|')$", "", text).strip()


def _singular_norp(name: str) -> str:
    # "Russians" -> "Russian", "Muslims" -> "Muslim": one norp entity per group
    # word ("Swiss", "Chinese" have no plural -s).
    if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "is", "us")):
        return name[:-1]
    return name


def _country_before(doc: Doc, start: int) -> str | None:
    """The country named right before a generic body: "Ukraine's Foreign Ministry",
    "the Chinese Defense Ministry", "the United States' Security Council"."""
    i = start - 1
    if i >= 0 and doc[i].text in _POSSESSIVE:
        i -= 1
    if i < 0 or not doc[i].ent_type_:
        return None
    # the whole entity the token belongs to ("United States")
    j = i
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    text = doc[j : i + 1].text
    return _country_of_text(text)


def _country_of_text(text: str) -> str | None:
    place = lookup(text)
    if place is not None and place.country is not None:
        return place.country
    return country_of_demonym(text)


def _resolve_generic(gaz: Gazetteer, bare: str, country: str | None, mentioned: set[str]) -> str:
    """The name of a generic body ("Foreign Ministry") once its country is known."""
    body = gaz.generic[bare]
    if country is None and body.international_if in mentioned and body.international_name:
        return body.international_name
    if country is None:
        return bare
    g = geo()
    adj = g.demonym_of.get(country)
    cname = g.country_names.get(country)
    if adj is None or cname is None:
        return bare
    return body.template.format(adj=adj, country=cname)


def _article_countries(cands: list[_Cand]) -> list[str]:
    """Countries the article speaks of, most mentioned first (ties: first mentioned).

    Places count for the country they lie in, nationality words and
    country-bound institutions ("Kremlin") for theirs.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in cands:
        if c.country is None:
            continue
        counts[c.country] = counts.get(c.country, 0) + 1
        first.setdefault(c.country, c.start)
    return sorted(counts, key=lambda k: (-counts[k], first[k]))


def _resolve_generics(doc: Doc, cands: list[_Cand]) -> None:
    """Name every generic body by its own qualifier, else by the article's country.

    A body of a country that has none of that name (the US has no "Foreign
    Ministry") goes to the next country the article speaks of.
    """
    gaz = gazetteer()
    if not any(c.generic for c in cands):
        return
    ranked = _article_countries(cands)
    mentioned = {c.name for c in cands if c.name is not None}
    for c in cands:
        if c.generic is None:
            continue
        body = gaz.generic[c.generic]
        country = _country_before(doc, c.start)
        if country is None:
            country = next((k for k in ranked if k not in body.not_in), None)
            if body.international_if in mentioned:
                country = None
        c.name = _resolve_generic(gaz, c.generic, country, mentioned)


def _longer_name(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """``doc[s:e]`` widened over the capitalised name words glued to it on
    either side (no other entity, title, sentence start or line break). The
    caller keeps the wider span only when an organization's head noun ends it:
    "Sberbank German Gref" is a body and a person."""

    def glued(tok: Token, pos: tuple[str, ...]) -> bool:
        return (
            tok.text[:1].isupper()
            and tok.pos_ in pos
            and not tok.ent_type_
            and not tok.is_sent_start
            and _norm_title(tok) not in _TITLES
            and "\n" not in tok.whitespace_
        )

    while s > 0 and glued(doc[s - 1], ("PROPN", "ADJ")):
        s -= 1
    while e < len(doc) and glued(doc[e], ("PROPN",)) and "\n" not in doc[e - 1].whitespace_:
        e += 1
    return s, e


def _person_as_building(doc: Doc, s: int, e: int) -> bool:
    """A two-word span the model calls a facility that reads "Given Surname":
    a known given name first, no building, place or body word last, not a
    place in the geographic data."""
    if e - s != 2:
        return False
    first, last = doc[s], doc[s + 1]
    return (
        first.is_title
        and first.is_alpha
        and last.is_title
        and last.is_alpha
        and given_name_score(first.text) > 0
        and last.lower_ not in (_FEATURE_HEADS | _FACILITY_NOUNS | _ORG_HEADS | _RUN_HEADS)
        and lookup(doc[s:e].text) is None
    )


def _collect(doc: Doc) -> list[_Cand]:
    gaz = gazetteer()
    cands: list[_Cand] = []
    for ent in doc.ents:
        ref = parse_ent_id(ent.ent_id_) if ent.ent_id_ else None
        if ref is not None:
            etype, name = ref
            keep_the = name.startswith("The ")
            s, e = _trim(doc, ent.start, ent.end, keep_the=keep_the)
            if s >= e:
                continue
            if etype == "org" and _inside_longer_name(doc, s):
                last = cands[-1] if cands else None
                before = doc[last.start : last.end].text if last is not None else ""
                if e - s < 2:
                    # one known word after a name is the head of another name
                    # ("European Society of Cardiology Congress": an event)
                    continue
                if (
                    last is not None
                    and last.end == s
                    and last.etype == "org"
                    # not a party ("Ohio" + "Democratic Party" is the state
                    # branch; its other mentions stay the national party), a
                    # known word ("Democratic" + "White House") or an outlet
                    # ("Post White House bureau chief")
                    and name not in _party_names()
                    and _strip_possessive_text(before) not in gaz.by_alias
                    and before not in gaz.norp_aliases
                    and before.lower() not in _MEDIA_HEADS
                ):
                    # "the National" + "Security Council", "the Florida" +
                    # "Department of State": the model cut one body's name
                    _, le = _longer_name(doc, s, e)
                    if le > e and doc[le - 1].lower_ in _ORG_HEADS:
                        e = le  # "... Department of State" + "Health Services"
                    last.end, last.name, last.fixed = e, None, False
                    continue
            if etype == "org":
                ls, le = _longer_name(doc, s, e)
                if (ls, le) != (s, e) and doc[le - 1].lower_ in _ORG_HEADS:
                    # "Texas Department of State Health Services", "Liberal
                    # Democratic Party": a known name inside a longer one is
                    # not that known body.
                    cands.append(_Cand(ls, le, "org", None, False))
                    continue
            if name in gaz.generic:
                cands.append(_Cand(s, e, etype, name, True, generic=name))
                continue
            country = gaz.country_of.get(name)
            if etype == "gpe":
                place = lookup(name)
                country = place.country if place is not None else None
            cands.append(_Cand(s, e, etype, name, True, country=country))
            continue
        etype_opt = _TYPE_OF_LABEL.get(ent.label_)
        if ent.label_ == "FAC" and doc[ent.end - 1].lower_.rstrip(".") in _ORG_HEADS:
            etype_opt = "org"  # "the All England Club" read as a building
        elif ent.label_ == "FAC" and _person_as_building(doc, ent.start, ent.end):
            etype_opt = "person"  # "the agile Brad Guzan" read as a building
        if etype_opt is None:
            continue
        s, e = _trim(doc, ent.start, ent.end, keep_the=False)
        if s >= e:
            continue
        text = doc[s:e].text
        # Names are capitalised; "state", "anti-" are the model's noise.
        if not text[:1].isupper() and not text[:1].isdigit():
            continue
        demonym = country_of_demonym(text)
        if etype_opt == "gpe" and e - s == 1 and (demonym or _DEMONYM.search(text)):
            # "Ukrainian" tagged GPE is a nationality adjective.
            etype_opt = "norp"
        if etype_opt == "norp" and text in gaz.norp_aliases:
            o_type, o_name = gaz.norp_aliases[text]
            cands.append(_Cand(s, e, o_type, o_name, True, country=gaz.country_of.get(o_name)))
            continue
        if etype_opt == "norp":
            cands.append(_Cand(s, e, "norp", None, False, country=demonym))
            continue
        # The gazetteer's word on a name overrides the model's type
        # ("E.U." GPE -> org European Union, "U.S." -> United States).
        looked = gaz.by_alias.get(text)
        if looked is None and _DOTTED.match(text):
            looked = gaz.by_alias.get(text.replace(".", ""))  # "A.P." is "AP", "C.I.A." "CIA"
        if looked is not None and etype_opt != "person":
            cands.append(
                _Cand(s, e, looked[0], looked[1], True, country=gaz.country_of.get(looked[1]))
            )
            continue
        # Places by the maintained geographic data: any span the model calls a
        # place takes the place's English name ("Kiev" -> "Kyiv"); an
        # organization span only when the word is unmistakably a place (a
        # country, a region, a city of a million: "Kyiv" tagged ORG). Persons
        # are judged later, once the article's own people are known.
        place = lookup(text)
        if place is not None and (
            etype_opt == "gpe"
            or (etype_opt in ("org", "norp") and (place.strong or _facility_after(doc, e)))
        ):
            # Not fixed: a surname of someone named in full here still wins.
            cands.append(_Cand(s, e, "gpe", place.name, False, country=place.country))
            continue
        cands.append(_Cand(s, e, etype_opt, None, False))
    return _forced_spans(doc, cands)


# Head nouns of untagged name runs: the organization heads and the courts and
# chambers that also end place or person names when the model tags them.
_RUN_HEADS = _ORG_HEADS | frozenset(_lexicon("org_head_nouns.json")["untagged_run"])
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")


@functools.cache
def _party_names() -> frozenset[str]:
    """Bodies a nationality-like word names ("Democrats"): the parties."""
    return frozenset(name for _, name in gazetteer().norp_aliases.values())


def _inside_longer_name(doc: Doc, s: int) -> bool:
    """Does a known organization's name at ``s`` end a longer name the model
    found ("European Society of Cardiology" + "Congress")? Then it is no
    mention of the known body but part of another name."""
    if s == 0:
        return False
    prev = doc[s - 1]
    return (
        prev.ent_type_ == "ORG"
        and not prev.ent_id_
        and prev.text[:1].isupper()
        and prev.whitespace_ == " "
        and doc[s].ent_iob_ == "B"
    )


def _forced_spans(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Organizations the text's form makes certain (``transforms.entities.org_names``),
    and regions named by a compass word, over whatever the model made of those words.

    A known organization or outlet of the gazetteer that overlaps keeps its span."""
    forced: list[tuple[int, int, str]] = [
        (s, e, "org")
        for s, e in (
            *legal_form_names(doc, _TITLES),
            *ticker_names(doc),
            *employer_before_role(doc, _TITLES),
            *_untagged_org_runs(doc),
        )
    ]
    forced += [(s, e, "gpe") for s, e in region_names(doc)]
    out = list(cands)
    for s, e, etype in forced:
        over = [c for c in out if c.start < e and s < c.end]
        if any(c.fixed and c.etype in ("org", "media") for c in over):
            continue
        if any(c.start <= s and e <= c.end and c.etype in ("org", "media") for c in over):
            continue  # already inside a longer organization's name
        if any(c.start < s or c.end > e for c in over if c.etype == "person" and etype == "gpe"):
            continue
        for c in over:
            out.remove(c)
        out.append(_Cand(s, e, etype, None, False))
    return out


def _title_case_line(doc: Doc, i: int) -> bool:
    """Is token ``i`` on a line whose words are mostly capitalised (a headline,
    "Bad News for Democrats As ..."), where capitals mark no names?"""
    text = doc.text
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _untagged_org_runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised proper-noun runs the model left untagged that end in an
    organization's head noun ("eight Premier League fixtures")."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and (j == i or "\n" not in doc[j - 1].whitespace_):
            tok = doc[j]
            if (
                not tok.ent_type_
                and tok.pos_ == "PROPN"
                and _NAME_TOKEN.match(tok.text)  # titles too: "Premier League"
            ) or (
                # "Sheriff's Office", "Children's Hospital": a possessive
                # between name words belongs to the name
                j > i
                and tok.text in _POSSESSIVE
                and j + 1 < len(doc)
                and not doc[j + 1].ent_type_
                and _NAME_TOKEN.match(doc[j + 1].text)
                and doc[j + 1].lower_ in _RUN_HEADS
            ):
                j += 1
            else:
                break
        if j - i >= 2 and doc[j - 1].lower_ in _RUN_HEADS:
            # The name words the model did tag belong to it too ("the Carnegie"
            # + "Russia" + "Eurasia Center", "U.S." + "Supreme Court") ...
            k = i
            while (
                k > 0
                and doc[k - 1].pos_ == "PROPN"
                and doc[k - 1].whitespace_ == " "
                and (_NAME_TOKEN.match(doc[k - 1].text) or _DOTTED.match(doc[k - 1].text))
                and not doc[k].is_sent_start
            ):
                k -= 1
            while (
                # "Montana-Dakota Utilities": hyphen-joined name words
                k > 1
                and doc[k - 1].text == "-"
                and not doc[k - 1].whitespace_
                and not doc[k - 2].whitespace_
                and _NAME_TOKEN.match(doc[k - 2].text)
            ):
                k -= 2
            # ... unless they end a longer name the model cut ("Department
            # of State" + "Health Services"), which is found whole elsewhere.
            cut = k > 0 and doc[k - 1].lower_ in _ACRONYM_SKIP and bool(doc[k - 1].ent_type_)
            if not cut and (k < i or not doc[i].is_sent_start) and not _title_case_line(doc, i):
                out.append((k, j))
        i = max(j, i + 1)
    return out


def _orth_ids(words: Iterable[str]) -> np.ndarray:
    return np.array([get_string_id(w) for w in words], dtype=np.uint64)


_given_orth_ids = functools.cache(_orth_ids)


def _indices_of(doc: Doc, orth_ids: np.ndarray) -> list[int]:
    """Indices of the tokens whose text has one of ``orth_ids`` (ORTH hashes), in
    order: found on the ORTH array, so other tokens never become Token objects."""
    return [int(i) for i in np.flatnonzero(np.isin(doc.to_array(ORTH), orth_ids))]


def _given_name_pairs(doc: Doc, cands: list[_Cand], given: frozenset[str]) -> list[_Cand]:
    """ "Dmitry Medvedev" the model missed, "German" left out of "German Gref".

    A capitalised known given name followed by one or two capitalised name words
    is a person unless the words belong to a gazetteer entity.
    """
    covered = [None] * len(doc)  # type: list[_Cand | None]
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = c
    out = list(cands)
    for c in out:
        # Extend a person span leftwards over a given name ("German" + "Gref").
        if c.etype == "person" and not c.fixed and c.start > 0:
            prev = doc[c.start - 1]
            if prev.text in given and covered[c.start - 1] is None and c.end - c.start == 1:
                c.start -= 1
                covered[c.start] = c
        # ... and rightwards over the surname ("Abigail" + "Spanberger").
        if (
            c.etype == "person"
            and not c.fixed
            and c.end - c.start == 1
            and c.end < len(doc)
            and (doc[c.start].text in given or given_name_score(doc[c.start].text) > 0)
            and covered[c.end] is None
            and _is_name_token(doc[c.end])
            and doc[c.end].pos_ == "PROPN"
            and not doc[c.end].is_sent_start
        ):
            c.end += 1
            covered[c.end - 1] = c
    # Any known given name (not only common ones) before '"Nickname" Surname'.
    quoted = [
        t.i
        for t in doc
        if t.is_quote
        and 0 < t.i < len(doc) - 3
        and doc[t.i + 2].is_quote
        and given_name_score(doc[t.i - 1].text) > 0
    ]
    starts = sorted(set(_indices_of(doc, _given_orth_ids(given))) | {q - 1 for q in quoted})
    for i in starts:
        hit = covered[i]
        bracketed = (
            0 < i < len(doc) - 2
            and doc[i - 1].text == "("
            and doc[i + 1].text == ")"
            and _is_name_token(doc[i + 2])
        )
        nicknamed = (
            i + 4 < len(doc)
            and doc[i + 1].is_quote
            and doc[i + 3].is_quote
            and _is_name_token(doc[i + 2])
            and _is_name_token(doc[i + 4])
        )
        if (
            hit is not None
            and (hit.etype == "norp" or bracketed or nicknamed)
            and not hit.fixed
            and hit.end - hit.start == 1
        ):
            # "Sean" tagged NORP, "Marcus" GPE before '"Blaze" Whitfield': a
            # given name is read otherwise only when no name follows it
            pass
        elif hit is not None:  # may have been covered by an earlier pair
            continue
        if (doc[i].pos_ != "PROPN" and hit is None) or len(doc[i].text) < 3:
            # "In January", "An AWS spokesperson": a name elsewhere, a word here
            continue
        j = i + 1
        if nicknamed:
            # 'Sean "Diddy" Combs': the surname after the quoted nickname
            after = covered[i + 4]
            if after is not None and (after.fixed or after.end - after.start > 1):
                continue
            if after is not None:
                out.remove(after)
                covered[i + 4] = None
            j += 4
        elif bracketed:
            # "(Donald) Trump": the given name an editor supplied
            after = covered[i + 2]
            if after is not None and (after.fixed or after.end - after.start > 1):
                continue
            if after is not None:
                out.remove(after)
                covered[i + 2] = None
            j += 2
        while j < len(doc) and j - i <= 5 and _is_name_token(doc[j]) and covered[j] is None:
            j += 1
        if j - i >= 2:
            new = _Cand(i, j, "person", None, False)
            if hit is not None:
                out.remove(hit)
            out.append(new)
            for k in range(i, j):
                covered[k] = new
    # Non-person model spans that are "Given Surname" are people
    # ("Valentina Matviyenko", "Sanae Takaichi" tagged ORG): the first word is
    # a common given name somewhere (transforms.entities.names) and the last
    # is neither an organization's head noun nor a place.
    for c in out:
        if c.fixed or c.etype == "person":
            continue
        toks = list(doc[c.start : c.end])
        if (
            2 <= len(toks) <= 4
            and (toks[0].text in given or given_name_score(toks[0].text) >= _RETYPE_GIVEN_SCORE)
            and _is_name_token(toks[0])
            and _is_name_token(toks[-1])
            and all(_is_name_token(t) or t.lower_ in _NAME_PARTICLES for t in toks[1:-1])
            and toks[-1].lower_.rstrip(".") not in _ORG_HEADS
            and lookup(doc[c.start : c.end].text) is None
            and doc[c.start : c.end].text not in gazetteer().by_alias
            and not _company_context(doc, c.start, c.end)
            and not _described_as_company(doc, c.start, c.end)
        ):
            c.etype = "person"
    return out


# Lower-case particles inside a person's name ("Laurence des Cars", "Ursula von
# der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "des",
        "du",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "al",
    }
)
_PLURAL = re.compile(r"[a-z]es$")
# A given name at least this common in some country (1..13 scale of
# transforms.entities.names) makes "Given Surname" a person whatever the model
# typed it as; below it, names like "Paris", "Grant", "Chase" are words too.
_RETYPE_GIVEN_SCORE = 5
# Titles that are part of an English newspaper's name for the person ("Pope
# Francis", "Prince William", "Empress Eugénie") when one name follows.
_NAME_TITLES: frozenset[str] = frozenset(_lexicon("person_titles.json")["part_of_name"])
# Last words that make a span the model calls an organization or a place an
# outlet ("Jiji Press", "Deseret News", "Texas Public Radio", "Bloomberg TV").
_MEDIA_HEADS: frozenset[str] = frozenset(_lexicon("media_head_nouns.json"))
# Last words of an organization-typed span that make it a law or document,
# which is no entity of the contract ("International Emergency Economic Powers Act").
_LAW_HEADS = frozenset({"act", "bill", "amendment", "code", "directive", "resolution"})
# One capitalised common noun is an unnamed body, not a name ("the Army", "Finance").
_GENERIC_BODIES: frozenset[str] = frozenset(_lexicon("generic_bodies.json"))
# Last words of a place-typed span that make it a body ("Reno County Emergency
# Management", "Southeast Regional Health Authority").
_BODY_HEADS = _ORG_HEADS | frozenset(_lexicon("org_head_nouns.json")["place_span_only"])
# Last words of event names ("Peterloo Massacre") the model calls organizations.
_EVENT_HEADS: frozenset[str] = frozenset(_lexicon("event_head_nouns.json"))
# Fiscal years ("FY22", "FY2024") the model calls places or bodies.
_FISCAL_YEAR = re.compile(r"^FY\d{2}(?:\d{2})?$")
# A one-word brand with a capital inside ("SpaceX", "PayPal", "YouTube"), not
# a surname's prefix ("McInnerny", "DeShawn", "LeBron").
_BRAND_WORD = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)[A-Z][a-z]+[A-Z][A-Za-z]*$")
# Abbreviations of common nouns ("EPS", "AI", "MMR") the model calls organizations.
_COMMON_ABBREVIATIONS: frozenset[str] = frozenset(_lexicon("common_abbreviations.json"))


def _common_abbreviation(text: str) -> bool:
    """One of the common-noun abbreviations, written as one (two capitals or
    a digit), so that a word such as "Pin" or "Er" is not taken for it."""
    shaped = sum(ch.isupper() for ch in text) >= 2 or any(ch.isdigit() for ch in text)
    return shaped and text.lower() in _COMMON_ABBREVIATIONS


# Last words of a person-typed span that make it a natural or built place.
_FEATURE_HEADS: frozenset[str] = frozenset(_lexicon("place_nouns.json")["name_head"])


def _acronym_alone(doc: Doc, i: int) -> bool:
    """An all-capital word of three letters or more in mixed-case text, not a
    speaker label ("WALLACE:") or part of a capitalised headline or dateline."""
    tok = doc[i]
    if len(tok.text) < 3 or not _is_acronym(tok):
        return False
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":":
        return False
    return not any(
        t is not None and t.is_alpha and t.text.isupper() and len(t.text) > 1 for t in (prev, nxt)
    )


_MEDIA_BEFORE: frozenset[str] = frozenset(_lexicon("media_descriptors.json")["before_name"])
_MEDIA_AFTER: frozenset[str] = frozenset(_lexicon("media_descriptors.json")["after_name"])
_DASHES = frozenset({"-", "--", "—", "–"})


def _media_context(doc: Doc, s: int, e: int) -> bool:
    """Is the organization span ``doc[s:e]`` written as a news medium?

    - the wire credit of a dateline: "Oct. 28 (UPI) --", "(Jiji Press)--";
    - a media noun before it or in apposition ("media outlet Astra");
    - a media job or product after it ("CBS announcer", "a Reuters poll").
    """
    if (
        s > 0
        and e < len(doc)
        and doc[s - 1].text == "("
        and doc[e].text == ")"
        and e + 1 < len(doc)
        and (doc[e + 1].text in _DASHES or doc[e + 1].text.startswith(("--", "—")))
        and doc[s].sent.start == doc[0].sent.start
    ):
        return True
    if s > 0 and doc[s - 1].pos_ == "NOUN" and doc[s - 1].lemma_.lower() in _MEDIA_BEFORE:
        return True
    root = doc[s:e].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _MEDIA_BEFORE:
        return True
    if e < len(doc) and doc[e].pos_ == "NOUN" and doc[e].lower_ in _MEDIA_AFTER:
        return True
    # "told CNBC", "as per Variety" (a short name, no body's head noun)
    return (
        e - s <= 2
        and doc[e - 1].lower_.rstrip(".") not in _RUN_HEADS
        and cited_as_outlet(doc, s, e)
    )


_PRODUCT_NOUNS: frozenset[str] = frozenset(_lexicon("product_nouns.json")["any_position"]) | (
    frozenset(_lexicon("work_nouns.json"))
)
# Nouns that mark a product only right after a multi-word name ("... features").
_PRODUCT_AFTER: frozenset[str] = _PRODUCT_NOUNS | frozenset(
    _lexicon("product_nouns.json")["after_name_only"]
)


def _product_context(doc: Doc, s: int, e: int) -> bool:
    """Is ``doc[s:e]`` named as a product or a work: a product or work noun
    right before it or in apposition (also of the first of coordinated names),
    or (for a name of two words or more) a product noun right after it?"""
    if s > 0 and doc[s - 1].pos_ == "NOUN" and doc[s - 1].lemma_.lower() in _PRODUCT_NOUNS:
        return True
    root = doc[s:e].root
    for _ in range(3):
        if root.dep_ == "appos" and root.head.lemma_.lower() in _PRODUCT_NOUNS:
            return True
        if root.dep_ != "conj":
            break
        root = root.head
    if e - s >= 2 and doc[e - 1].lower_ in _RUN_HEADS:
        return False  # "Premier League games": a body's name before the noun
    return (
        e - s >= 2
        and e < len(doc)
        and doc[e].pos_ == "NOUN"
        and doc[e].lemma_.lower() in _PRODUCT_AFTER
    )


# A word with a capital inside it or all capitals: a brand or acronym ("PayPal", "IBM").
_CAMEL = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,})$")


def _looks_like_person(first: str, given: frozenset[str]) -> bool:
    """Does a name starting with ``first`` read as a person's ("Dave", "Hillary")?"""
    return first in given or given_name_score(first) > 0


def _product_after_person(doc: Doc, e: int) -> bool:
    """A product noun right after a one-word "person", or after one noun
    between ("Venmo payment platform"): no person is modified so; a company
    may be ("the Pfizer vaccine"), so organizations are not judged by it."""
    for k in (e, e + 1):
        if k >= len(doc) or doc[k].pos_ != "NOUN":
            return False
        if doc[k].lemma_.lower() in _PRODUCT_NOUNS:
            return True
    return False


def _common_acronym(tok: Token) -> bool:
    """An all-capital word the tagger reads as a common noun (NN, not NNP):
    a technical term ("DNS", "API"), not the name of a body."""
    return _is_acronym(tok) and tok.tag_ in ("NN", "NNS")


def _owned_by_it(doc: Doc, s: int) -> bool:
    """Is the name at ``s`` governed by "its" (adjectives between allowed)? People
    are not "its": "its electric Mustang Mach-E" is a product."""
    i = s - 1
    while i >= 0 and i >= s - 3 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].lower_ == "its"


def _check_types(doc: Doc, cands: list[_Cand], given: frozenset[str]) -> list[_Cand]:
    """The model's type against the name itself and its head word.

    - person spans whose first name word is no given name anywhere and that
      carry no title are not people ("Cowboy Carter", "Apple Watches"); a
      natural or built place head makes them places ("Cheyava Falls");
    - organization or place spans headed by an outlet word are media;
    - place spans headed by a body's noun are organizations.
    """
    out: list[_Cand] = []
    # One sense per article: a name written as a product or work once is one
    # everywhere ("the drug Wegovy" ... "taking Wegovy").
    products = {
        doc[c.start : c.end].text
        for c in cands
        if not c.fixed
        and c.etype in ("org", "person")
        and (
            _product_context(doc, c.start, c.end)
            or (c.etype == "person" and c.end - c.start == 1 and _product_after_person(doc, c.end))
            # "its electric Mustang Mach-E": a thing a company or body owns
            or (c.etype == "person" and _owned_by_it(doc, c.start))
        )
    }
    # ... and so is the name coordinated with it ("hits Please Please Please and Espresso").
    for c in cands:
        if (
            doc[c.start : c.end].text in products
            and c.end + 1 < len(doc)
            and doc[c.end].lower_ in ("and", "or")
        ):
            nxt = next((d for d in cands if d.start == c.end + 1 and not d.fixed), None)
            if nxt is not None and nxt.etype in ("org", "person", "gpe"):
                products.add(doc[nxt.start : nxt.end].text)
    for c in cands:
        if c.fixed:
            out.append(c)
            continue
        last = doc[c.end - 1].lower_.rstrip(".")
        text = doc[c.start : c.end].text
        if c.etype in ("org", "gpe") and is_alert(doc, c.start, c.end):
            continue  # "Tornado Emergency": a weather alert
        if c.etype == "org" and (
            last in _LAW_HEADS or (c.end - c.start == 1 and last in _GENERIC_BODIES)
        ):
            continue  # a law ("... Powers Act") or an unnamed body ("the Army")
        if c.etype in ("org", "person", "gpe") and _common_abbreviation(
            _strip_possessive_text(text)
        ):
            continue  # "EPS would more than double": a metric, no body
        if c.etype in ("org", "gpe") and _FISCAL_YEAR.match(text):
            continue  # "FY22": a fiscal year
        if c.etype == "org" and c.end - c.start >= 2 and last in _EVENT_HEADS:
            continue  # "Peterloo Massacre": a happening, no body
        if (
            c.etype == "org"
            and c.end < len(doc)
            and doc[c.end].ent_type_ == "PRODUCT"
            and doc[c.end].ent_iob_ == "B"
            and doc[c.end - 1].whitespace_ == " "
        ):
            continue  # "HBO" + "Max" PRODUCT: the maker's name begins a product's
        if c.etype in ("org", "person", "gpe") and text in products:
            continue  # "the weight-loss drug Wegovy", "Apple Watch models": a product
        if c.etype == "org" and is_heading(doc, c.start, c.end):
            continue  # "TRUMP TARIFFS": a subheading
        if c.etype == "org" and is_award(doc, c.start, c.end):
            continue  # "Finals MVP", "Best Actress": an award
        if c.etype in ("org", "gpe") and is_code_name(text):
            continue  # "GLP-1", "F-35": a drug class or a model
        if c.etype == "org" and is_portfolio(doc, c.end):
            continue  # "Health and Wellness minister": a portfolio
        if c.etype == "org" and is_region(doc, c.start, c.end):
            c.etype = "gpe"  # "Pacific Northwest"
            out.append(c)
            continue
        if c.etype in ("org", "gpe") and kin_of(doc, c.start, c.end):
            c.etype = "person"  # "second wife of Napoleon"
            out.append(c)
            continue
        if c.etype in ("person", "gpe") and (
            followed_by_ticker(doc, c.end)
            or (
                c.etype == "person"  # "chairman for New Jersey": the state's
                and employer_after_role(doc, c.start)
                # people have spokesmen too ("a spokesman for Ted Cruz")
                and not _looks_like_person(doc[c.start].text, given)
            )
        ):
            c.etype = "org"  # "Walmart WMT.N", "a spokesperson for Acme"
            out.append(c)
            continue
        if (c.etype in ("org", "gpe") and c.end - c.start >= 2 and last in _MEDIA_HEADS) or (
            c.etype in ("org", "norp") and _media_context(doc, c.start, c.end)
        ):
            c.etype = "media"
        elif c.etype == "gpe" and c.end - c.start >= 2 and last in _BODY_HEADS:
            c.etype = "org"
        elif c.etype == "org" and c.end - c.start >= 2 and doc[c.start].lower_ in _NAME_TITLES:
            c.etype = "person"  # "Empress Eugénie" typed ORG
        elif c.etype == "person" and (
            _company_context(doc, c.start, c.end) or _described_as_company(doc, c.start, c.end)
        ):
            c.etype = "org"  # "Eli Lilly shares"
        elif c.etype == "person" and c.end - c.start == 1 and _BRAND_WORD.match(text):
            c.etype = "org"  # "SpaceX": a brand's form, no person's
        elif c.etype == "person" and c.end - c.start == 1 and _acronym_alone(doc, c.start):
            c.etype = "org"  # "LSEG": an acronym names a body, not a person
        elif c.etype == "person" and any(t.text in _POSSESSIVE for t in doc[c.start : c.end - 1]):
            # "PayPal's Venmo": one thing of another, not a person's name; the
            # owner is kept: a person when named "Given Surname" ("Dave
            # Leip's Atlas"), else an organization (a known person's surname
            # becomes that person later: "Trump's Venmo").
            cut = next(t.i for t in doc[c.start : c.end - 1] if t.text in _POSSESSIVE)
            if cut > c.start and _is_name_token(doc[cut - 1]) and not doc[c.start].is_stop:
                owner_text = doc[c.start].text
                if _looks_like_person(owner_text, given):
                    out.append(_Cand(c.start, cut, "person", None, False))
                elif cut - c.start == 1 and _CAMEL.match(owner_text):
                    # a brand-like word ("PayPal", "OpenAI"); a plain one may be
                    # a surname ("Obama's America", a film) and is dropped
                    out.append(_Cand(c.start, cut, "org", None, False))
            continue
        elif c.etype == "person" and c.end - c.start >= 2:
            first = doc[c.start]
            if last in _FEATURE_HEADS:
                continue  # "Cheyava Falls", "Rubin Observatory": not a person
            if (
                # the tagger calls some foreign surnames plural ("Matheus
                # Cunha" NNPS): a plural ends in -s
                (
                    (doc[c.end - 1].tag_ in ("NNS", "NNPS") and doc[c.end - 1].text.endswith("s"))
                    or _PLURAL.search(doc[c.end - 1].text)
                )
                and given_name_score(first.text) == 0
                and first.text not in given
                # "LeBron James": a given name as surname is no plural
                and doc[c.end - 1].text not in given
            ):
                continue  # "Apple Watches": a plural common noun ends no name
        if (
            c.etype == "person"
            and c.start > 0
            and doc[c.start - 1].lower_ in _NAME_TITLES
            and doc[c.start - 1].text[:1].isupper()
        ):
            c.start -= 1  # "Pope Francis", "Prince William": the title is part of the name
        if (
            c.etype == "person"
            and doc[c.start].lower_ in _NAME_TITLES
            and c.end + 1 < len(doc)
            and doc[c.end].lower_ == "the"
            and doc[c.end + 1].text[:1].isupper()
            and doc[c.end + 1].pos_ in ("ADJ", "PROPN")
            and not doc[c.end + 1].ent_type_
        ):
            c.end += 2  # "Pope Leo the Great", "Catherine the Great": an epithet
        out.append(c)
    return out


_FACILITY_NOUNS: frozenset[str] = frozenset(_lexicon("place_nouns.json")["facility_after_name"])
_REGION_WORDS = {"region": "region", "oblast": "region", "province": "province"}


def _facility_after(doc: Doc, e: int) -> int:
    """The end of "[oil] refinery" after a place name ending at ``e`` (a
    facility noun, up to two lower-case words before it), else 0."""
    for k in range(e, min(e + 3, len(doc))):
        t = doc[k]
        if t.lower_ in _FACILITY_NOUNS and t.text.islower():
            return k + 1
        if not (t.text.islower() and t.is_alpha and t.pos_ in ("NOUN", "ADJ")):
            break
    return 0


def _extend_by_head_noun(doc: Doc, s: int, e: int, etype: str, name: str) -> tuple[str, str, int]:
    """Names completed by the common noun after them.

    "Kherson region" is a region, not the city; "Donetsk and Luhansk regions"
    names two regions; "the Russian government" is an organization, not a
    nationality.
    """
    nxt = doc[e]
    if etype == "gpe":
        word = _REGION_WORDS.get(nxt.lower_)
        if word is not None:
            return etype, f"{name} {word}", e + 1
        # "Donetsk airport", "Volgograd oil refinery": the facility the place
        # names (the en-dev guide's facility rule), not the place itself.
        k = _facility_after(doc, e)
        if k and not (s > 0 and doc[s - 1].lower_ in ("a", "an")):  # "a Mexico plant"
            return etype, f"{name} {doc[e:k].text}", k
        # "Donetsk and Luhansk regions": the plural noun after a coordination.
        for j in range(e, min(e + 5, len(doc))):
            t = doc[j]
            plural = t.lower_.rstrip("s")
            if t.lower_ != plural and plural in _REGION_WORDS:
                return etype, f"{name} {_REGION_WORDS[plural]}", e
            if not (t.text in (",", "and") or t.ent_type_ in ("GPE", "LOC") or lookup(t.text)):
                break
    if etype == "norp" and nxt.lower_ == "government":
        return "org", f"{name} government", e + 1
    return etype, name, e


def _lone_given_name(doc: Doc, s: int, word: str) -> bool:
    """A lone common given name that names nobody named in full here ("Sylvia",
    "Angel", "Melissa"): in news a person is introduced by full name, so such a
    word is a place, a storm, a work or a feature named after someone; a title
    before it ("Mr.", "Pope") still makes it a person."""
    if given_name_score(word) < COMMON_GIVEN:
        return False
    return not (s > 0 and (_norm_title(doc[s - 1]) in _TITLES or doc[s - 1].lower_ in _NAME_TITLES))


def _refine_person_spans(doc: Doc, cands: list[_Cand], given: frozenset[str]) -> None:
    """Trim person spans that glue a known name to other capitalised words.

    Headlines and titles produce "Obama Says", "Barack Obama Election Day",
    "Universe Alicia Machado" (after "Miss"), "Trump Will Hand Putin". When a
    shorter full name from the same article starts or ends the span, or the span
    starts with a surname known here, the span is cut down to it.
    """
    persons = [c for c in cands if c.etype == "person" and not c.fixed]
    fulls: set[tuple[str, ...]] = set()
    surnames: set[str] = set()
    for c in persons:
        core = _person_core(doc, c.start, c.end)
        if len(core) >= 2:
            fulls.add(tuple(t.text for t in core))
            surnames.add(core[-1].text)
    if not fulls:
        return
    for c in persons:
        core = _person_core(doc, c.start, c.end)
        texts = tuple(t.text for t in core)
        if len(core) < 2 or texts in fulls:
            continue
        for k in range(len(core) - 1, 1, -1):
            if texts[:k] in fulls:
                c.end = core[k - 1].i + 1
                break
            if texts[-k:] in fulls and texts[0] not in given:
                c.start = core[-k].i
                break
        else:
            if (
                len(core) == 2
                and texts[0] in surnames
                and texts[1] not in surnames
                and (
                    core[1].pos_ in ("VERB", "AUX", "NOUN", "ADJ", "ADV")
                    or core[1].lower_ in _HEADLINE_VERBS
                )
            ):
                c.end = core[0].i + 1


# Words right after a one-word organization name that make it the company, not
# the namesake person named in the article ("Dell shares", "Ford's factory").
_COMPANY_NOUNS: frozenset[str] = frozenset(_lexicon("company_context_nouns.json"))


# Nouns that describe a name as a company ("its maker, Novo Nordisk", "drugmaker
# Eli Lilly"): companies named after their founders read like people.
_COMPANY_DESCRIPTORS: frozenset[str] = frozenset(_lexicon("company_descriptors.json"))


def _described_as_company(doc: Doc, s: int, e: int) -> bool:
    """Is ``doc[s:e]`` in apposition to, or right after, a company descriptor,
    or coordinated with a name that is ("drugmakers Novo Nordisk and Eli Lilly")?"""
    span = doc[s:e]
    root = span.root
    for _ in range(3):
        if root.dep_ == "appos" and root.head.lemma_.lower() in _COMPANY_DESCRIPTORS:
            return True
        if root.dep_ != "conj":
            break
        root = root.head
    return bool(
        s > 0 and doc[s - 1].pos_ == "NOUN" and doc[s - 1].lemma_.lower() in _COMPANY_DESCRIPTORS
    )


def _company_context(doc: Doc, s: int, e: int) -> bool:
    """Is the one-word organization span ``doc[s:e]`` written as a company?"""
    j = e
    if j < len(doc) and doc[j].text in _POSSESSIVE:
        j += 1
    if j < len(doc) and doc[j].lower_.rstrip(".") in _COMPANY_NOUNS:
        return True
    # "Eli Lilly's weight-loss drugs": the noun the possessive belongs to.
    last = doc[e - 1]
    if last.dep_ == "poss" and last.head.lower_ in _COMPANY_NOUNS:
        return True
    # "at Ford" is a workplace; "the Trump team" is still the person's team.
    return s > 0 and doc[s - 1].lower_ == "at"


# Nouns for a settlement or district that "of" joins to its name.
_SETTLEMENT_NOUNS: frozenset[str] = frozenset(_lexicon("place_nouns.json")["before_of"])


def _places_by_context(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """One-word person/org spans and untagged proper nouns that the context and
    the geographic data make places (``transforms.entities.places``)."""
    covered: dict[int, _Cand] = {}
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = c
    place_tokens = {i for i, c in covered.items() if c.etype == "gpe"}
    singles = [
        c.start
        for c in cands
        if not c.fixed and c.etype in ("person", "org") and c.end - c.start == 1
    ]
    untagged = [
        t.i for t in doc if t.pos_ == "PROPN" and t.i not in covered and t.text[:1].isupper()
    ]
    out = list(cands)
    # A dateline's place in capitals at the start of the body ("AUGUSTA, Ga. —",
    # "LUBBOCK —"): the wire convention makes it a place, known or not.
    j = 0
    while (
        j < len(doc)
        and j < 3
        and _is_acronym(doc[j])
        and j not in covered
        and doc[j].ent_type_ in ("", "GPE", "LOC", "ORG", "PERSON")  # not "WEDNESDAY"
    ):
        j += 1
    first = covered.get(0)
    if (
        j == 0
        and first is not None
        and first.etype in ("gpe", "org", "person")
        and not first.fixed
        and doc[0].text.isupper()
        and first.end < len(doc)
        and (doc[first.end].text == "," or doc[first.end].text in _DASHES)
        # the model often types a shouted dateline city as an organisation
        # ("DETROIT –"): retyped only when it is a known place
        and (first.etype == "gpe" or lookup(doc[first.start : first.end].text.title()) is not None)
    ):
        # the model found the dateline's place: only its name is in capitals
        text = doc[first.start : first.end].text.title()
        known = lookup(text)
        first.etype = "gpe"
        first.name = known.name if known is not None and known.strong else text
    elif 0 < j < len(doc) and (doc[j].text == "," or doc[j].text in _DASHES):
        text = " ".join(t.text for t in doc[0:j]).title()
        known = lookup(text)
        country = known.country if known is not None else None
        out.append(
            _Cand(
                0,
                j,
                "gpe",
                known.name if known is not None and known.strong else text,
                True,
                country=country,
            )
        )
        for k in range(j):
            covered[k] = out[-1]
    # "the town of Volgorechensk", "the city of Plevna": a settlement noun and
    # "of" make the one-word name after them a place, known to the data or not.
    for i in sorted(singles + untagged):
        if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _SETTLEMENT_NOUNS:
            continue
        if not doc[i].text[:1].isupper() or (i + 1 < len(doc) and _is_name_token(doc[i + 1])):
            continue
        known = lookup(doc[i].text)
        name = known.name if known is not None else doc[i].text
        country = known.country if known is not None else None
        hit = covered.get(i)
        if hit is not None:
            hit.etype, hit.name, hit.fixed, hit.country = "gpe", name, True, country
        else:
            new = _Cand(i, i + 1, "gpe", name, True, country=country)
            out.append(new)
            covered[i] = new
        place_tokens.add(i)
    for ps in recover_places(doc, sorted(singles + untagged), place_tokens):
        hit = covered.get(ps.start)
        if hit is not None:
            hit.etype, hit.name, hit.fixed = "gpe", ps.place.name, True
            hit.country = ps.place.country
        else:
            out.append(
                _Cand(ps.start, ps.end, "gpe", ps.place.name, True, country=ps.place.country)
            )
    # One sense per article: a word the article uses as a place elsewhere is
    # that place where the model called it a person ("what to do with Kherson"
    # beside "Kherson region").
    places = {doc[c.start].text: c for c in out if c.etype == "gpe" and c.end - c.start == 1}
    for c in out:
        if not c.fixed and c.etype in ("person", "org") and c.end - c.start == 1:
            same = places.get(doc[c.start].text)
            if same is not None and lookup(doc[c.start].text) is not None:
                c.etype, c.name, c.fixed, c.country = "gpe", same.name, True, same.country
    return out


_POST_NOMINALS: frozenset[str] = frozenset(_lexicon("post_nominals.json"))


def _drop_post_nominals(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Degrees after a person's name and a comma ("Peter Lee, MD,", "Ann Wu,
    M.D.") are no place or body, whatever the model says ("M.D." = Maryland)."""
    person_ends = {c.end for c in cands if c.etype == "person"}
    return [
        c
        for c in cands
        if not (
            c.etype in ("gpe", "org")
            and not c.fixed
            and c.start >= 2
            and doc[c.start - 1].text == ","
            and (c.start - 1) in person_ends
            and doc[c.start : c.end].text.replace(".", "").casefold() in _POST_NOMINALS
        )
    ]


# Words of a job title glued to the end of a body's name before a person's name
# ("Netflix Inc. Co-Chief Executive Ted Sarandos"), besides the titles lexicon.
_ROLE_TAIL = frozenset({"executive", "officer", "founder", "cofounder", "-", "–"})


def _cut_roles_before_person(doc: Doc, cands: list[_Cand]) -> None:
    """An organization span that ends in a job title right before a person's
    name loses the title: the body is the employer, the title is the person's."""
    starts = {c.start for c in cands if c.etype == "person"}
    for c in cands:
        if c.etype != "org" or c.fixed or c.end not in starts:
            continue
        e = c.end
        while e - c.start > 1 and (
            _norm_title(doc[e - 1]) in _ROLES or doc[e - 1].lower_ in _ROLE_TAIL
        ):
            e -= 1
        if e < c.end and e - c.start > 1 and doc[e - 1].lower_ == "co" and doc[e].text == "-":
            e -= 1  # "Co-Chief"
        if e < c.end:
            c.end, c.name = e, None


def _numbered_names(doc: Doc, cands: list[_Cand]) -> None:
    """A body's name ending in "No." takes its number ("Fire District No. 1",
    "Local No. 3"): the model stops before the dot or the digits, and sometimes
    calls the cut name a place."""
    for c in cands:
        if c.etype not in ("org", "gpe") or c.fixed or doc[c.end - 1].text not in ("No", "No."):
            continue
        e = c.end
        if doc[e - 1].text == "No" and e < len(doc) and doc[e].text == ".":
            e += 1
        if e < len(doc) and doc[e].is_digit and doc[e - 1].whitespace_ != "":
            c.end, c.name, c.etype = e + 1, None, "org"


_COMPASS = frozenset({"north", "south", "east", "west", "central"})


def _league_divisions(doc: Doc, cands: list[_Cand]) -> None:
    """An acronym and a compass word ("NFC East", "AL West") is a league's
    division, which the model reads as a region."""
    for c in cands:
        if (
            c.etype == "gpe"
            and not c.fixed
            and c.end - c.start == 2
            and _is_acronym(doc[c.start])
            and doc[c.end - 1].lower_ in _COMPASS
            and lookup(doc[c.start : c.end].text) is None
        ):
            c.etype, c.name = "org", None


def _join_place_and_team(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """A place span glued to an organization span that ends in a plural proper
    noun is one team name: the model splits "Dallas Cowboys" into the city and
    "Cowboys". Plural heads only, so "Ohio" + "Democratic Party" or "Sheridan" +
    "Police Department" keep their own rules."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        prev = out[-1] if out else None
        last = doc[c.end - 1]
        if (
            prev is not None
            and prev.etype == "gpe"
            and c.etype == "org"
            and not c.fixed
            and prev.end == c.start
            and doc[prev.end - 1].whitespace_ == " "
            and last.tag_ == "NNPS"
            and last.text.endswith("s")
            and last.text[:1].isupper()
        ):
            out[-1] = _Cand(prev.start, c.end, "org", None, False)
            continue
        out.append(c)
    return out


_LIST_JOINERS = frozenset({",", "and", "&", ";"})


def _list_gap(doc: Doc, a: int, b: int) -> bool:
    """Are tokens ``a..b`` only list separators, with bracketed notes allowed
    ("Dick Pope (cinematography), Suzie Davies")?"""
    if b <= a or b - a > 8:
        return False
    depth = 0
    joined = False
    for tok in doc[a:b]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0:
            if tok.lower_ not in _LIST_JOINERS:
                return False
            joined = True
    return joined and depth == 0


def _people_in_lists(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Names the model typed ORG inside a list of people are people ("stars
    Rory Kinnear, Maxine Peake, Neil Bell"): a "Given Surname" whose first word
    is a known given name and whose last is no body's head noun, or a span of
    comma-separated single words ("Greenwell, Goodvin, Colling and Monique
    Scarlett voted"), when a person is listed next to it."""
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[_Cand] = []
    for k, c in enumerate(ordered):
        out.append(c)
        if c.fixed or c.etype != "org":
            continue
        before = ordered[k - 1] if k > 0 else None
        after = ordered[k + 1] if k + 1 < len(ordered) else None
        listed = (
            before is not None and before.etype == "person" and _list_gap(doc, before.end, c.start)
        ) or (after is not None and after.etype == "person" and _list_gap(doc, c.end, after.start))
        if not listed:
            continue
        words = [t for t in doc[c.start : c.end] if t.text not in _LIST_JOINERS]
        if c.end - c.start == 2:
            first, last = doc[c.start], doc[c.end - 1]
            if (
                first.is_title
                and first.is_alpha
                and last.is_title
                and given_name_score(first.text) > 0
                and last.lower_ not in (_ORG_HEADS | _RUN_HEADS | _MEDIA_HEADS)
            ):
                c.etype, c.name = "person", None
        elif (
            any(t.text == "," for t in doc[c.start : c.end])
            and words
            and all(t.is_title and _NAME_TOKEN.match(t.text) for t in words)
        ):
            out.pop()
            out.extend(_Cand(t.i, t.i + 1, "person", None, False) for t in words)
    return out


def _outlet_forms(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Outlets by their written form (``transforms.entities.media_names``): an
    organization name continued by a capitalised outlet word ("Bloomberg" +
    "TV"), and an untagged credit in brackets opening the article."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if (
            c.etype in ("org", "media")
            and c.end not in covered
            and broadcast_word_after(doc, c.end)
        ):
            c.end += 1
            c.etype, c.name, c.fixed, c.generic = "media", None, False, None
            covered.add(c.end - 1)
    credit = opening_credit(doc)
    if credit is not None and not any(i in covered for i in range(*credit)):
        cands = [*cands, _Cand(credit[0], credit[1], "media", None, False)]
    return cands


def _sports_teams(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a sports report, clubs the model typed as places or people, or missed
    (``transforms.entities.teams``); one sense per article, and a club's last
    word alone ("Villa", "United") is that club."""
    if not sports_report(doc):
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    added: list[_Cand] = []
    dropped: set[int] = set()
    for c in cands:
        # "the Utah" + "Jazz": a place and the untagged word after it are one club
        if (
            c.etype == "gpe"
            and not c.fixed
            and c.end < len(doc)
            and c.end not in covered
            and doc[c.end].tag_ in ("NNP", "NNPS")
            and doc[c.end].is_title
            and doc[c.end].is_alpha
            and lookup(doc[c.end].text) is None
            and not (c.end + 1 < len(doc) and doc[c.end + 1].is_title)
        ):
            c.end, c.etype, c.name, c.country = c.end + 1, "org", None, None
            covered.add(c.end - 1)
    teams: set[str] = set()
    for c in cands:
        if c.fixed or c.etype not in ("org", "gpe", "person"):
            continue
        text = _strip_possessive_text(doc[c.start : c.end].text)
        if is_country(text):
            continue
        if club_form(doc, c.start, c.end) or team_context(
            doc, c.start, c.end, strict=c.etype == "person"
        ):
            teams.add(text)
    for c in cands:
        # "Unai Emery's Premier League title contenders": in a match report a
        # "Given Surname" the model calls ORG, in no club's form or context,
        # is a player or a coach
        if (
            not c.fixed
            and c.etype == "org"
            and c.end - c.start == 2
            and doc[c.start].is_title
            and doc[c.start].is_alpha
            and doc[c.start + 1].is_title
            and doc[c.start + 1].is_alpha
            and given_name_score(doc[c.start].text) > 0
            and doc[c.start + 1].lower_ not in (CLUB_WORDS | _ORG_HEADS | _RUN_HEADS | _MEDIA_HEADS)
            and _strip_possessive_text(doc[c.start : c.end].text) not in teams
        ):
            c.etype, c.name = "person", None
    shorts: dict[str, set[str]] = {}
    for t in teams:
        words = t.split()
        if len(words) >= 2:
            shorts.setdefault(words[-1], set()).add(t)
    short_name = {w: next(iter(full)) for w, full in shorts.items() if len(full) == 1}
    for c in cands:
        if c.fixed or c.etype not in ("org", "gpe", "person"):
            continue
        text = _strip_possessive_text(doc[c.start : c.end].text)
        if text in teams or text in short_name:
            c.etype, c.name, c.generic, c.country = "org", short_name.get(text), None, None
    for ent in doc.ents:
        # "Crystal Palace", "Golden State" read as buildings: a club when in a
        # club's form or context (over a place the data found inside it)
        if ent.label_ != "FAC":
            continue
        inside = [c for c in cands if c.start < ent.end and ent.start < c.end]
        if any(
            (c.fixed and not (c.etype == "gpe" and c.end - c.start < ent.end - ent.start))
            or c.start < ent.start
            or c.end > ent.end
            for c in inside
        ):
            continue  # a known body or a longer name overlaps; a place word inside may go
        s, e = _trim(doc, ent.start, ent.end, keep_the=False)
        if s < e and (club_form(doc, s, e) or team_context(doc, s, e, strict=False)):
            added.append(_Cand(s, e, "org", None, False))
            covered.update(range(s, e))
            dropped.update(id(c) for c in inside)
    for i, tok in enumerate(doc):
        if i in covered:
            continue
        if tok.text in short_name or tok.text in teams:
            added.append(_Cand(i, i + 1, "org", short_name.get(tok.text), False))
        elif (
            lone_club_word(doc, i)
            or untagged_acronym_team(doc, i)
            or (
                # "the Lakers", "the Bucks": a plural proper noun after "the"
                i > 0
                and doc[i - 1].lower_ == "the"
                and tok.tag_ == "NNPS"
                and tok.is_title
                and tok.text.endswith("s")
                and not (i + 1 < len(doc) and doc[i + 1].is_title)
            )
        ):
            added.append(_Cand(i, i + 1, "org", None, False))
    return [c for c in cands if id(c) not in dropped] + added


def extract_mentions(doc: Doc, *, text: str | None = None) -> tuple[MentionRecord, ...]:
    """Every entity mention of the article, in text order, with article-level names.

    ``text``, when given, must equal ``doc.text``: it saves rebuilding it.
    """
    if len(doc) == 0:
        return ()
    given_names = common_given_names()
    cands = _given_name_pairs(doc, _join_place_and_team(doc, _collect(doc)), given_names)
    _cut_roles_before_person(doc, cands)
    _numbered_names(doc, cands)
    cands = _outlet_forms(doc, cands)
    cands = _check_types(doc, cands, given_names)
    _league_divisions(doc, cands)  # after the region rule, which reads "East" as a region
    cands = _places_by_context(doc, cands)
    cands = _sports_teams(doc, cands)
    cands = _people_in_lists(doc, cands)
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    cands = _drop_post_nominals(doc, cands)
    _resolve_generics(doc, cands)

    # --- people named in full in this article -----------------------------
    model_person = {id(c) for c in cands if c.etype == "person"}
    for c in cands:
        # "Patriot Coal", "Clinton Foundation" typed PERSON by the model.
        if (
            c.etype == "person"
            and not c.fixed
            and c.end - c.start >= 2
            and doc[c.end - 1].lower_.rstrip(".") in _ORG_HEADS
        ):
            c.etype = "org"
    _refine_person_spans(doc, cands, given_names)
    full_by_surname: dict[str, list[tuple[int, str]]] = {}
    cores: dict[int, list[Token]] = {}
    for idx, c in enumerate(cands):
        if c.etype != "person" or c.fixed:
            continue
        core = _person_core(doc, c.start, c.end)
        cores[idx] = core
        if len(core) >= 2:
            full_by_surname.setdefault(_strip_possessive_text(core[-1].text), []).append(
                (core[0].idx, _join(core))
            )
            joined_last = _strip_possessive_text(_join(core).split()[-1])
            if (
                joined_last != _strip_possessive_text(core[-1].text)
                and len(joined_last.split("-")) == 2
            ):
                # "Perla Alarcon-Flory" ... "Alarcon-Flory said": a hyphenated surname
                full_by_surname.setdefault(joined_last, []).append((core[0].idx, _join(core)))
    # A "full name" whose first word is not a given name loses to one that is
    # ("Threaten Putin" at the start of a question vs "Vladimir Putin").
    # A first word known as a given name at all ("Chris", score below the
    # common list) or written mid-sentence ("JoAnne Caplan") is a name's.
    sent_starts = {t.idx for t in doc if t.is_sent_start}

    def _named(f: tuple[int, str]) -> bool:
        first = f[1].split()[0]
        return first in given_names or given_name_score(first) > 0 or f[0] not in sent_starts

    for surname, fulls in list(full_by_surname.items()):
        good = [f for f in fulls if _named(f)]
        if good and len(good) < len(fulls):
            full_by_surname[surname] = good

    full_by_given: dict[str, set[str]] = {}
    for fulls in full_by_surname.values():
        for _, f in fulls:
            full_by_given.setdefault(f.split()[0], set()).add(f)

    # Per surname: the one name, or the positions and names in text order when
    # two people share it (looked up by bisection: long articles repeat names).
    unique_full: dict[str, str] = {}
    shared_full: dict[str, tuple[list[int], list[str]]] = {}
    for surname, fulls in full_by_surname.items():
        fulls.sort()
        if len({f for _, f in fulls}) == 1:
            unique_full[surname] = fulls[0][1]
        else:
            shared_full[surname] = ([p for p, _ in fulls], [f for _, f in fulls])

    def resolve_surname(surname: str, at: int, *, allow_given: bool = False) -> str | None:
        if surname in unique_full:
            return unique_full[surname]
        if surname not in shared_full:
            # A lone given name the model calls a person, of exactly one person
            # named here ("Kamala").
            given = full_by_given.get(surname, set()) if allow_given else set()
            return next(iter(given)) if len(given) == 1 else None
        # Two people share a surname: the one named most recently before this
        # mention (else the first one named) is meant.
        positions, names = shared_full[surname]
        k = bisect_right(positions, at)
        return names[k - 1] if k else names[0]

    # One-word names the model calls a person here ("Midfielder Herrera"): the
    # same word typed ORG elsewhere, outside a company's context, is that person.
    lone_people = {
        _strip_possessive_text(core[0].text)
        for idx, core in cores.items()
        if len(core) == 1 and id(cands[idx]) in model_person
    }

    # --- article-level names -------------------------------------------------
    records: list[MentionRecord] = []
    used: set[int] = set()
    for idx, c in enumerate(cands):
        s, e = c.start, c.end
        etype = c.etype
        name = c.name
        if not c.fixed:
            core = cores.get(idx) or _person_core(doc, s, e)
            core_text = _join(core) if etype == "person" else _strip_possessive_text(doc[s:e].text)
            last = _strip_possessive_text(core[-1].text) if core else core_text
            person_name: str | None = None
            place: Place | None = None
            if etype == "person" and len(core) >= 2:
                full = resolve_surname(last, doc[s].idx)
                person_name = core_text
                if (
                    full is not None
                    and full != core_text
                    and core[0].text not in given_names
                    and given_name_score(core[0].text) == 0
                    and core[0].is_sent_start
                    and full.split()[0] in given_names
                ):
                    # "Threaten Putin": keep only the surname as the mention.
                    s = core[-1].i
                    person_name = full
            elif len(core) == 1 or etype != "person":
                # A bare surname of someone named in full here is that person,
                # whatever the model typed it as ("Trump" ORG, "Mr. Dmitriev").
                single = core_text if " " not in core_text else None
                if single is not None and etype == "org" and _company_context(doc, s, e):
                    # "Dell's shares", "at Ford": the company named after
                    # the person, not the person.
                    single = None
                if single is not None:
                    person_name = resolve_surname(
                        single, doc[s].idx, allow_given=id(c) in model_person
                    )
                    if person_name is None and etype == "org" and single in lone_people:
                        person_name = single
                place = lookup(core_text) if person_name is None else None
                if (
                    person_name is None
                    and etype == "person"
                    # A lone word the model calls a person but the gazetteer
                    # knows as a place or body ("Washington's allies") is that;
                    # so is an unmistakable place ("Kyiv", "China").
                    and core_text not in gazetteer().by_alias
                    and not (place is not None and place.strong)
                ):
                    if _lone_given_name(doc, s, core_text) or len(core_text) < 2:
                        continue  # "Gen Z" read as General Z
                    person_name = core_text
            if person_name is not None:
                if person_name.isupper() and len(person_name) > 3:
                    # Transcript speaker labels: "WALLACE" is "Wallace".
                    person_name = person_name.title()
                etype, name = "person", person_name
                # "Biden administration": the government named after its head.
                if e < len(doc) and doc[e].lower_ == "administration" and len(core) == 1:
                    etype, name = "org", f"{core_text} administration"
                    e += 1
            else:
                looked = gazetteer().by_alias.get(core_text)
                if looked is not None:
                    etype, name = looked
                elif c.name is not None:
                    name = c.name  # a place's name from the geographic data
                elif place is not None and place.strong and etype == "person":
                    etype, name = "gpe", place.name
                else:
                    name = _singular_norp(core_text) if etype == "norp" else core_text
        if (
            not c.fixed
            and etype == "org"
            and e - s == 1
            and e + 1 < len(doc)
            and doc[e].lower_ == "of"
            and doc[e + 1].ent_type_
        ):
            # "the Board of Sberbank": the model cut a role phrase short; the
            # named thing is the entity after "of".
            continue
        if name is not None and e < len(doc):
            etype, name, e = _extend_by_head_noun(doc, s, e, etype, name)
        if name is None or s >= e:
            continue
        if any(i in used for i in range(s, e)):
            continue
        used.update(range(s, e))
        span: Span = doc[s:e]
        records.append(
            MentionRecord(
                text=span.text,
                char_start=span.start_char,
                char_end=span.end_char,
                entity=(etype, name),
            )
        )

    # --- surnames the model did not tag at all ---------------------------------
    body = doc.text if text is None else text  # Doc.text joins every token
    for i in _indices_of(doc, _orth_ids(full_by_surname)) if full_by_surname else ():
        tok = doc[i]
        if tok.i in used or not _NAME_TOKEN.match(tok.text):
            continue
        if tok.ent_type_ in ("GPE", "LOC"):
            continue
        # Only a surname standing alone: next to another capitalised word it is
        # part of some other name ("Patriot Coal", "Trump Tower").
        prev_t = doc[tok.i - 1] if tok.i > 0 else None
        next_t = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev_t is not None and _is_name_token(prev_t) and not prev_t.is_sent_start) or (
            next_t is not None and _is_name_token(next_t)
        ):
            continue
        full = resolve_surname(tok.text, tok.idx)
        if full is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "administration" and nxt.i not in used:
            ref: EntityRef = ("org", f"{tok.text} administration")
            end_char = nxt.idx + len(nxt.text)
            used.update((tok.i, nxt.i))
        else:
            ref = ("person", full)
            end_char = tok.idx + len(tok.text)
            used.add(tok.i)
        records.append(
            MentionRecord(
                text=body[tok.idx : end_char],
                char_start=tok.idx,
                char_end=end_char,
                entity=ref,
            )
        )

    records = _fullest_person_names(doc, cands, cores, records)
    records = _legal_short_names(body, _split_credits(body, records))
    records = _acronyms(doc, _one_sense(doc, _org_full_names(body, records)))
    records = _no_place_if_org(records)
    records.sort(key=lambda m: (m.char_start, m.char_end))
    return tuple(records)


def _fullest_person_names(
    doc: Doc, cands: list[_Cand], cores: dict[int, list[Token]], records: list[MentionRecord]
) -> list[MentionRecord]:
    """A person's article-level name with the middle initials and "Jr." the
    article writes ("David M. Shahian", "Robert F. Kennedy Jr."): the contract's
    most complete form. Names are linked by the short form; only the name
    written on the records changes, and only when one fuller form is seen."""
    fuller: dict[str, set[str]] = {}
    for idx, core in cores.items():
        if len(core) < 2:
            continue
        c = cands[idx]
        full = _person_core(doc, c.start, c.end, full=True)
        if len(full) > len(core) and full[0].i == core[0].i:
            fuller.setdefault(_join(core), set()).add(_join(full))
    names = {short: next(iter(forms)) for short, forms in fuller.items() if len(forms) == 1}
    if not names:
        return records
    return [
        MentionRecord(m.text, m.char_start, m.char_end, ("person", names[m.entity[1]]))
        if m.entity[0] == "person" and m.entity[1] in names
        else m
        for m in records
    ]


# "Jiji Press)--Nippon Steel Corp.": a wire credit the tokenizer glued to the name after it.
_GLUED_CREDIT = re.compile(r"^(?P<credit>[^()]+?)\)\s*(?:--|—|–)\s*(?P<name>\S.*)$")


def _split_credits(body: str, records: list[MentionRecord]) -> list[MentionRecord]:
    """A mention that runs from a bracketed wire credit over the dash into the
    first name of the sentence is two: the outlet and the name."""
    out: list[MentionRecord] = []
    for m in records:
        hit = _GLUED_CREDIT.match(m.text)
        if hit is None or m.char_start == 0 or body[m.char_start - 1] != "(":
            out.append(m)
            continue
        credit, name = hit.group("credit").strip(), hit.group("name")
        start2 = m.char_start + hit.start("name")
        out.append(
            MentionRecord(credit, m.char_start, m.char_start + len(credit), ("media", credit))
        )
        etype = m.entity[0] if m.entity[0] != "media" else "org"
        out.append(MentionRecord(name, start2, m.char_end, (etype, name)))
    return out


def _word_count(body: str, name: str) -> int:
    """Occurrences of ``name`` as whole words ("TJX" in "TJX.N" is a ticker's part)."""
    # not inside a longer name either ("Democracy" in "Democracy Corps")
    return len(re.findall(rf"(?<![\w.]){re.escape(name)}(?!\w|\.\w|\s+[A-Z])", body))


def _legal_short_names(body: str, records: list[MentionRecord]) -> list[MentionRecord]:
    """ "Nippon Steel Corp." is "Nippon Steel" when the article mostly uses the
    short name (one entity for both); a name used only in full keeps its form."""
    out: list[MentionRecord] = []
    for m in records:
        etype, name = m.entity
        if etype == "org":
            short = strip_legal_form(name)
            if short != name and _word_count(body, short) > _word_count(body, name):
                m = MentionRecord(m.text, m.char_start, m.char_end, ("org", short))
        out.append(m)
    return out


def _org_full_names(body: str, records: list[MentionRecord]) -> list[MentionRecord]:
    """Full names of bodies the model cut short, within the article.

    - a place right before a body's name is part of it ("U.S." + "Department
      of Health and Human Services", "Texas" + "Department of ...");
    - a body's name that ends a longer one named here is that body
      ("Department of State Health Services" after "Texas Department of State
      Health Services").
    """
    out: list[MentionRecord] = []
    for m in records:
        prev = out[-1] if out else None
        words = m.entity[1].split()
        if (
            prev is not None
            and prev.entity[0] == "gpe"
            and m.entity[0] == "org"
            and body[prev.char_end : m.char_start] == " "
            and words
            and (
                words[0].lower().rstrip(".") in _BODY_HEADS | _GENERIC_BODIES
                # "U.S." + "Supreme Court"; not a known body ("Kentucky" +
                # "Republican Party" is a state's party, not a new name)
                or (
                    len(m.text.split()) >= 2
                    and m.text.split()[-1].lower() in _RUN_HEADS
                    and m.text not in gazetteer().by_alias
                )
            )
        ):
            text = body[prev.char_start : m.char_end]
            out[-1] = MentionRecord(text, prev.char_start, m.char_end, ("org", text))
            continue
        out.append(m)
    longer = sorted({m.entity for m in out if m.entity[0] == "org"}, key=lambda e: -len(e[1]))
    res: list[MentionRecord] = []
    for m in out:
        etype, name = m.entity
        if etype == "org" and " " in name:
            full = next(
                (e for e in longer if len(e[1]) > len(name) and e[1].endswith(" " + name)), None
            )
            if full is not None:
                m = MentionRecord(m.text, m.char_start, m.char_end, full)
        res.append(m)
    return res


def _bare(text: str) -> str:
    text = _strip_possessive_text(text.strip())
    return re.sub(r"^(the|The|THE)\s+", "", text).casefold()


_ACRONYM_TEXT = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Z0-9-]*$")
# Words an acronym's letters may skip ("Department of State" -> "DOS" or "DS").
_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "&", "-"})


def _expansion(doc: Doc, close: int) -> tuple[int, int] | None:
    """Tokens spelled out by the acronym in "(...)" ending at ``close``: the
    words right before the bracket whose initials give its capital letters."""
    acr = doc[close - 1].text
    letters = [ch for ch in acr if ch.isupper()]
    if close < 3 or doc[close - 2].text != "(" or not 2 <= len(letters) <= 8:
        return None
    end = close - 2
    i = end - 1
    k = len(letters) - 1
    while i >= 0 and k >= 0:
        t = doc[i]
        if t.lower_ in _ACRONYM_SKIP and k < len(letters) - 1:
            i -= 1
            continue
        if not t.text[:1] or t.text[:1].upper() != letters[k]:
            return None
        k -= 1
        i -= 1
    return (i + 1, end) if k < 0 else None


def _acronyms(doc: Doc, records: list[MentionRecord]) -> list[MentionRecord]:
    """An acronym the article spells out in brackets is what it spells out:
    an entity's short name ("Texas Public Radio (TPR)"), or, when the words
    are lower-case, a term and no entity at all ("artificial intelligence (AI)")."""
    spelled: dict[str, tuple[int, int]] = {}
    # Acronyms the tagger reads as a common noun (NN, not NNP) somewhere here:
    # technical terms ("DNS resolution", "an API"), in every mention.
    terms: set[str] = set()
    for t in doc:
        if t.text == ")" and t.i >= 2 and _ACRONYM_TEXT.match(doc[t.i - 1].text):
            span = _expansion(doc, t.i)
            if span is not None:
                spelled.setdefault(doc[t.i - 1].text, span)
        elif _common_acronym(t):
            terms.add(t.text)
    if not spelled and not terms:
        return records
    out: list[MentionRecord] = []
    for m in records:
        if m.text in terms and m.entity[0] == "org":
            continue
        span = spelled.get(m.text)
        if span is not None:
            s, e = span
            words = [t for t in doc[s:e] if t.lower_ not in _ACRONYM_SKIP]
            if all(t.text[:1].islower() for t in words):
                continue
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            full = next(
                (
                    r
                    for r in records
                    if r.char_start <= start < r.char_end or start <= r.char_start < end
                ),
                None,
            )
            if full is not None and full is not m:
                m = MentionRecord(m.text, m.char_start, m.char_end, full.entity)
        out.append(m)
    return out


def _title_word(tok: Token) -> bool:
    """A word of a title in quotation marks: capitalised, a short function
    word ("with", "the") or a contraction piece ("Don't" is "Do" + "n't")."""
    return tok.is_title or (tok.is_stop and tok.is_lower and len(tok) <= 4) or tok.text[:1] in "'’"


def _quoted(doc: Doc, m: MentionRecord) -> bool:
    """Does the name stand in quotation marks as (the end of) a title: alone
    ("for 'Anora'") or after other title words ("“Don't Worry Darling,”")?"""
    span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    close = span.end
    if close + 1 < len(doc) and doc[close].text in (",", ".") and doc[close + 1].is_quote:
        close += 1  # American style: "... Darling," with the comma inside
    if not doc[close].is_quote:
        return False
    i = span.start - 1
    while i >= 0 and span.start - i <= 5 and not doc[i].is_quote and _title_word(doc[i]):
        i -= 1
    return i >= 0 and doc[i].is_quote and (i == span.start - 1 or doc[i + 1].is_title)


def _no_place_if_org(records: list[MentionRecord]) -> list[MentionRecord]:
    """A name the article writes as an organization is one in every mention when
    no place is known by it: "Netflix's lack of studios" read as a place once."""
    orgs: dict[str, EntityRef] = {}
    for m in records:
        if m.entity[0] == "org":
            orgs.setdefault(_bare(m.entity[1]), m.entity)
    if not orgs:
        return records
    return [
        MentionRecord(m.text, m.char_start, m.char_end, orgs[_bare(m.entity[1])])
        if m.entity[0] == "gpe" and _bare(m.entity[1]) in orgs and lookup(m.entity[1]) is None
        else m
        for m in records
    ]


def _one_sense(doc: Doc, records: list[MentionRecord]) -> list[MentionRecord]:
    """A name means one thing per article: a "person" that is not anyone named
    in full here takes the organization or place the article names the same way.

    - the same words are an organization or place elsewhere in the article
      ("Plevna" beside "PLEVNA, Kan."), unless they are a full name whose
      surname the article also uses alone ("Ross Stores" is never "Stores");
    - one word that is the last word of exactly one longer organization or
      outlet name here is its short form ("Thunder" for "Oklahoma City Thunder",
      "Louvre" for "Musée du Louvre").
    """
    # Surnames a person is called by alone here: "Ross Stores" never shortened
    # to "Stores" is no person's full name.
    alone = {_bare(m.text) for m in records if m.entity[0] == "person" and " " not in m.text}
    named: dict[str, EntityRef] = {}
    heads: dict[str, set[EntityRef]] = {}
    for m in records:
        etype, name = m.entity
        if etype in ("org", "gpe", "media"):
            named.setdefault(_bare(m.text), m.entity)
            named.setdefault(_bare(name), m.entity)
            words = name.split()
            if etype != "gpe" and len(words) >= 2 and words[-1][:1].isupper():
                heads.setdefault(words[-1].casefold(), set()).add(m.entity)
    # A name the article puts in quotation marks on its own is a title ("for
    # 'Anora'"): a film, song or book, in every mention.
    titles = {
        _bare(m.text)
        for m in records
        if m.entity[0] == "person" and _bare(m.entity[1]) == _bare(m.text) and _quoted(doc, m)
    }
    if not named and not titles:
        return records
    out: list[MentionRecord] = []
    for m in records:
        etype, name = m.entity
        key = _bare(m.text)
        if etype == "person" and key in titles and _bare(name) == key:
            continue
        if etype == "person" and _bare(name) == key:
            other = named.get(key)
            if other is not None and not (" " in key and key.split()[-1] in alone):
                m = MentionRecord(m.text, m.char_start, m.char_end, other)
            elif " " not in key and len(heads.get(key, ())) == 1:
                m = MentionRecord(m.text, m.char_start, m.char_end, next(iter(heads[key])))
        out.append(m)
    return out
