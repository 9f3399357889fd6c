"""News media told by how the text cites them (issue 19).

The model types outlets as organizations ("CNBC", "Variety") or misses them
("(WBBM NEWSRADIO) —"). An organization is a medium when

- a capitalised broadcast or press word follows its name ("Bloomberg TV",
  "WBBM Newsradio"; the words of ``media_head_nouns.json``);
- it opens the article as a parenthesised credit before a dash, tagged or not;
- the text cites it as a medium: the one who was "told" something by a source
  ("a person familiar with the plans told CNBC"), or "as per X". ("X reported
  that" and "reported by X" are not used: companies report results too.)

Bodies that are told things ("told Congress", "told the committee") are known
institutions of the gazetteer or carry a body's head noun; the caller keeps
those out.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from transforms import lexicon


def _lexicon(name: str) -> Any:
    return lexicon.load("transforms.entities", name)


MEDIA_HEADS: frozenset[str] = frozenset(_lexicon("media_head_nouns.json"))
_DASHES = ("-", "--", "—", "–")


def broadcast_word_after(doc: Doc, e: int) -> bool:
    """Is ``doc[e]`` a capitalised outlet word that continues a name ("TV")?"""
    if e >= len(doc):
        return False
    tok = doc[e]
    return (
        tok.text[:1].isupper()
        and tok.lower_ in MEDIA_HEADS
        and doc[e - 1].whitespace_ == " "
        and not tok.is_sent_start
    )


def opening_credit(doc: Doc) -> tuple[int, int] | None:
    """The span of a parenthesised credit opening the article ("(WBBM
    NEWSRADIO) —"): one to four capitalised words between brackets, a dash after."""
    for i, tok in enumerate(doc[:30]):
        if tok.text != "(":
            continue
        j = i + 1
        while j < len(doc) and j - i <= 5 and doc[j].text != ")":
            j += 1
        if (
            j < len(doc)
            and doc[j].text == ")"
            and 1 <= j - i - 1 <= 4
            and all(t.text[:1].isupper() for t in doc[i + 1 : j])
            and j + 1 < len(doc)
            and doc[j + 1].text.startswith(_DASHES)
        ):
            return i + 1, j
        return None  # only the first bracket of the article is a credit
    return None


def cited_as_outlet(doc: Doc, s: int, e: int) -> bool:
    """Does the text cite ``doc[s:e]`` as a medium?"""
    span = doc[s:e]
    root = span.root
    head = root.head
    # "... told CNBC", "told CNBC in an interview"
    if root.dep_ == "dobj" and head.lemma_ == "tell" and head.i < s:
        return True
    # "as per Variety"
    return s >= 2 and doc[s - 1].lower_ == "per" and doc[s - 2].lower_ == "as"
