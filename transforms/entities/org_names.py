"""Organization names told by their own form and by the words around them.

The small English model finds most company and institution names but types
many of them wrongly ("United States Steel Corp." as a place, "Walmart" as
nothing, "Tesla" as an adjective) and calls many non-names organizations (award
categories, code names, headings). The signals here are properties of the
text, not lists of known companies:

- a run of capitalised name words ending in a legal form ("Nippon Steel Corp.",
  "TJX Cos"; lexicon ``legal_forms.json``) is a company;
- a name followed by a stock ticker ("Walmart WMT.N", "Target TGT.N") is a
  company;
- a word right before a job noun that is followed by a person's name ("Tesla
  billionaire Elon Musk"; lexicon ``employee_roles.json``) is the person's
  employer, and so is a name after "a spokesperson for";
- award names and categories ("Finals MVP", "Best Actress"; lexicon
  ``award_words.json``), code names ("GLP-1", "F-35") and all-capital headings
  in mixed-case text ("TRUMP TARIFFS") are no organizations.

``transforms.entities.mentions`` applies them to its candidate spans.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from transforms import lexicon


def _lexicon(name: str) -> Any:
    return lexicon.load("transforms.entities", name)


_LEGAL_FORMS: frozenset[str] = frozenset(_lexicon("legal_forms.json"))
_ROLES: frozenset[str] = frozenset(_lexicon("employee_roles.json"))
_AWARDS = _lexicon("award_words.json")
_AWARD_WORDS: frozenset[str] = frozenset(_AWARDS["any_word"])
_AWARD_FIRST: frozenset[str] = frozenset(_AWARDS["first_word"])
_REGION_WORDS: frozenset[str] = frozenset(_lexicon("region_words.json"))
_KINSHIP: frozenset[str] = frozenset(_lexicon("kinship_nouns.json"))
_ALERTS: frozenset[str] = frozenset(_lexicon("alert_words.json"))
# Exchange tickers as Reuters and Bloomberg print them after a company: "WMT.N", "ROST.O", "7203.T".
_TICKER = re.compile(r"^[A-Z0-9]{1,6}\.[A-Z]{1,2}$")
# Code names: letters, a hyphen and a number ("GLP-1", "COVID-19", "F-35", "H5N1-2").
_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,5}-\d+[A-Za-z]?$")
# Name words may be joined by these inside a company name ("Procter & Gamble Co.", "AT&T Inc.").
_JOINERS = frozenset({"&", "and", "of", "de", "-"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_GLUED = re.compile(r"\w[()\[\]]|--|—")


def legal_form_key(text: str) -> str:
    """A word as the legal-form lexicon writes it: lower-case, no dots or spaces."""
    return text.lower().replace(".", "").replace(" ", "")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.pos_ == "PROPN")


def legal_form_names(doc: Doc, titles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token spans of names that end in a legal form ("United States Steel Corp.").

    The legal form must follow a capitalised word directly; the name runs back
    over capitalised words and the joiners between them, never over a line
    break, a sentence start, punctuation or a title word (``titles``: "Former
    AG" is an attorney general).
    """
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.i == 0 or legal_form_key(tok.text) not in _LEGAL_FORMS:
            continue
        if not tok.text[:1].isupper() or tok.is_sent_start:
            continue  # "co-op", "sa" in lower case are words
        if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
            continue  # "Assistant AG Peter Kadzik": an office before a name
        start = tok.i
        glued = False
        while start > 0:
            prev = doc[start - 1]
            if _GLUED.search(prev.text):
                glued = True  # "(Jiji Press)--Nippon": the tokenizer kept a credit on the name
                break
            if (
                "\n" in prev.whitespace_
                or "\n" in prev.text
                or (prev.is_punct and prev.text != "&")
            ):
                break
            if prev.text in _POSSESSIVE and start - 2 >= 0 and _capitalised(doc[start - 2]):
                start -= 1  # "Kohl's Corp", "McDonald's Corp."
                continue
            if legal_form_key(prev.text) in _LEGAL_FORMS:
                break  # "Podesta Group Inc. and Mercury LLC": two companies
            if prev.lower_.replace(".", "") in titles:
                break  # "Former AG", "Assistant AG": an office, not a company
            if _capitalised(prev):
                if prev.is_sent_start and prev.pos_ != "PROPN":
                    break  # "If Acme Corp. ...", "Shares of Kohl's Corp": no name word opens the sentence
                start -= 1
                if prev.is_sent_start:
                    break
                continue
            if prev.lower_ in _JOINERS and start - 2 >= 0 and _capitalised(doc[start - 2]):
                start -= 1
                continue
            break
        if glued:
            continue
        # A joiner cannot start the name; at least one name word before the form.
        while start < tok.i and doc[start].lower_ in _JOINERS:
            start += 1
        if start < tok.i and doc[start].lower_ != "the":
            out.append((start, tok.i + 1))
        elif start + 1 < tok.i:
            out.append((start + 1, tok.i + 1))
    return out


def strip_legal_form(name: str) -> str:
    """ "Nippon Steel Corp." -> "Nippon Steel"; a name of the form alone stays."""
    words = name.split()
    while len(words) > 1 and legal_form_key(words[-1].rstrip(",")) in _LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def followed_by_ticker(doc: Doc, end: int) -> bool:
    """Does a stock ticker ("WMT.N") follow the name that ends at ``end``?"""
    return end < len(doc) and bool(_TICKER.match(doc[end].text))


