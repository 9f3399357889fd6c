"""Article metadata from the page furniture around the body.

Every finder returns None rather than a guess: a wrong outlet or date is worse
for researchers than a missing one. Dates are read only from datelines, bylines,
"Published" labels and URL paths, never from the body, whose dates are event
dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from transforms import lexicon


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]


@functools.cache
def outlets() -> tuple[Outlet, ...]:
    raw = lexicon.load("transforms.articles", "outlets.json")
    return tuple(
        Outlet(
            name=o["name"],
            domains=tuple(o.get("domains", ())),
            aliases=tuple(o.get("aliases", ())),
        )
        for o in raw
    )


@functools.cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for o in outlets():
        for form in (o.name, *o.aliases):
            index[form.casefold()] = o.name
            # "The Guardian" is also written "the Guardian" / "Guardian".
            if form.lower().startswith("the "):
                index[form[4:].casefold()] = o.name
    return index


@functools.cache
def _outlet_mention_re() -> re.Pattern[str]:
    forms: set[str] = set()
    for o in outlets():
        for form in (o.name, *o.aliases):
            forms.add(form[4:] if form.lower().startswith("the ") else form)
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # Case-sensitive on purpose: "AP" and "RIA" are outlets, "ap" and "ria" are not.
    return re.compile(rf"(?<![\w/.-])(?:[Tt]he\s+)?(?:{alts})(?![\w-])")


def resolve_outlet(text: str) -> str | None:
    """Canonical outlet name for a written form, or None if it is not a known outlet."""
    key = re.sub(r"\s+", " ", text.strip().strip(".,;:!?\"'’”“")).casefold()
    return _alias_index().get(key)


def outlet_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every known outlet named in ``text``."""
    out: list[tuple[int, int, str]] = []
    for m in _outlet_mention_re().finditer(text):
        name = resolve_outlet(m.group(0))
        if name is not None:
            out.append((m.start(), m.end(), name))
    return out


def outlet_from_url(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    if not host:
        return None
    for o in outlets():
        for d in o.domains:
            if host == d or host.endswith("." + d):
                return o.name
    return None


# ---------------------------------------------------------------- dates

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan janvier enero januar января січня",
        "february feb février fevrier febrero februar февраля лютого",
        "march mar mars marzo märz marz марта березня",
        "april apr avril abril апреля квітня",
        "may mai mayo мая травня",
        "june jun juin junio juni июня червня",
        "july jul juillet julio juli июля липня",
        "august aug août aout agosto августа серпня",
        "september sep sept septembre septiembre setiembre сентября вересня",
        "october oct octobre octubre oktober октября жовтня",
        "november nov novembre noviembre ноября листопада",
        "december dec décembre decembre diciembre dezember декабря грудня",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _num

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"), "ymd"),
    (
        re.compile(
            rf"(?<![\w])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
            # Copy-pasted pages glue the time to the year: "November 12, 202410:21 AM".
            r"(?:(?!\d)|(?=\d{1,2}:\d{2}))",
            re.IGNORECASE,
        ),
        "mdy",
    ),
    (
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:\.|st|nd|rd|th|-?го)?\s+(?:de\s+)?({_MONTH_ALT})\.?,?"
            rf"\s+(?:de\s+)?(\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        "dmy",
    ),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])"), "dmy_num"),
)


def _mk_date(y: int, m: int, d: int) -> dt.date | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every absolute calendar date written in ``text``: (start, end, date), in order."""
    found: list[tuple[int, int, dt.date]] = []
    for pat, kind in _DATE_PATTERNS:
        for m in pat.finditer(text):
            g = m.groups()
            date: dt.date | None
            if kind == "ymd":
                date = _mk_date(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "mdy":
                date = _mk_date(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
            elif kind == "dmy":
                date = _mk_date(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
            else:
                date = _mk_date(int(g[2]), int(g[1]), int(g[0]))
            if date is not None and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), date))
    found.sort(key=lambda t: t[0])
    return found


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][2] if dates else None


_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:GMT[+-]?\d*|UTC[+-]?\d*|[A-Z]{2,4}(?![a-z])))?"
)
_DATELINE_FILLER = re.compile(
    rf"(?:{_TIME}|(?:\b|(?<=[A-Z]))(?:updated|published|posted|last updated|modified|on|at|am|pm|"
    r"ago|hours?|minutes?|mins?|days?|an?|just now|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|um|uhr|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|de|del|"
    r"опубликовано|обновлено|\d+\s*min(?:ute)?s?\s*read|read)\b|[|·•,:—–\-/()])",
    re.IGNORECASE,
)


def is_dateline(line: str) -> bool:
    """A line that is essentially a publication date (with time / labels around it)."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    dates = find_dates(s)
    if not dates:
        return False
    rest = s
    for start, end, _ in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    rest = _DATELINE_FILLER.sub(" ", rest)
    return not re.search(r"[^\W\d_]{2,}", rest)


_PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|first published|publication date|опубликовано|опубліковано|"
    r"publié le|veröffentlicht|publicado)\b[\s:]*(?:on\s+)?",
    re.IGNORECASE,
)


def labelled_published_date(line: str) -> dt.date | None:
    m = _PUBLISHED_LABEL.search(line)
    if m is None or len(line) > 160:
        return None
    return first_date(line[m.end() :])


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")


def date_from_url(url: str) -> dt.date | None:
    m = _URL_DATE.search(urlsplit(url).path)
    if m is None:
        return None
    return _mk_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# ---------------------------------------------------------------- people

_CAP = r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]*"
_PARTICLE = r"(?:de|da|van|von|der|den|al|el|bin|ibn|la|le|del|di|du|dos|ten|ter)"
NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,3}}"
_NAME_RE = re.compile(rf"^{NAME}$")
# Words that make a byline string no person name ("Staff Reporter", "News Desk").
_NOT_NAME_WORDS: frozenset[str] = frozenset(
    lexicon.load("transforms.articles", "byline_non_name_words.json")
)

_BYLINE = re.compile(
    r"^\s*(?:by|written by|words by|author|authors|автор|авторы|автори|par|von|por)"
    r"\s*[:\s]\s*(.+)$",
    re.IGNORECASE,
)
_BYLINE_CUT = re.compile(
    rf"\s*(?:\||·|•|—|–|\s-\s|\bupdated\b|\bpublished\b|\bon\s+(?={_MONTH_ALT}|\d)"
    rf"|\b(?:{_MONTH_ALT})\.?\s+\d|\d|\(|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Byline:
    authors: tuple[str, ...]
    outlet: str | None


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().strip(",;.")).strip()
    # Agency bylines are set in capitals ("By HANNA ARHIROVA"); store names as names.
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def is_person_name(name: str) -> bool:
    name = _clean_name(name)
    if not _NAME_RE.match(name) or resolve_outlet(name) is not None:
        return False
    return not any(w.casefold() in _NOT_NAME_WORDS for w in name.split())


def parse_byline(line: str) -> Byline | None:
    """Authors (and an outlet written in the byline) of a "By ..." line."""
    s = line.strip().strip("*_").strip()  # "**By Jane Roe**" in Markdown copies
    if len(s) > 200:
        return None
    m = _BYLINE.match(s)
    if m is None:
        return None
    rest = m.group(1)
    if not rest[:1].isupper():
        return None
    cut = _BYLINE_CUT.search(rest)
    names_part = rest[: cut.start()] if cut else rest
    outlet: str | None = None
    authors: list[str] = []
    for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+и\s+|\s+і\s+", names_part):
        piece = _clean_name(piece)
        if not piece:
            continue
        resolved = resolve_outlet(piece)
        if resolved is not None:
            outlet = outlet or resolved
        elif is_person_name(piece):
            authors.append(piece)
        elif authors:
            break  # a role or place after the names: "By Jane Roe, Moscow correspondent"
        else:
            return None
    if not authors and outlet is None:
        return None
    return Byline(authors=tuple(authors), outlet=outlet)


_ROLE = (
    r"(?:correspondent|reporter|bureau chief|editor|writer|journalist|columnist|contributor|"
    r"producer|photographer|host|anchor|fellow|analyst|researcher|critic)"
)
_BIO_IS = re.compile(
    rf"^({NAME})\s+(?:is|was|has been|serves as)\s+(?:a|an|the|our)\s[^.]{{0,120}}?\b{_ROLE}s?\b"
)
_BIO_VERB = re.compile(
    rf"^({NAME})\s+(?:covers|reports on|reports from|writes about|writes on|is based in|"
    r"contributed reporting|has covered|joined)\b"
)
_BIO_OUTLET = re.compile(
    r"\b(?:for|at|with|of)\s+((?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})"
)
# Short names several papers use for themselves; resolved only with house-style evidence.
_THE_TIMES = "the times"


@dataclass(frozen=True, slots=True)
class Bio:
    name: str
    outlet_text: str | None


