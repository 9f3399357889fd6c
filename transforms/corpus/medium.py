"""The channel a statement was given to, read from the words around its report.

"Peskov told reporters", "at a news conference", "заявил журналистам",
"на брифінгу" mean the press at large and give ``journalists``; "in an
interview with CNN", "told RBC media", "в интервью телеканалу «Россия-1»",
"в інтерв'ю виданню Financial Times" name the channel, which is read as the
proper name after the phrase (genre nouns such as "TV channel" or
"изданию" skipped). The phrases are in ``data/media_phrases.json``.

A bare "told X" names a person as often as a channel ("told Trump"), so after
it only a name that looks like an outlet is taken: an acronym (CNN, РБК), a
quoted name, or a name followed by a genre noun ("told Rossiya-1 TV").
"""

from __future__ import annotations

import functools
import re

from transforms import lexicon

JOURNALISTS = "journalists"
# Words of a name after the phrase, at most.
MAX_NAME_WORDS = 4
_TOKEN = re.compile(r"«[^»]{1,40}»|\"[^\"]{1,40}\"|“[^”]{1,40}”|[\w'’ʼ`.-]+|[,;:()]")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_CHANNEL_NOUNS = frozenset({"website", "site", "channel", "page", "account", "feed", "podcast"})
_PRESS_NOUNS = frozenset(
    {"reporters", "journalists", "journalist", "press", "media", "журналистам", "журналістам"}
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """(press phrases, channel phrases with a ``strict`` group for bare verbs of telling,
    genre nouns, words that are not channels), each phrase list as one regular expression."""
    data = lexicon.load("transforms.corpus", "media_phrases.json")
    press = re.compile(
        r"(?<!\w)(?:" + "|".join(data["press"]) + r")(?!\w)", re.IGNORECASE | re.UNICODE
    )
    # A bare verb of telling ("told X") needs an outlet-looking name after it.
    strict = [p for p in data["named"] if p.startswith("(?:told")]
    loose = [p for p in data["named"] if not p.startswith("(?:told")]
    named = re.compile(
        r"(?<!\w)(?:(?P<strict>" + "|".join(strict) + r")|(?:" + "|".join(loose) + r"))(?!\w)",
        re.IGNORECASE | re.UNICODE,
    )
    genre = frozenset(w.lower() for w in data["genre_nouns"])
    not_channels = frozenset(w.lower() for w in data["not_channels"])
    return press, named, genre, not_channels


def normalized(medium: str | None) -> str | None:
    """A row's medium with the press at large ("reporters", "the media") as ``journalists``."""
    if not medium:
        return None
    words = [w for w in re.findall(r"\w+", medium.lower()) if w != "the"]
    if words and all(w in _PRESS_NOUNS for w in words):
        return JOURNALISTS
    return medium


def _name_after(text: str, start: int, strict: bool) -> str | None:
    _, _, genre, not_channels = _patterns()
    tokens = _TOKEN.findall(text[start : start + 120])
    i = 0
    saw_genre = False
    while i < len(tokens) and tokens[i].lower() in genre:
        saw_genre = saw_genre or tokens[i].lower() != "the"
        i += 1
    name: list[str] = []
    quoted = False
    while i < len(tokens) and len(name) < MAX_NAME_WORDS:
        tok = tokens[i]
        if tok[:1] in '«"“':
            if name:
                break
            return tok[1:-1].strip() or None
        if tok.lower() in not_channels or not (tok[:1].isupper() or tok[:1].isdigit()):
            break
        if name and _cyrillic(tok) != _cyrillic(name[0]):
            # A change of script ends the name: "изданию Financial Times Илон Маск
            # рассказал" names the outlet, then its speaker.
            break
        possessive = _POSSESSIVE.search(tok)
        i += 1
        if possessive:
            # "Liverpool's website" is a channel; "CNN's Jake Tapper" is CNN.
            following = tokens[i].lower().rstrip(".,;:") if i < len(tokens) else ""
            if following in _CHANNEL_NOUNS:
                name.append(f"{tok} {following}")
                break
            name.append(_POSSESSIVE.sub("", tok))
            break
        name.append(tok.rstrip("."))
        if tok.endswith("."):
            break  # the sentence ends with the name
    if not name:
        return None
    if strict and not quoted:
        outlet_like = (len(name) == 1 and name[0].isupper() and len(name[0]) >= 2) or saw_genre
        following = tokens[i].lower() if i < len(tokens) else ""
        if not (outlet_like or following in genre):
            return None
    return " ".join(name)


def _cyrillic(token: str) -> bool:
    return bool(_CYRILLIC.search(token))


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def channel_in(text: str) -> str | None:
    """The channel an attribution window names: a named channel first, else ``journalists``."""
    press, named, _, _ = _patterns()
    for m in named.finditer(text):
        name = _name_after(text, m.end(), m.group("strict") is not None)
        if name:
            return name
    return JOURNALISTS if press.search(text) else None