def ticker_names(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised name runs right before a stock ticker ("Retail bellwether Walmart WMT.N")."""
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.i == 0 or not _TICKER.match(tok.text):
            continue
        start = tok.i
        while (
            start > 0
            and _capitalised(doc[start - 1])
            and not doc[start - 1].is_punct
            and "\n" not in doc[start - 1].whitespace_
            and tok.i - start < 5
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        if doc[start].lower_ == "the":
            start += 1
        if start < tok.i:
            out.append((start, tok.i))
    return out


def employer_before_role(doc: Doc, titles: frozenset[str]) -> list[tuple[int, int]]:
    """A one-word name right before a job noun that a person's name follows:
    "Tesla billionaire Elon Musk", "UnitedHealthcare CEO Brian Thompson".

    ``titles`` are words that precede names as titles ("Vice", "Former"): they
    are never the employer.
    """
    out: list[tuple[int, int]] = []
    for tok in doc:
        i = tok.i
        if i == 0 or i + 1 >= len(doc) or tok.lower_.replace(".", "") not in _ROLES:
            continue
        nxt = doc[i + 1]
        if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
            continue
        prev = doc[i - 1]
        if (
            prev.is_sent_start
            or not prev.text[:1].isupper()
            or not prev.is_alpha
            or prev.lower_ in titles
            or prev.lower_ in _ROLES  # "Executive Chairman": one title
            or prev.ent_type_ in ("NORP", "GPE", "LOC", "DATE", "TIME")
            or (prev.ent_type_ and prev.ent_iob_ == "I")  # the end of a longer name
            or prev.pos_ not in ("PROPN", "ADJ", "NOUN")
        ):
            continue
        # The whole name when it has more words ("Citizen Journalism School founder").
        start = i - 1
        while (
            start > 0
            and not doc[start].is_sent_start
            and _capitalised(doc[start - 1])
            and doc[start - 1].is_alpha
            and doc[start - 1].whitespace_ == " "
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_ not in titles
        ):
            start -= 1
        out.append((start, i))
    return out


def employer_after_role(doc: Doc, start: int) -> bool:
    """Is the name starting at ``start`` the employer after "a spokesperson for/at/with"?"""
    if start < 2 or doc[start - 1].lower_ not in ("for", "at", "with"):
        return False
    j = start - 2
    if doc[j].lower_ == "the" and j > 0:
        j -= 1
    return doc[j].lower_ in _ROLES and doc[j].pos_ == "NOUN"


def is_award(doc: Doc, start: int, end: int) -> bool:
    """An award or award category ("Finals MVP", "Best Actress", "Nobel Prize")."""
    words = [t.lower_ for t in doc[start:end]]
    return bool(words) and (words[0] in _AWARD_FIRST or any(w in _AWARD_WORDS for w in words))


def is_alert(doc: Doc, start: int, end: int) -> bool:
    """ "Tornado Emergency", "Flood Warning": a weather or civil-protection alert."""
    last = doc[end - 1]
    return end - start >= 2 and last.text[:1].isupper() and last.lower_ in _ALERTS


def is_code_name(text: str) -> bool:
    """ "GLP-1", "COVID-19", "F-35": a drug class, a disease, a model, not a body."""
    return bool(_CODE.match(text))


def is_heading(doc: Doc, start: int, end: int) -> bool:
    """A span that starts with two all-capital words or more in mixed-case text,
    after the first sentence (the dateline's place and credit are in capitals
    there): a subheading ("TRUMP TARIFFS", with or without the sentence the
    model glued to it), not a name."""
    lead = 0  # leading all-capital words (the model may glue the text after them)
    for t in doc[start:end]:
        if not (t.is_alpha and t.text.isupper() and len(t.text) >= 3):
            break  # "REVOLT TV": a short word is more likely an acronym of a name
        lead += 1
    if lead < 2:
        return False
    if doc[start].sent.start == doc[0].sent.start:
        return False
    lower = sum(1 for t in doc if t.is_alpha and not t.text.isupper())
    return lower > 3 * sum(1 for t in doc if t.is_alpha and t.text.isupper())


def is_portfolio(doc: Doc, end: int) -> bool:
    """A span right before "minister" or "secretary" in lower case names a
    cabinet portfolio ("Jamaica's Health and Wellness minister"), not a body."""
    return end < len(doc) and doc[end].text in ("minister", "secretary")


def is_region(doc: Doc, start: int, end: int) -> bool:
    """ "Pacific Northwest", "the Panhandle": a region named by compass or landform word."""
    last = doc[end - 1]
    if last.lower_ not in _REGION_WORDS or not last.text[:1].isupper():
        return False
    if end - start >= 2:
        # "Pacific Northwest"; not "Federation of Midwest ..." (a body's name)
        return all(t.text[:1].isupper() and t.is_alpha for t in doc[start:end])
    return start > 0 and doc[start - 1].lower_ == "the" and not last.is_sent_start


def region_names(doc: Doc) -> list[tuple[int, int]]:
    """Untagged regions: "the Panhandle", "the Midwest" (one capitalised word after "the")."""
    return [
        (t.i, t.i + 1)
        for t in doc
        if not t.ent_type_
        and t.pos_ == "PROPN"
        and t.i + 1 < len(doc)
        and not (doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha)
        and is_region(doc, t.i, t.i + 1)
    ]


def kin_of(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` joined to a kinship noun ("wife of Napoleon",
    "Napoleon's wife"), which makes it a person?"""
    if doc[start].text.isupper():
        return False  # "NBA": an acronym names a body
    head_follows = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
    if (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in _KINSHIP
        and not head_follows  # "the cousin of NBA star X": the star is the kin
    ):
        return True
    return end + 1 < len(doc) and doc[end].text in _POSSESSIVE and doc[end + 1].lower_ in _KINSHIP