def parse_bio(line: str) -> Bio | None:
    """An author biography line: "X is the Moscow bureau chief for The Times. ..." ."""
    s = line.strip()
    if len(s.split()) > 70:
        return None
    m = _BIO_IS.match(s) or _BIO_VERB.match(s)
    if m is None or not is_person_name(m.group(1)):
        return None
    first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", s, maxsplit=1)[0]
    om = _BIO_OUTLET.search(first_sentence[m.end(1) :])
    outlet_text = om.group(1).rstrip(".") if om else None
    return Bio(name=_clean_name(m.group(1)), outlet_text=outlet_text)


_COURTESY = re.compile(r"\b(?:Mr|Ms|Mrs)\.\s+[A-Z]")


def resolve_bio_outlet(outlet_text: str | None, body: str) -> str | None:
    if outlet_text is None:
        return None
    if outlet_text.strip().casefold() == _THE_TIMES:
        # "The Times" is The New York Times, the Times of London, the LA Times...
        # Only The New York Times uses courtesy titles with a period ("Mr. Putin")
        # throughout its news copy, so that house style settles it; otherwise unknown.
        return "The New York Times" if len(_COURTESY.findall(body)) >= 3 else None
    return resolve_outlet(outlet_text)


# ---------------------------------------------------------------- urls, republication

_URL = re.compile(r"https?://[^\s<>\"'\])]+")
_URL_LINE = re.compile(r"^\s*<?\s*(https?://[^\s<>]+?)\s*>?\s*$")
_URL_LABEL = re.compile(
    r"^\s*(?:original\s+url|source\s+url|canonical(?:\s+url)?|url|link|source|permalink|"
    r"оригинал|источник)\s*:\s*(.*)$",
    re.IGNORECASE,
)


def url_in_line(line: str) -> str | None:
    m = _URL_LINE.match(line)
    return m.group(1).rstrip(".,;") if m else None


def find_url(lines: Sequence[str]) -> str | None:
    """The page URL: a labelled URL ("Original url: ...") first, else a URL on its own line."""
    for i, line in enumerate(lines):
        lm = _URL_LABEL.match(line)
        if lm is None:
            continue
        um = _URL.search(lm.group(1))
        if um:
            return um.group(0).rstrip(".,;")
        for nxt in lines[i + 1 : i + 4]:
            if not nxt.strip():
                continue
            u = url_in_line(nxt)
            if u:
                return u
            break
    for line in lines:
        u = url_in_line(line)
        if u and not _is_social(u):
            return u
    return None


# Links to posts people embed in stories, never the story's own address.
_SOCIAL_HOSTS = (
    "twitter.com",
    "x.com",
    "t.me",
    "telegram.me",
    "youtube.com",
    "youtu.be",
    "facebook.com",
    "instagram.com",
    "tiktok.com",
    "vk.com",
    "bsky.app",
    "threads.net",
    "linkedin.com",
)


def _is_social(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS)


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REPUBLISHED = re.compile(
    r"\b(?:(?:was|is|were)\s+)?(?:first|originally|initially)\s+"
    r"(?:published|appeared|posted|ran|aired)\s+(?:by|in|on|at)\s+(?:the\s+)?"
    r"([^.;:\n]+?)\s*(?:[.;:]\s*$|[.;:]\s|\s+on\s+\w+\s+\d|\s+and\s+is\s+|,|$)"
    r"|\b(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by)\s+(?:the\s+)?"
    r"([^.;:\n]+?)\s*(?:[.;:,]|\s+with\s+|$)",
    re.IGNORECASE,
)


def strip_markdown_links(text: str) -> str:
    return _MD_LINK.sub(r"\1", text)


# A note about the page itself starts like one; "The report was first published by
# Verstka on Wednesday" inside a story is a citation, not a republication note.
_NOTE_START = re.compile(
    r"^\W{0,3}(?:this\b|the (?:article|story|piece|interview|text|material|column|essay|"
    r"translation|original)\b|a version of this\b|originally\b|first\b|initially\b|"
    r"republished\b|reprinted\b|reproduced\b|cross-?posted\b)",
    re.IGNORECASE,
)


def is_republication_note(line: str) -> bool:
    s = strip_markdown_links(line.strip())
    return (
        len(s.split()) <= 40
        and _NOTE_START.match(s) is not None
        and _REPUBLISHED.search(s) is not None
    )


def original_outlet(line: str) -> str | None:
    """Where a republished piece first ran, from a note like "first published by VPost."."""
    s = strip_markdown_links(line.strip())
    if not is_republication_note(s):
        return None
    m = _REPUBLISHED.search(s)
    if m is None:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    resolved = resolve_outlet(name)
    if resolved is not None:
        return resolved
    mentions = outlet_mentions(name)
    if mentions:
        return mentions[0][2]
    # An outlet we do not know yet: keep it when it is written like a name.
    if 1 <= len(name.split()) <= 6 and name[:1].isupper() and not name.lower().startswith("this"):
        return name
    return None


# ---------------------------------------------------------------- self reference

_DESCRIPTOR = (
    r"(?:outlet|newspaper|news outlet|news site|website|site|publication|media|broadcaster|"
    r"agency|news agency|magazine|channel|daily|tabloid|portal|paper|outlets)"
)


@functools.cache
def _self_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """Patterns with a group ``o`` naming the outlet; compiled once over all known names."""
    forms: set[str] = set()
    for outlet in outlets():
        for form in (outlet.name, *outlet.aliases):
            forms.add(form[4:] if form.lower().startswith("the ") else form)
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    o = rf"(?:[Tt]he\s+)?(?P<o>{alts})"
    strong = (
        re.compile(rf"\btold\s+{o}(?![\w-])"),
        re.compile(rf"(?<![\w-]){o}(?:’s|'s|’|')\s+(?:own\s+)?sources?\b"),
        re.compile(rf"\b(?:spoke|speaking|talked|talking|spoken)\s+(?:to|with)\s+{o}(?![\w-])"),
        re.compile(rf"\b(?:interviews?|conversations?)\s+with\s+{o}(?![\w-])"),
    )
    cited = (
        re.compile(rf"\b(?i:{_DESCRIPTOR})\s+{o}(?![\w-])"),
        re.compile(rf"\baccording\s+to\s+{o}(?![\w-])"),
        re.compile(rf"(?<![\w-]){o},?\s+(?:citing|cited|quoted|quoting)\b"),
        re.compile(
            rf"\b(?:reporting|report|reports|investigation|article|story|interview)\s+"
            rf"(?:by|from|in)\s+{o}(?![\w-])"
        ),
        # Last on purpose: "X reported" is also how an outlet cites itself
        # ("The Moscow Times previously reported"), so it only weighs as a hint.
        re.compile(rf"(?<![\w-]){o}\s+(?:\w+\s+)?(?:reported|reports|wrote|published|revealed)\b"),
    )
    return strong, cited


def _count_outlets(patterns: Iterable[re.Pattern[str]], body: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for pat in patterns:
        for m in pat.finditer(body):
            name = resolve_outlet(m.group("o"))
            if name is not None:
                counts[name] = counts.get(name, 0) + 1
    return counts


def self_reference_outlet(body: str) -> str | None:
    """The outlet that speaks of itself ("told The Moscow Times", "The Moscow Times' source").

    An outlet only ever cited ("Verstka reported", "the independent outlet Verstka",
    "reporting by The Washington Post") is the source of a claim, not the publisher.
    """
    strong_p, cited_p = _self_patterns()
    strong = _count_outlets(strong_p, body)
    possessive = _count_outlets(strong_p[1:2], body)
    cited = _count_outlets(cited_p[:-1], body)
    reported = _count_outlets(cited_p[-1:], body)
    # "told Reuters" twice can be another outlet relaying an interview; three
    # times, or twice plus "Reuters' source", is the outlet's own reporting.
    candidates = sorted(
        (
            (n, name)
            for name, n in strong.items()
            if (n >= 3 or (n >= 2 and possessive.get(name)))
            and not cited.get(name)
            and reported.get(name, 0) < n
        ),
        reverse=True,
    )
    if not candidates:
        return None
    if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
        return None
    return candidates[0][1]


# Agency datelines at the start of a story: "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —".
_AGENCY_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ ,][\w .,'’-]{0,50}?)?\s*\(([A-Za-z][\w .&/-]{1,40})\)\s*[-—–]"
)


def dateline_agency(first_body_line: str) -> str | None:
    m = _AGENCY_DATELINE.match(first_body_line.strip())
    return resolve_outlet(m.group(1)) if m else None


def outlets_in_lines(lines: Iterable[str]) -> str | None:
    """First known outlet named in the given (appeal / copyright) lines."""
    for line in lines:
        found = outlet_mentions(line)
        if found:
            return found[0][2]
    return None
