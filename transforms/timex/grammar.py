"""The English news grammar of time expressions: lexicon, patterns, interpretation.

Each rule is a precompiled regex plus a function that turns a match into a
``Spec`` — what the expression *says* (a month and day, "last" + a unit, a
duration), independent of any publication date. ``transforms.timex.extract`` then picks
non-overlapping specs and resolves them against the DCT.

Design choices (why):
- Month and weekday names are matched case-sensitively (Capitalized or UPPER) so
  that the modal "may", the verb "march" and the adjective "august" never match;
  the ambiguous capitalized "May"/"March" as a bare month additionally need a
  temporal context (a preposition before, or a year/day after).
- Relative words (last, next, ago, now ...) are case-insensitive.
- A span never includes a governing preposition ("on Thursday" -> "Thursday"),
  but includes determiners/modifiers that TimeML puts inside the TIMEX3
  ("the past two months", "nearly three-year", "early 2011", "last summer").
- Bare numbers are only years when 4 digits in 1500..2099, not money, percent,
  a part of a larger number ("1,000", "4.5") or a count of something plural.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms import lexicon
from transforms.timex.zones import designators, zone_target

# ---- lexicon -----------------------------------------------------------------

MONTHS_FULL: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBR: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "a": 1,
    "an": 1,
    "single": 1,
    "couple": 2,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}
# Quantities that say "some number of" without fixing it: TIMEX3 writes X.
VAGUE_NUMBERS = frozenset(
    {
        "few",
        "several",
        "many",
        "some",
        "dozens",
        "hundreds",
        "thousands",
        "tens",
        "numerous",
        "countless",
        "multiple",
    }
)

# Duration units -> (TIMEX3 designator, is a time-of-day unit needing "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),  # value doubled below
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("Y", False),  # tenfold, matching TempEval's "a decade" = P10Y
    "century": ("Y", False),
}
UNIT_FACTOR: dict[str, int] = {"fortnight": 2, "decade": 10, "century": 100}

SEASON_WORDS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

# Fixed-date holidays: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year": (1, 1),
    "new year's": (1, 1),
    "orthodox christmas": (1, 7),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "international women's day": (3, 8),
    "may day": (5, 1),
    "victory day": (5, 9),
    "russia day": (6, 12),
    "canada day": (7, 1),
    "independence day": (7, 4),
    "ukraine independence day": (8, 24),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "unity day": (11, 4),
    "national unity day": (11, 4),
    "inauguration day": (1, 20),
    "defender of the fatherland day": (2, 23),
}
# Movable holidays: (month, weekday Mon=0, n-th; -1 = last) or "easter" offsets.
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "martin luther king jr. day": (1, 0, 3),
    "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2),
}
# US Election Day: the Tuesday after the first Monday of November (-> weekday rule
# with an offset of one day from the first Monday).
DAY_AFTER_NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "election day": (11, 0, 1),
}
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
}


def _alt(words: list[str]) -> str:
    """Alternation, longest first so that 'Sept' wins over 'Sep'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _month_lookup() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, m in enumerate(MONTHS_FULL, 1):
        out[m.lower()] = i
    for a, i in MONTH_ABBR.items():
        out[a.lower()] = i
    return out


MONTH_NUMBER: dict[str, int] = _month_lookup()
WEEKDAY_NUMBER: dict[str, int] = {w.lower(): i for i, w in enumerate(WEEKDAYS)}

_MONTH_FULL_FORMS = [m for m in MONTHS_FULL] + [m.upper() for m in MONTHS_FULL]
_MONTH_ABBR_FORMS = [a for a in MONTH_ABBR] + [a.upper() for a in MONTH_ABBR]
# Abbreviations may carry a period ("Nov."); full names never do.
MONTH_FULL_RE = f"(?:{_alt(_MONTH_FULL_FORMS)})(?![A-Za-z])"
MONTH_ANY_RE = (
    f"(?:(?:{_alt(_MONTH_FULL_FORMS)})(?![A-Za-z])|(?:{_alt(_MONTH_ABBR_FORMS)})(?![A-Za-z])\\.?)"
)
WEEKDAY_RE = f"(?:{_alt(list(WEEKDAYS) + [w.upper() for w in WEEKDAYS])})(?![A-Za-z])"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR4_RE = r"\d{4}(?![\d])"

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM_WORD_RE = (
    f"(?:(?:{_TENS})(?:[\\s-](?:{_ONES}))?|{_TEENS}|{_ONES}|zero)"
    r"(?:[\s-]hundred)?"
)
NUMBER_RE = (
    r"(?:\d+(?:\.\d+)?\s+(?:thousand|million|billion)|\d+(?:\s+|-)?(?:1/2|½)|½|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + NUM_WORD_RE
    + r"|a\s+(?:few|couple(?:\s+of)?|dozen|hundred|thousand|single)|"
    r"an?|couple(?:\s+of)?|few|several|many|some|numerous|countless|multiple|"
    r"(?:dozens|hundreds|thousands|tens)\s+of)"
    r"(?:[\s-]+and[\s-]+a[\s-]+half)?"
)
UNIT_RE = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))"

MOD_PREFIX_RE = (
    r"(?:early|late|mid|end(?=-)|start(?=-)|"
    r"the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)"
)
DUR_MOD_RE = (
    r"(?:nearly|almost|about|around|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|some|just|only|a\s+mere|barely|"
    r"well\s+over|close\s+to|upwards\s+of|the\s+better\s+part\s+of)"
)
PREP_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|until|till|by|through|throughout|from|to|during|before|after|of|"
    r"last|next|this|early|late|mid|between|and|or|on|into|for|over)\s*-?\s*)$",
    re.IGNORECASE,
)

_STRONG_PREP_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|through|throughout|during|before|after|early|late|mid|"
    r"of|last|next|this|from)\s*-?\s*$",
    re.IGNORECASE,
)

# Words that make a following 4-digit number an identifier, not a year.
_YEAR_BLOCKERS = re.compile(
    r"(?:\b(?i:no|nos|number|flight|route|highway|room|resolution|article|section|chapter|"
    r"page|pp|item|decree|order|code|model|unit|apt|suite|box|gate|platform|channel|bus|"
    r"train|tail|hull|rule|sura|psalm|cosmos|soyuz|boeing|airbus|windows|office|iphone|"
    r"galaxy|mig|tu|su|il)\.?\s*#?\s*|\b[A-Z]-|[#№]\s*|(?:^|\D)(?:\d{1,3}|\d{5,})-)$"
)
_YEAR_COUNT_AFTER = re.compile(
    r"\s+(?!(?:elections?|Olympics|games|midterms|polls|primaries|talks|protests|"
    r"sanctions|accords|agreements|riots|attacks|crisis|war|budget|campaign|levels?|"
    r"figures|numbers|results|winners)\b)[a-z]*[a-hj-rtv-z]s\b"
)

# ---- specs --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spec:
    """What an expression says, before it is resolved against a DCT.

    kind:
    - ``date``: year given (``year``; optionally ``month``/``day``/``part``/``season``)
    - ``md``: month + day, no year; ``month``: month only (``offset`` for last/next/this)
    - ``interval``: two months (``month``..``month2``) of ``year``
    - ``weekday``: ``weekday`` with optional ``offset`` (-1 last, +1 next, 0 this)
    - ``rel``: ``unit`` shifted by ``offset`` from the DCT (today, last week, 2 years ago)
    - ``season``: ``season`` with optional ``offset``; ``quarter``: ``part`` without year
    - ``holiday``: ``name`` (fixed or movable), year inferred
    - ``ref``: PRESENT_REF / PAST_REF / FUTURE_REF in ``value``
    - ``duration`` / ``set``: fixed ``value``
    - ``time``: clock time in ``tod`` ("T09:46" or "TMO"), on the day of ``base``
      (None = the DCT day; ``floating`` = anchored to an event we cannot date)
    - ``decade`` / ``century``: ``year`` holds the TIMEX3 prefix (199, 19)
    - ``edge``: "the end of the year" — ``unit`` + ``mod``, which one by tense
    - ``weekend``: "over the weekend", placed like a weekday
    - ``narrative``: "the next day" — ``offset`` days from the last day the text gave
    - ``narrative_quarter``: "the quarter", "the year-ago quarter" — ``offset`` quarters
      from the last quarter the text gave
    """

    kind: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    month2: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: int | None = None
    part: int | None = None  # quarter 1..4 or half 1..2 (unit says which)
    season: str | None = None
    name: str | None = None
    value: str | None = None
    tod: str | None = None
    base: Spec | None = None
    floating: bool = False
    mod: str | None = None
    anchored: bool = False  # a duration/ref whose meaning runs up to the DCT
    count_like: bool = False  # a bare year followed by a plural noun: check with the parse
    dct_fallback: bool = False  # a narrative day with no day given shortly before: the DCT's
    weak_ok: bool = True  # what to do with a count_like year when there is no parse
    # a clock time's zone: "Z", "±hh:mm" or an IANA zone name (see timex.zones);
    # "" = stated local ("local time"), None = not stated
    zone: str | None = None


Interpreter = Callable[[re.Match[str], str], "Spec | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    interpret: Interpreter
    priority: int  # tie-break between equally long candidates (higher wins)


# ---- helpers ------------------------------------------------------------------


def _month_num(s: str) -> int | None:
    return MONTH_NUMBER.get(s.rstrip(".").lower())


def _day_num(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _mod(s: str | None) -> str | None:
    if not s:
        return None
    s = s.lower()
    if s.startswith("early") or "beginning" in s or "start" in s or "first half" in s:
        return "START"
    if s.startswith("late") or "end" in s or "second half" in s:
        return "END"
    if s.startswith("mid") or "middle" in s:
        return "MID"
    return None


_REL_OFFSETS: dict[str, int] = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
    "present": 0,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
}


_BIG_NUMBERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def parse_number(s: str) -> float | None:
    """Numeric value of a quantity phrase; None when vague (several, few)."""
    t = re.sub(r"[\s-]+and[\s-]+a[\s-]+half$", " and a half", s.lower().strip())
    half = 0.0
    if t.endswith("and a half"):
        half = 0.5
        t = t[: -len("and a half")].strip()
    t = re.sub(r"\s+of$", "", t)
    frac = re.fullmatch(r"(\d*)(?:\s+|-)?(?:1/2|½)", t)
    if frac:
        return (int(frac.group(1)) if frac.group(1) else 0) + 0.5 + half
    t = re.sub(r"^a\s+", "", t) if t not in ("a", "an") else t
    if t in VAGUE_NUMBERS or t.split()[0] in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    big = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(thousand|million|billion)", t)
    if big:  # "14 billion years"
        return float(big.group(1)) * _BIG_NUMBERS[big.group(2)]
    total = 0.0
    for part in re.split(r"[\s-]+", t):
        if part == "hundred":
            total = (total or 1) * 100
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total + half


def _num_str(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def duration_value(number: float | None, unit_word: str) -> str | None:
    unit = unit_word.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    if unit not in UNITS:
        return None
    designator, is_time = UNITS[unit]
    if designator == "Q":
        designator, factor = "M", 3
    else:
        factor = UNIT_FACTOR.get(unit, 1)
    if number is None and factor == 10 and unit == "decade":
        return "PXDE"  # "decades": TIMEX3's decade unit, as X tens of years cannot be written
    if number is None and factor == 100:
        return "PXCE"
    if number is not None and designator == "Y" and (number * factor) % 1 == 0.5:
        # "five and a half years": whole units, as ISO 8601 writes them (P5Y6M)
        return f"P{int(number * factor)}Y6M" if number * factor >= 1 else "P6M"
    n = "X" if number is None else _num_str(number * factor)
    return f"PT{n}{designator}" if is_time else f"P{n}{designator}"


# ---- interpreters ---------------------------------------------------------------


def _i_iso(m: re.Match[str], text: str) -> Spec | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    base = Spec("date", m.start(), m.end(), year=y, month=mo, day=d)
    if m["hh"]:
        tod = f"T{m['hh']}:{m['mi']}{m['ss'] or ''}"
        zone = None
        if m["tz"]:
            zone = "Z" if m["tz"] == "Z" else zone_target(m["tz"][:3] + ":" + m["tz"][-2:])
        return Spec("time", m.start(), m.end(), tod=tod, base=base, zone=zone)
    return base


def _i_numeric(m: re.Match[str], text: str) -> Spec | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    # US order (month/day) unless the first number cannot be a month.
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12:
        return None
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    return Spec("date", m.start(), m.end(), year=year, month=month, day=day)


def _i_mdy(m: re.Match[str], text: str) -> Spec | None:
    month = _month_num(m["mon"])
    if month is None:
        return None
    day = _day_num(m["day"])
    if m["year"]:
        return Spec("date", m.start(), m.end(), year=int(m["year"]), month=month, day=day)
    return Spec("md", m.start(), m.end(), month=month, day=day)


def _i_month_year(m: re.Match[str], text: str) -> Spec | None:
    month = _month_num(m["mon"])
    if month is None:
        return None
    return Spec("date", m.start(), m.end(), year=int(m["year"]), month=month, mod=_mod(m["mod"]))


def _i_interval(m: re.Match[str], text: str) -> Spec | None:
    a, b = _month_num(m["mon"]), _month_num(m["mon2"])
    if a is None or b is None or b <= a:
        return None
    return Spec("interval", m.start(), m.end(), year=int(m["year"]), month=a, month2=b)


_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“‘(:—–-]\s*)$")


# "peaks in January and March": a month coordinated with another is a month too
_MONTH_AND_BEFORE = re.compile(rf"\b{MONTH_FULL_RE},?\s+(?:and|or|to|through)\s+$")


def _i_month(m: re.Match[str], text: str) -> Spec | None:
    month = _month_num(m["mon"])
    if month is None:
        return None
    has_context = bool(m["mod"] or m["rel"])
    before = text[max(0, m.start() - 30) : m.start()]
    if not has_context:
        has_context = bool(PREP_BEFORE_RE.search(before))
    word = m["mon"]
    # "May" (modal, or Theresa May) and "March" (verb) are only months in a clearly
    # temporal context: "in May", not "Putin and May" or "spoke to May".
    if word.lower() in ("may", "march") and not (
        m["mod"]
        or m["rel"]
        or _STRONG_PREP_BEFORE.search(before)
        or _MONTH_AND_BEFORE.search(before)
    ):
        return None
    after = text[m.end() : m.end() + 20]
    # "April Ryan", "June Carter": a capitalized word after a bare month is a name
    # (unless a preposition made it a date: "in August Russia invaded").
    if (
        not has_context
        and re.match(r"\s+[A-Z][a-z]", after)
        and not re.match(r"\s+(?:" + MONTH_FULL_RE + "|" + WEEKDAY_RE + ")", after)
    ):
        return None
    offset = _REL_OFFSETS.get(m["rel"].lower()) if m["rel"] else None
    if m["yrel"] and offset is None:
        # "January this year", "March of last year": the year is relative to the DCT
        yoff = _REL_OFFSETS[m["yrel"].lower()]
        return Spec("month", m.start(), m.end(), month=month, unit="year", offset=yoff)
    if m["yrel"]:
        return None
    return Spec("month", m.start(), m.end(), month=month, offset=offset, mod=_mod(m["mod"]))


def _i_year(m: re.Match[str], text: str) -> Spec | None:
    y = int(m["year"])
    ys = m.start("year")
    before = text[max(0, ys - 12) : ys]
    if _YEAR_BLOCKERS.search(before):
        return None
    after = text[m.end() : m.end() + 40]
    if re.match(
        r"\s*(?:%|percent|per\s?cent|pounds|kg|km|miles|metres|meters|feet|ft|mm)\b", after
    ):
        return None
    # "2000 people" is a count; "in 2000 elections" is still a year after a preposition.
    count_like = bool(_YEAR_COUNT_AFTER.match(after)) and not m["mod"]
    weak_ok = bool(PREP_BEFORE_RE.search(text[max(0, ys - 30) : ys]) or "the " in before[-4:])
    # Numbers in lists / tables ("1500, 2000 and 2500") are rarely all years.
    if re.match(r"\s*(?:-|–|to)\s*\d{1,3}(?!\d)", after) and y < 1900:
        return None
    return Spec(
        "date",
        m.start(),
        m.end(),
        year=y,
        mod=_mod(m["mod"]),
        count_like=count_like,
        weak_ok=weak_ok,
    )


def _i_year_tail(m: re.Match[str], text: str) -> Spec | None:
    """The "58" of "1957-58": a second year abbreviated to its last two digits."""
    first = int(text[m.start() - 5 : m.start() - 1])
    y = first // 100 * 100 + int(m["yy"])
    if y <= first:
        y += 100
    if y - first > 20:
        return None
    return Spec("date", m.start(), m.end(), year=y)


def _i_decade(m: re.Match[str], text: str) -> Spec | None:
    if m["dec"]:
        d = int(m["dec"]) // 10
    else:
        two = int(m["dec2"])
        d = 190 + two // 10 if two >= 20 else 200 + two // 10
    return Spec("decade", m.start(), m.end(), year=d, mod=_mod(m["mod"]))


def _i_century(m: re.Match[str], text: str) -> Spec | None:
    n = int(m["cn"]) if m["cn"] else ORDINAL_WORDS.get(re.sub(r"\s+", " ", m["cw"].lower()), 0)
    if not 1 <= n <= 30:
        return None
    return Spec("century", m.start(), m.end(), year=n - 1, mod=_mod(m["mod"]))


_UNIT_NORMAL = {
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "year": "year",
    "quarter": "quarter",
    "decade": "decade",
    "century": "century",
    "fiscal year": "year",
}


def _i_rel_unit(m: re.Match[str], text: str) -> Spec | None:
    rel = m["rel"].lower()
    unit_word = re.sub(r"\s+", " ", m["unit"].lower())
    has_the = bool(m["the"])
    if unit_word in SEASON_WORDS:
        if rel == "past" and has_the:
            return None
        return Spec(
            "season",
            m.start(),
            m.end(),
            season=SEASON_WORDS[unit_word],
            offset=_REL_OFFSETS[rel],
            mod=_mod(m["mod"]),
        )
    unit = _UNIT_NORMAL[unit_word]
    # "the past year" / "over the past week" = the period up to now, "the next decade"
    # the period from now: durations, as TimeML annotates them.
    if rel in ("past", "next", "coming") and has_the and not m["mod"]:
        value = duration_value(1, "quarter" if unit == "quarter" else unit)
        if unit == "weekend" or value is None:
            return None
        return Spec("duration", m.start(), m.end(), value=value, anchored=rel == "past")
    return Spec("rel", m.start(), m.end(), unit=unit, offset=_REL_OFFSETS[rel], mod=_mod(m["mod"]))


def _i_ago(m: re.Match[str], text: str) -> Spec | None:
    n = parse_number(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before", "back") else 1
    if m["dir"].lower() == "earlier" and not (n == 1 and unit == "year"):
        # "two days earlier" counts from a time the text gave, not from the DCT; only
        # "a year earlier", the comparison of results with the year-earlier period, is
        # the DCT's previous year
        return None
    if n is None or n != int(n):
        return Spec("ref", m.start(), m.end(), value="PAST_REF" if direction < 0 else "FUTURE_REF")
    if unit in ("second", "minute", "hour"):
        return None
    if unit == "night":
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", n * 2
    if unit in ("decade", "century"):
        # "a decade ago" is the year ten years back, not the previous decade
        n, unit = n * (10 if unit == "decade" else 100), "year"
    return Spec("rel", m.start(), m.end(), unit=unit, offset=direction * int(n))


# "USA TODAY", "Florida Today", "Psychology Today": a capitalized "Today" right after
# a capitalized word on the same line is the end of a name.
_NAME_BEFORE_TODAY = re.compile(r"(?<![.!?:;\n])\b[A-Z][\w&.]*[ \t]$")


def _i_day_word(m: re.Match[str], text: str) -> Spec | None:
    if m["dw"][0] == "T" and _NAME_BEFORE_TODAY.search(text, max(0, m.start() - 30), m.start()):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # not a sentence's first word ("... said. Today the ...")
        if re.search(r"[A-Za-z]", text[line_start : m.start()]) and not re.search(
            r"[.!?:;][\"”’)]?\s+\S+\s+$", text[line_start : m.start()]
        ):
            return None
    w = re.sub(r"\s+", " ", m["dw"].lower())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    base = Spec("rel", m.start(), m.end(), unit="day", offset=offset)
    pod = m["pod"].lower() if m["pod"] else ("night" if w == "tonight" else None)
    if pod:
        return Spec("time", m.start(), m.end(), tod="T" + PARTS_OF_DAY[pod], base=base)
    return base


def _i_this_pod(m: re.Match[str], text: str) -> Spec | None:
    rel = m["rel"].lower()
    pod = m["pod"].lower()
    if rel == "last" and pod != "night":
        return None
    offset = -1 if rel == "last" else 0
    base = Spec("rel", m.start(), m.end(), unit="day", offset=offset)
    return Spec("time", m.start(), m.end(), tod="T" + PARTS_OF_DAY[pod], base=base)


def _i_the_pod(m: re.Match[str], text: str) -> Spec | None:
    # "the morning after his win": a part of a day fixed by an event, not the DCT.
    return Spec("time", m.start(), m.end(), tod="T" + PARTS_OF_DAY[m["pod"].lower()], floating=True)


def _i_present(m: re.Match[str], text: str) -> Spec | None:
    w = m.group(0)
    if w == "Now" and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
        # "Peace Now", "Russia Now": a capitalized mid-sentence Now is a name.
        return None
    if text[m.end() : m.end() + 1] == "-":  # "now-defunct"
        return None
    return Spec("ref", m.start(), m.end(), value="PRESENT_REF")


def _i_past_future(m: re.Match[str], text: str) -> Spec | None:
    value = "PAST_REF" if "past" in m.group(0).lower() else "FUTURE_REF"
    return Spec("ref", m.start(), m.end(), value=value)


FUZZY_REFS: dict[str, str] = {
    phrase: value
    for value, phrases in lexicon.load("transforms.timex", "fuzzy_references.json").items()
    for phrase in phrases
}
_COMPARISON_BEFORE = re.compile(r"\b(?i:as|so|too|how|very)\s+$")
_ANCHOR_AFTER = re.compile(r"-|\s+(?i:as|after|before|than|of|enough)\b")


def _i_fuzzy_ref(m: re.Match[str], text: str) -> Spec | None:
    """ "recently", "at the time", "soon": PAST_REF / PRESENT_REF / FUTURE_REF."""
    if _COMPARISON_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # "as recently as 2019", "as soon as": the date is elsewhere
    if _ANCHOR_AFTER.match(text, m.end()):
        return None  # "soon after the vote", "at the time of the attack", "recently-built"
    value = FUZZY_REFS.get(re.sub(r"\s+", " ", m.group(0).lower()))
    return Spec("ref", m.start(), m.end(), value=value) if value else None


# "Months of talks", "after years of war": the bare plural opens the phrase. After
# another word ("the early hours of Sunday", "the final days of the war") the noun
# names a part of something else, not a length of time.
_PLURAL_OF_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?i:after|amid|despite|following|through|with|by|ending|end|for)\s+)$"
)


def _i_plural_of(m: re.Match[str], text: str) -> Spec | None:
    if not _PLURAL_OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return _i_bare_plural(m, text)


def _i_plural_long(m: re.Match[str], text: str) -> Spec | None:
    """ "decades-long", "a months-long standoff": an unknown number of units."""
    value = duration_value(None, m["unit"])
    return Spec("duration", m.start(), m.end(), value=value) if value else None


def _i_narrative_pod(m: re.Match[str], text: str) -> Spec | None:
    """ "that morning": a part of the day the text last gave."""
    base = Spec("narrative", m.start(), m.end(), unit="day", offset=0)
    return Spec("time", m.start(), m.end(), tod="T" + PARTS_OF_DAY[m["pod"].lower()], base=base)


def _i_bare_pod(m: re.Match[str], text: str) -> Spec | None:
    """ "through the morning", "by early morning": a part of the day the text last
    gave, else of the publication day (a news report's own day)."""
    a, b = m.start("span"), m.end("span")
    base = Spec("narrative", a, b, unit="day", offset=0, dct_fallback=True)
    return Spec("time", a, b, tod="T" + PARTS_OF_DAY[m["pod"].lower()], base=base)


def _i_within_unit(m: re.Match[str], text: str) -> Spec | None:
    """ "earlier in the year", "later in the month": a part of the DCT's own year, month or week."""
    return Spec("rel", m.start(), m.end(), unit=m["unit"].lower(), offset=0, mod=_mod(m["mod"]))


def _i_overnight(m: re.Match[str], text: str) -> Spec | None:
    """ "Russia struck Kyiv overnight": the night before publication (TIMEX3 puts a night
    on the day it starts, like "last night"); placed by tense like a weekday."""
    return Spec("time", m.start(), m.end(), tod="TNI", base=Spec("overnight", m.start(), m.end()))


def _i_latest_quarter(m: re.Match[str], text: str) -> Spec | None:
    """ "the latest quarter", "the quarter just ended": the last complete quarter."""
    return Spec("rel", m.start(), m.end(), unit="quarter", offset=-1)


def _i_season(m: re.Match[str], text: str) -> Spec | None:
    season = SEASON_WORDS[m["season"].lower()]
    if m["year"]:
        return Spec(
            "date", m.start(), m.end(), year=int(m["year"]), season=season, mod=_mod(m["mod"])
        )
    before = text[max(0, m.start() - 30) : m.start()]
    if m["season"].lower() == "fall" and not m["mod"]:
        # "the fall of Kabul" is an event; "in the fall" is the season.
        if not re.search(r"\b(?:in|during|by|until|this|last|next|over)\s+the\s+$", before, re.I):
            return None
        if re.match(r"\s+of\b", text[m.end() :]):
            return None
    elif not m["mod"] and not PREP_BEFORE_RE.search(re.sub(r"\bthe\s+$", "", before, flags=re.I)):
        return None
    return Spec("season", m.start(), m.end(), season=season, mod=_mod(m["mod"]))


# "The Sunday Telegraph", "Sunday School", "Monday Night Football": names, not days
# (the word must be capitalized, in title or upper case).
_WEEKDAY_NAME_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(
        sorted(
            (
                re.escape(f)
                for w in lexicon.load("transforms.timex", "weekday_names.json")
                for f in (w.title(), w.upper())
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])"
)


def _i_weekday(m: re.Match[str], text: str) -> Spec | None:
    before = text[max(0, m.start() - 12) : m.start()]
    if re.search(
        r"\b(?:Super|Black|Good|Cyber|Ash|Holy|Maundy|Palm|Easter|Bloody|Giving)\s+$", before
    ):
        return None
    if _WEEKDAY_NAME_AFTER.match(text, m.end("wd")):
        return None
    wd = WEEKDAY_NUMBER[m["wd"].lower()]
    offset = _REL_OFFSETS.get(m["rel"].lower()) if m["rel"] else None
    start, pod0 = m.start(), m["pod0"]
    if pod0 and (m["pod"] or re.search(r"(?i:every|each)\s+$", text[max(0, start - 8) : start])):
        # "morning Friday night" (two parts of the day), "every morning Monday through
        # Friday" (a recurrence): the part of the day written first is not this day's
        start, pod0 = m.start("rel") if m["rel"] else m.start("wd"), None
    base = Spec("weekday", start, m.end(), weekday=wd, offset=offset, mod=_mod(m["mod"]))
    pod = m["pod"] or pod0
    if pod:
        return Spec("time", start, m.end(), tod="T" + PARTS_OF_DAY[pod.lower()], base=base)
    return base


def _i_weekday_set(m: re.Match[str], text: str) -> Spec | None:
    wd = WEEKDAY_NUMBER[m["wd"].lower()]
    return Spec("set", m.start(), m.end(), value=f"XXXX-WXX-{wd + 1}")


_AMOUNT_AFTER = re.compile(
    r"\s*(?:(?:to|and|-|–)\s*\d+(?:[.:]\d+)?\s*)?"
    r"(?:%|(?i:per\s*cent|percent|points?|basis\s+points|pct|million|billion|trillion)\b)"
)


def _i_clock(m: re.Match[str], text: str) -> Spec | None:
    tz = m["tz"]
    zone: str | None = None
    end = m.end()
    if tz:
        zone = "" if tz.lower().endswith("local time") else zone_target(tz)
        if zone is None:
            # "at 10:00 Friday time": not a zone we know; the span stops before it
            tz = None
            end = max(m.end(g) for g in ("h", "mi", "ampm", "oclock", "hm") if m[g])
    if m["hm"]:
        # "0300 GMT", "1515Z": four digits are a clock time only with a zone
        if not tz:
            return None
        h, mi = int(m["hm"][:2]), int(m["hm"][2:])
    else:
        h = int(m["h"])
        mi = int(m["mi"]) if m["mi"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= h <= 12:
            return None
        if ampm.startswith("p") and h != 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
    elif m["oclock"]:
        if not 1 <= h <= 12:
            return None  # "9 o'clock": a clock hour, morning unless the text says otherwise
    elif not m["hm"] and (not m["mi"] or not (tz or m["at"])):
        # a bare "9" or "15:00" is a clock time only with a zone or after "at"
        return None
    elif not tz and _AMOUNT_AFTER.match(text, m.end()):
        # "at 5.25 to 5.50 percent", "at 3.75%": a rate, not a clock time
        return None
    start = m.start("h") if m["at"] and m["h"] else m.start("hm") if m["at"] else m.start()
    return Spec("time", start, end, tod=f"T{h:02d}:{mi:02d}", zone=zone)


def _i_noon(m: re.Match[str], text: str) -> Spec | None:
    w = m["w"].lower()
    tod = "T12:00" if w in ("noon", "midday") else "T24:00"
    zone = zone_target(m["tz"]) if m["tz"] else None
    end = m.end() if zone is not None or not m["tz"] else m.end("w")
    if m["tz"] and m["tz"].lower().endswith("local time"):
        zone, end = "", m.end()
    return Spec("time", m.start(), end, tod=tod, zone=zone)


def _i_duration(m: re.Match[str], text: str) -> Spec | None:
    low = re.sub(r"\s+", " ", m["num"].lower())
    unit = m["unit"].lower()
    singular_number = low in ("a", "an", "a single", "single")
    # "a second term", "a quarter of", "a night out": not durations.
    if singular_number and unit in ("second", "night"):
        return None
    if singular_number and unit.endswith("s"):
        return None
    # Ages ("22-year-old", "children 6 months and older") are not times.
    if re.match(
        r"[\s-]*(?:and\s+|or\s+)?(?:old|older|younger|of\s+age)\b", text[m.end() : m.end() + 16]
    ) or re.search(r"[\s-]old$", m.group(0)):
        return None
    # "sub-five-minute mile": part of a compound adjective, not a time.
    if m.start() > 0 and text[m.start() - 1] == "-":
        return None
    number = parse_number(low)
    if number is None and re.fullmatch(r"[\d,.]+", low):
        return None
    # "its fiscal 2001 full year commitment": a year number before a singular unit
    # names that year; a length would be plural ("2001 years")
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", low) and not unit.endswith("s"):
        return None
    value = duration_value(number, unit)
    if value is None:
        return None
    drel = (m["drel"] or "").lower()
    anchored = drel in ("past", "last", "next", "coming")
    start = m.start()
    if m["the"] and not drel and not unit.endswith("s"):
        # "the 12-day war": the article belongs to the noun, not to the duration
        start = m.start("dmod") if m["dmod"] else m.start("num")
    return Spec("duration", start, m.end(), value=value, anchored=anchored)


_AFTER_HOURS = re.compile(r"(?i:after)\s+(?i:hours)[\s-]+(?i:trad|deal|session|market)")


def _i_bare_plural(m: re.Match[str], text: str) -> Spec | None:
    if _AFTER_HOURS.match(text, m.start()):
        return None  # "in after hours trading": the session after the close, not a length
    value = duration_value(None, m["unit"])
    if value is None:
        return None
    lead = m.groupdict().get("lead")
    anchored = bool(lead and lead.lower().split()[0] in ("recent", "the"))
    return Spec("duration", m.start("span"), m.end("span"), value=value, anchored=anchored)


def _i_set_every(m: re.Match[str], text: str) -> Spec | None:
    w = m["what"].lower()
    if m["n"] and w in ("night", "nights"):
        w = "day"  # "every three to four nights": a count of days (the range's lower bound)
    if w.rstrip("s") in PARTS_OF_DAY:
        return Spec("set", m.start(), m.end(), value="XXXX-XX-XXT" + PARTS_OF_DAY[w.rstrip("s")])
    if w in WEEKDAY_NUMBER:
        return Spec("set", m.start(), m.end(), value=f"XXXX-WXX-{WEEKDAY_NUMBER[w] + 1}")
    if w in SEASON_WORDS:
        return Spec("set", m.start(), m.end(), value=f"XXXX-{SEASON_WORDS[w]}")
    if w in MONTH_NUMBER and m["what"][0].islower():
        return None  # "every may": months are capitalized
    if w in MONTH_NUMBER:
        return Spec("set", m.start(), m.end(), value=f"XXXX-{MONTH_NUMBER[w]:02d}")
    if w == "weekend":
        return Spec("set", m.start(), m.end(), value="XXXX-WXX-WE")
    n = parse_number(m["n"]) if m["n"] else 1.0
    if m["other"]:
        n = (n or 1) * 2
    value = duration_value(n, w)
    if value is None:
        return None
    return Spec("set", m.start(), m.end(), value=value)


FREQUENCY_WORDS: dict[str, str] = lexicon.load("transforms.timex", "frequency_words.json")
# "the Russian daily Kommersant", "the weekly Die Zeit": a publication, not a recurrence
_PUBLICATION_AFTER = re.compile(r"\s+(?:[A-Z]|the\s+[A-Z])")


def _i_set_adverb(m: re.Match[str], text: str) -> Spec | None:
    word = m.group(0)
    if word in ("daily", "weekly", "monthly") and _PUBLICATION_AFTER.match(text, m.end()):
        return None
    return Spec("set", m.start(), m.end(), value=FREQUENCY_WORDS[word])


def _i_set_freq(m: re.Match[str], text: str) -> Spec | None:
    value = duration_value(1, m["unit"])
    if value is None:
        return None
    return Spec("set", m.start(), m.end(), value=value)


# Independence Day differs by country: the US one unless the text names another.
_INDEPENDENCE_OWNER = re.compile(r"([A-Z][\w.]*?)(?:['’]s)?\s+$")
_INDEPENDENCE_DAYS: dict[str, str] = {"ukraine": "ukraine independence day"}
_US_WORDS = frozenset({"u.s.", "us", "american", "america", "july", "the", "on", "this"})


def _i_holiday(m: re.Match[str], text: str) -> Spec | None:
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    if name == "independence day":
        owner = _INDEPENDENCE_OWNER.search(text[max(0, m.start() - 25) : m.start()])
        if owner:
            word = owner.group(1).lower()
            word = "ukraine" if word == "ukrainian" else word
            if word in _INDEPENDENCE_DAYS:
                name = _INDEPENDENCE_DAYS[word]
            elif word not in _US_WORDS:
                return None  # another country's: a date we do not know
    after = text[m.end() : m.end() + 20]
    if re.match(
        r"\s+(?:trees?|cards?|decorations|lights|carols?|music|songs?|movies?|films?|"
        r"markets?|presents|gifts|spirit|cheer|shopping|sales?|specials?)\b",
        after,
    ):
        return None
    if m["year"]:
        return Spec("holiday", m.start(), m.end(), name=name, year=int(m["year"]))
    return Spec("holiday", m.start(), m.end(), name=name)


_CALENDAR_PART_CUES = re.compile(
    r"(?i:"
    + "|".join(
        re.escape(w) if not w[0].isalpha() else r"\b" + re.escape(w)
        for w in sorted(lexicon.load("transforms.timex", "calendar_part_cues.json"), key=len)[::-1]
    )
    + ")"
)
_SENTENCE_BOUNDARY = re.compile(r"[.!?]\s|\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(0, start - 300)
    cuts = [b.end() for b in _SENTENCE_BOUNDARY.finditer(text, lo, start)]
    m = _SENTENCE_BOUNDARY.search(text, end, end + 300)
    return text[cuts[-1] if cuts else lo : m.start() if m else min(len(text), end + 300)]


def _calendar_part(m: re.Match[str], text: str) -> bool:
    """A bare "the second half" / "first-quarter" is a calendar part only in a sentence
    about figures (profit, GDP, %): in sport it is a period of the game."""
    return bool(_CALENDAR_PART_CUES.search(_sentence_around(text, m.start(), m.end())))


def _i_quarter(m: re.Match[str], text: str) -> Spec | None:
    q = int(m["qn"]) if m["qn"] else ORDINAL_WORDS.get(m["qw"].lower(), 0)
    unit = "half" if m["qu"].lower() == "half" else "quarter"
    if not (1 <= q <= (2 if unit == "half" else 4)):
        return None
    if m["year"]:
        return Spec("date", m.start(), m.end(), year=int(m["year"]), part=q, unit=unit)
    if m["yrel"]:
        # "the first half of last year": the year is relative, the part fixed
        off = _REL_OFFSETS[m["yrel"].lower()]
        return Spec("quarter", m.start(), m.end(), part=q, unit=unit, offset=off)
    if m["rel"]:
        return Spec(
            "quarter", m.start(), m.end(), part=q, unit=unit, offset=_REL_OFFSETS[m["rel"].lower()]
        )
    if "fiscal" not in m.group(0).lower() and not _calendar_part(m, text):
        return None
    return Spec("quarter", m.start(), m.end(), part=q, unit=unit)


def _i_q_short(m: re.Match[str], text: str) -> Spec | None:
    q = int(m["qn"] or m["qn2"])
    unit = "half" if (m["qh"] or m["qh2"]) == "H" else "quarter"
    if not 1 <= q <= (2 if unit == "half" else 4):
        return None
    y = (m["year"] or m["year2"] or "").lstrip("'’")
    if y:
        year = int(y) if len(y) == 4 else 2000 + int(y)
        return Spec("date", m.start(), m.end(), year=year, part=q, unit=unit)
    if unit == "half":
        return None  # a bare "H1" is too often something else (a visa, a gene)
    return Spec("quarter", m.start(), m.end(), part=q, unit=unit)


def _i_period_edge(m: re.Match[str], text: str) -> Spec | None:
    unit = m["unit"].lower()
    mod = "START" if re.search(r"beginning|start|turn", m["mod"], re.I) else _mod(m["mod"])
    # which year's end is meant depends on tense ("peaked by the end of the year")
    return Spec("edge", m.start(), m.end(), unit=unit, offset=0, mod=mod)


def _i_the_weekend(m: re.Match[str], text: str) -> Spec | None:
    return Spec("weekend", m.start("span"), m.end("span"))


_HALF_OF = {
    "hour": "PT30M",
    "day": "PT12H",
    "month": "P0.5M",
    "year": "P6M",
    "decade": "P5Y",
    "century": "P50Y",
}
_ONE_AND_HALF = {"hour": "PT90M", "day": "PT36H", "month": "P1.5M", "year": "P18M"}


def _i_half_unit(m: re.Match[str], text: str) -> Spec | None:
    if m["qunit"]:
        value = "P25Y" if m["qunit"].lower() == "century" else "PT15M"
    elif m["unit"]:
        value = _HALF_OF[m["unit"].lower()]
    else:
        value = _ONE_AND_HALF[m["unit2"].lower()]
    return Spec("duration", m.start(), m.end(), value=value)


def _i_fy(m: re.Match[str], text: str) -> Spec | None:
    y = m["y"]
    year = int(y) if len(y) == 4 else 2000 + int(y)
    return Spec("date", m.start(), m.end(), year=year)


# A distance before "per hour"/"an hour" makes the phrase a speed.
_SPEED_BEFORE = re.compile(
    r"\b(?i:miles?|kilomet(?:er|re)s?|km|meters?|metres?|feet|knots?|nautical\s+miles?)\s+$"
)


def _i_rate(m: re.Match[str], text: str) -> Spec | None:
    """ "$5 billion a year", "per month": a rate is a SET of that period."""
    span, unit = ("span", m["unit"]) if m["span"] else ("span2", m["unit2"])
    if _SPEED_BEFORE.search(text, max(0, m.start(span) - 20), m.start(span)):
        return None  # "155 miles per hour": a speed, not a recurrence
    unit = "year" if unit.lower() == "annum" else unit
    value = duration_value(1, unit)
    if value is None:
        return None
    return Spec("set", m.start(span), m.end(span), value=value)


def _i_dotted(m: re.Match[str], text: str) -> Spec | None:
    # 06.11.2024: day first, as everywhere dotted dates are written
    return Spec("date", m.start(), m.end(), year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))


_WORD_DECADES = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _i_word_decade(m: re.Match[str], text: str) -> Spec | None:
    century = 20 if (m["cent"] or "").lower() == "twenty" else 19
    d = century * 10 + _WORD_DECADES[m["dw"].lower()]
    return Spec("decade", m.start(), m.end(), year=d, mod=_mod(m["mod"]))


def _i_dur_range_head(m: re.Match[str], text: str) -> Spec | None:
    """ "three to five years": the first number carries the unit written after the second."""
    number = parse_number(m["num"])
    if number is None or m["num"].lower() in ("a", "an"):
        return None
    value = duration_value(number, m["unit"])
    if value is None:
        return None
    return Spec("duration", m.start("num"), m.end("num"), value=value)


def _i_month_quarter(m: re.Match[str], text: str) -> Spec | None:
    """ "the July-September period", "the April-June quarter": months that make up a
    calendar quarter or half are that quarter or half (other month pairs are left to
    the month rules)."""
    a, b = _month_num(m["mon"]), _month_num(m["mon2"])
    if a is None or b is None:
        return None
    if b == a + 2 and a % 3 == 1:
        return Spec("quarter", m.start(), m.end(), part=(a + 2) // 3, unit="quarter")
    if b == a + 5 and a in (1, 7):
        return Spec("quarter", m.start(), m.end(), part=1 if a == 1 else 2, unit="half")
    return None


def _i_school_year(m: re.Match[str], text: str) -> Spec | None:
    """ "this school year", "last school year", "the past two school years"."""
    if m["num"]:
        n = parse_number(m["num"])
        if n is None or n != int(n):
            return None
        return Spec("duration", m.start(), m.end(), value=f"P{int(n)}Y", anchored=True)
    if m["cur"] and m.group(0).endswith("s"):
        return None  # "the school years": no one year
    offset = 0 if m["cur"] else _REL_OFFSETS[m["rel"].lower()]
    return Spec("rel", m.start(), m.end(), unit="school_year", offset=offset)


def _i_same_last_year(m: re.Match[str], text: str) -> Spec | None:
    """ "at the same time last year", "the same period a year ago": the comparison base
    of reported figures. A quarter is the year-earlier twin of the last completed
    quarter (the one a results story reports); a time or period is last year."""
    if m["u"].lower() == "quarter":
        return Spec("rel", m.start(), m.end(), unit="quarter", offset=-5)
    return Spec("rel", m.start(), m.end(), unit="year", offset=-1)


def _i_the_year(m: re.Match[str], text: str) -> Spec | None:
    """ "expects income for the year", "cuts during the year": the current year. Not
    "the year ended Dec. 31" / "the year to March" (a fiscal period named by its end)
    nor "of the year" (award names, "the first half of the year" is another rule's)."""
    return Spec("rel", m.start("span"), m.end("span"), unit="year", offset=0)


def _i_year_end(m: re.Match[str], text: str) -> Spec | None:
    """ "by year-end", "year-end results": the end of a year, which one by tense."""
    return Spec("edge", m.start(), m.end(), unit="year", offset=0, mod="END")


def _i_month_named_quarter(m: re.Match[str], text: str) -> Spec | None:
    """ "the December quarter": the quarter that ends in that month."""
    month = _month_num(m["mon"])
    if month is None or month % 3:
        return None
    return Spec("quarter", m.start(), m.end(), part=month // 3, unit="quarter")


def _i_weekend_np(m: re.Match[str], text: str) -> Spec | None:
    """ "shut all weekend", "another weekend of chaos", "Have a great weekend!", "the
    Christmas weekend": a weekend named without "this/last/the", placed as "over the
    weekend" is (by tense)."""
    g = next(g for g in ("span", "span2", "span3") if m[g])
    # a wish ("Have a great weekend!") or "another weekend of ..." looks ahead unless
    # the clause is past: offset 1 says so to the resolver
    ahead = g == "span2" or m.group(0).lower().startswith("another")
    return Spec("weekend", m.start(g), m.end(g), offset=1 if ahead else None)


def _i_plural_away(m: re.Match[str], text: str) -> Spec | None:
    """ "weeks away", "a matter of days": a duration of an unstated number of units."""
    g, unit = ("span", m["unit"]) if m["span"] else ("span2", m["unit2"])
    value = duration_value(None, unit)
    if value is None:
        return None
    return Spec("duration", m.start(g), m.end(g), value=value)


def _i_year_ended(m: re.Match[str], text: str) -> Spec | None:
    """ "the year ended December 31, 2022", "the fiscal year ending June 30, 2025": a
    (fiscal) year named by its last day is the year of that day (a fiscal year is
    numbered by the year it ends in)."""
    return Spec("date", m.start("span"), m.end("span"), year=int(m["y"]))


def _i_plural_ahead(m: re.Match[str], text: str) -> Spec | None:
    """ "in the months ahead": an unstated number of units from now."""
    value = duration_value(None, m["unit"])
    if value is None:
        return None
    return Spec("duration", m.start(), m.end(), value=value, anchored=True)


def _i_unit_or_two(m: re.Match[str], text: str) -> Spec | None:
    """ "the next day or two", "the past week or so": a length of one unit or a few,
    written as the larger count ("or so" keeps one unit), as en-dev annotates it."""
    n = parse_number(m["n"]) if m["n"].lower() != "so" else 1.0
    value = duration_value(n, m["unit"])
    if value is None:
        return None
    return Spec("duration", m.start(), m.end(), value=value, anchored=True)


def _i_year_to_date(m: re.Match[str], text: str) -> Spec | None:
    """ "down 7.6% year-to-date": the current year so far."""
    return Spec("rel", m.start(), m.end(), unit="year", offset=0)


def _i_recent(m: re.Match[str], text: str) -> Spec | None:
    """The adjective "recent" before a noun ("a recent report"): PAST_REF, as the
    guide annotates it; "most recent" / "more recent" compare and are left out."""
    return Spec("ref", m.start(), m.end(), value="PAST_REF")


def _i_narrative_shift(m: re.Match[str], text: str) -> Spec | None:
    """ "a day earlier", "two days later": days counted from the last day the text gave;
    when it gave none shortly before, the count alone ("two days", P2D), as before."""
    n = parse_number(m["n"])
    if n is None or n != int(n) or not 0 < n <= 31:
        return None
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    # with no day to count from, the count alone stays what it was: a duration
    return Spec(
        "narrative", m.start(), m.end(), unit="day", offset=sign * int(n), value=f"P{int(n)}D"
    )


def _i_narrative_day(m: re.Match[str], text: str) -> Spec | None:
    """ "the next day", "that day": a day counted from the last date the text gave."""
    rel = (m["rel"] or "same").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    return Spec("narrative", m.start(), m.end(), unit="day", offset=offset)


def _i_full_year(m: re.Match[str], text: str) -> Spec | None:
    """ "revised its full-year revenue guidance": the (fiscal) year the figures cover,
    the current one, as "for the full year" ("a full year" is a length: not here)."""
    return Spec("rel", m.start("span"), m.end("span"), unit="year", offset=0)


def _i_fiscal_year_named(m: re.Match[str], text: str) -> Spec | None:
    """ "the 2016 fiscal year", "its 2024 budget year": the year it is numbered by."""
    return Spec("date", m.start(), m.end(), year=int(m["y"]))


def _i_fiscal_year_begin(m: re.Match[str], text: str) -> Spec | None:
    """ "the fiscal year beginning July 1", "The fiscal year began July 1": the fiscal
    year now starting or running, named by the year it starts in (as a school year)."""
    return Spec("rel", m.start(), m.end(), unit="year", offset=0)


def _i_short_year(m: re.Match[str], text: str) -> Spec | None:
    """ "a '62 movie" after "1960", "the 2018-’19 fiscal year": a two-digit year takes
    the century of the four-digit year written shortly before it (later than it:
    "1998-’02" is 2002); with no such year the century is not guessed."""
    years = list(
        re.finditer(
            r"(?<![\w.,])(1[5-9]\d\d|20\d\d)(?![\w])", text[max(0, m.start() - 300) : m.start()]
        )
    )
    if not years:
        return None
    prior = int(years[-1].group(1))
    y = prior // 100 * 100 + int(m["yy"])
    if y < prior:
        y += 100
    if y - prior > 20:
        return None
    return Spec("date", m.start(), m.end(), year=y)


def _i_year_ago_quarter(m: re.Match[str], text: str) -> Spec | None:
    """ "the year-ago quarter", "the prior-year quarter": the quarter a results story
    reports, a year back; resolved from the last quarter the text gave (its fiscal
    numbering included), else as "the same quarter last year"."""
    return Spec("narrative_quarter", m.start(), m.end(), unit="quarter", offset=-4)


def _i_the_quarter(m: re.Match[str], text: str) -> Spec | None:
    """ "earnings for the quarter": the quarter the text last named; dropped if it named
    none ("late in the quarter" of a game is not a calendar quarter)."""
    return Spec("narrative_quarter", m.start("span"), m.end("span"), unit="quarter", offset=0)


# ---- patterns -------------------------------------------------------------------

_HOLIDAY_NAMES = sorted(
    list(FIXED_HOLIDAYS)
    + list(NTH_WEEKDAY_HOLIDAYS)
    + list(DAY_AFTER_NTH_WEEKDAY_HOLIDAYS)
    + list(EASTER_HOLIDAYS),
    key=len,
    reverse=True,
)


def _holiday_re() -> str:
    alts = []
    for n in _HOLIDAY_NAMES:
        words: list[str] = []
        for w in n.split(" "):
            w = re.escape(w).replace("'", "['’]?")
            first = not words
            if w[0].isalpha():
                # the first word must be capitalized ("the new year" is not Jan. 1)
                head = w[0].upper() if first else f"[{w[0].upper()}{w[0]}]"
                words.append(head + w[1:])
            else:
                words.append(w)
        alts.append(r"\s+".join(words))
    return "(?:" + "|".join(alts) + ")"


def _C(p: str, flags: int = 0) -> re.Pattern[str]:
    # Every expression starts at a word start; saying so up front lets the scanner
    # reject mid-word positions before trying the (many) optional prefixes.
    return re.compile(r"(?<![\w])" + p, flags)


_MONTHS_ALT = "|".join(m.lower() for m in MONTHS_FULL)
_ORDINALS_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_I = "(?i:"  # scoped case-insensitivity for function words
_B = r"(?<![\w])"  # left word boundary that also works before digits
_E = r"(?![\w])"

# What may follow a clock time as its zone: a designator from the data file, a
# written offset ("UTC+3", "+03:00"), "<Place> time" (checked against the tz
# database by the interpreter) or "local time".
ZONE_DESIGNATOR_RE = _alt(list(designators()))
ZONE_RE = (
    rf"(?:(?:UTC|GMT)\s?[+\-−]\s?(?:0?\d|1[0-4])(?::?[0-5]\d)?|[+\-−](?:0\d|1[0-4]):[0-5]\d"
    rf"|(?:[A-Z][A-Za-z]+\s){{1,2}}time|{_I}local\s+time)|{ZONE_DESIGNATOR_RE})"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        _C(
            r"(?<![\w-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?P<ss>:[0-5]\d)?(?:\.\d+)?"
            r"(?P<tz>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?(?![\w-])"
        ),
        _i_iso,
        90,
    ),
    Rule(
        "numeric",
        _C(r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])"),
        _i_numeric,
        80,
    ),
    Rule(
        "mdy",
        _C(
            rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<mon>{MONTH_ANY_RE})\s*(?P<day>{DAY_RE})"
            rf"(?:\s*[-–]\s*{DAY_RE})?(?:,?\s+(?P<year>{YEAR4_RE}))?"
        ),
        _i_mdy,
        85,
    ),
    Rule(
        "dmy",
        _C(
            rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:{_I}the)\s+)?{_B}(?P<day>{DAY_RE})"
            rf"(?:\s*[-–]\s*{DAY_RE})?\s+(?:{_I}of)\s+)?"
            rf"(?P<mon>{MONTH_ANY_RE})(?:,?\s+(?P<year>{YEAR4_RE}))?"
        ),
        _i_mdy,
        84,
    ),
    Rule(
        "month_year",
        _C(
            rf"(?:(?P<mod>{_I}{MOD_PREFIX_RE}))[\s-]*)?(?P<mon>{MONTH_ANY_RE}),?\s+"
            rf"(?:{_I}of)\s+)?(?P<year>{YEAR4_RE})"
        ),
        _i_month_year,
        83,
    ),
    Rule(
        "interval",
        _C(
            rf"(?P<mon>{MONTH_ANY_RE})\s*(?:{_I}and|to|through|until|till)|[-–])\s*"
            rf"(?P<mon2>{MONTH_ANY_RE}),?\s+(?P<year>{YEAR4_RE})"
        ),
        _i_interval,
        86,
    ),
    Rule(
        "month",
        _C(
            rf"(?:(?P<mod>{_I}{MOD_PREFIX_RE}))[\s-]*)?(?:(?P<rel>{_I}last|next|this|past|coming))\s+)?"
            rf"(?P<mon>{MONTH_FULL_RE})(?!\s*\d)"
            rf"(?:(?:\s+{_I}of))?\s+(?P<yrel>{_I}this|last|next))\s+{_I}year)(?![\w-]))?"
        ),
        _i_month,
        50,
    ),
    Rule(
        "year",
        _C(
            rf"(?:(?P<mod>{_I}{MOD_PREFIX_RE}))[\s-]*)?(?:{_I}(?:the\s+)?fiscal(?:\s+year)?)\s+)?"
            r"(?<![\w$€£¥.,/])(?:(?<=(?i:mid)-)|(?<=(?i:end)-)|(?<=(?i:late)-)|(?<=(?i:early)-)|"
            r"(?<=(?i:start)-)|(?<![A-Za-z]-))(?P<year>1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d)"
        ),
        _i_year,
        40,
    ),
    Rule(
        "year_tail",
        _C(r"(?<=(?<![\d,.$])(?:1[5-9]|20)\d\d[-–/])(?P<yy>\d\d)(?![\w%]|[.,]\d)"),
        _i_year_tail,
        40,
    ),
    Rule(
        "decade",
        _C(
            rf"(?:(?P<mod>{_I}early|late|mid))[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)|['’](?P<dec2>\d0))['’]?s{_E}"
        ),
        _i_decade,
        60,
    ),
    Rule(
        "century",
        _C(
            rf"(?:(?P<mod>{_I}early|late|mid))[\s-]+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|"
            rf"(?P<cw>{_I}{_ORDINALS_RE})))[\s-]+{_I}centur(?:y|ies)){_E}"
        ),
        _i_century,
        60,
    ),
    Rule(
        "rel_unit",
        _C(
            rf"{_I}(?:(?P<mod>early|late|mid|earlier|later|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
            r"(?P<the>the\s+)?(?:this\s+(?=past\s))?(?P<rel>last|next|this|past|previous|prior|coming|current|upcoming)\s+"
            r"(?P<unit>fiscal\s+year|weekend|week|month|year|quarter|decade|century|"
            r"summer|winter|spring|autumn|fall))(?![\w-])"
        ),
        _i_rel_unit,
        70,
    ),
    Rule(
        "ago",
        _C(
            rf"{_B}(?:(?P<dmod>{_I}{DUR_MOD_RE}))\s+)?(?P<num>{_I}{NUMBER_RE}))[\s-]+(?P<unit>{_I}{UNIT_RE}s?))\s+"
            r"(?P<dir>(?i:ago|back|earlier))(?![\w])"
        ),
        _i_ago,
        75,
    ),
    Rule(
        "day_word",
        _C(
            rf"{_I}(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            r"today|tonight|yesterday|tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?)(?![\w])"
        ),
        _i_day_word,
        70,
    ),
    Rule(
        "this_pod",
        _C(rf"{_I}(?<![\w])(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night))(?![\w])"),
        _i_this_pod,
        70,
    ),
    Rule(
        "the_pod",
        _C(
            rf"{_I}(?<![\w])the\s+(?P<pod>morning|afternoon|evening|night))(?=\s+(?:after|before|of)\b)"
        ),
        _i_the_pod,
        20,
    ),
    Rule(
        "present",
        _C(
            rf"{_I}(?<![\w])(?:right\s+now|just\s+now|now|currently|at\s+present|presently|"
            r"nowadays|these\s+days|at\s+the\s+moment|at\s+this\s+time))(?![\w])"
        ),
        _i_present,
        30,
    ),
    Rule(
        "past_future",
        _C(
            rf"{_I}(?<![\w])the\s+(?:(?:recent|distant|near|foreseeable|immediate)\s+)?(?:past|future))"
            r"(?=\s*(?:[^\w\s]|$)|\s+(?i:when|and|but|or|as|where|which|that|is|was|has|had|have|with|"
            r"for|we|I|you|they|it|he|she|to|will|are|were)\b)"
        ),
        _i_past_future,
        30,
    ),
    Rule(
        "season",
        _C(
            rf"(?:(?P<mod>{_I}early|late|mid))[\s-]+)?(?P<season>{_I}spring|summer|autumn|fall|winter))"
            rf"(?![\w-])(?:\s+(?:{_I}of)\s+)?(?P<year>{YEAR4_RE}))?"
        ),
        _i_season,
        45,
    ),
    Rule(
        "weekday",
        _C(
            rf"(?:(?P<mod>{_I}early|late))\s+(?:{_I}on)\s+)?)?"
            # a part of the day written first: "by late morning Friday", "the evening Saturday"
            rf"(?:(?P<lead>{_I}(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?))(?P<pod0>{_I}morning|afternoon|evening|night))\s+)?"
            rf"(?:{_I}this)\s+(?=(?i:past)\s))?"
            rf"(?:(?P<rel>{_I}last|next|this|past|coming))\s+)?(?P<wd>{WEEKDAY_RE})(?:\s+(?P<pod>{_I}morning|afternoon|evening|night)))?(?![\w])"
        ),
        _i_weekday,
        55,
    ),
    Rule(
        "weekday_set",
        _C(rf"(?:{_I}on)\s+)(?P<wd>{_alt(list(WEEKDAYS))})s(?![\w])"),
        _i_weekday_set,
        55,
    ),
    Rule(
        "clock",
        _C(
            rf"(?P<at>{_I}at|by|until|from|before|after)\s+)?{_B}(?:(?P<h>[01]?\d|2[0-3])"
            r"(?:[:.](?P<mi>[0-5]\d))?(?![\d])(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))|"
            r"\s+(?P<oclock>o['’]clock))?"
            r"|(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)(?![\d]))"
            rf"(?:\s*(?P<tz>{ZONE_RE})(?![\w]))?"
        ),
        _i_clock,
        65,
    ),
    Rule(
        "noon",
        _C(rf"{_I}(?<![\w])(?P<w>noon|midday|midnight))(?![\w])(?:\s+(?P<tz>{ZONE_RE})(?![\w]))?"),
        _i_noon,
        60,
    ),
    Rule(
        "duration",
        _C(
            rf"{_I}(?<![\w])(?:(?P<the>the)\s+(?:(?P<drel>past|last|next|"
            r"coming|first|final|previous|following|remaining|latest|same|entire|full|whole)\s+)?)?"
            rf"(?:(?P<dmod>{DUR_MOD_RE})\s+)?"
            rf"(?P<num>{NUMBER_RE})(?P<adj>-)?[\s-]*"
            # "two straight days", "three more years": an adjective between number and unit
            r"(?:(?:straight|consecutive|successive|full|more|additional|extra|long)\s+)?"
            rf"(?P<unit>{UNIT_RE}s?)(?:[\s-]+(?:long|old))?)(?![\w])"
        ),
        _i_duration,
        62,
    ),
    Rule(
        "bare_plural",
        _C(
            rf"{_I}(?<![\w])(?:for|in|within|over|after|took|takes|take|lasted|lasts|last|spent|"
            r"recent|coming)\s+)(?P<span>(?P<lead>recent\s+|the\s+(?:past|coming|last|next)\s+)?"
            r"(?P<unit>(?i:days|weeks|months|years|decades|hours|minutes|centuries)))(?![\w])"
        ),
        _i_bare_plural,
        35,
    ),
    Rule(
        "recent_plural",
        _C(
            rf"{_I}(?<![\w])(?P<span>(?P<lead>recent\s+)(?P<unit>days|weeks|months|years|decades)))(?![\w])"
        ),
        _i_bare_plural,
        36,
    ),
    Rule(
        "set_every",
        _C(
            rf"{_I}(?<![\w])(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER_RE})"
            rf"(?:\s*(?:to|or|-|–)\s*(?P<n2>{NUMBER_RE}))?\s+)?"
            r"(?P<what>monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
            r"evening|night|summer|winter|spring|autumn|fall|second|minute|hour|day|weekend|week|"
            rf"month|quarter|year|decade|(?:minute|hour|day|night|week|month|year|decade)s|{_MONTHS_ALT}))(?![\w])"
        ),
        _i_set_every,
        65,
    ),
    Rule(
        "set_adverb",
        _C(rf"(?<![\w-])(?:{_alt(list(FREQUENCY_WORDS))})(?![\w-])"),
        _i_set_adverb,
        30,
    ),
    Rule(
        "set_freq",
        _C(
            rf"{_I}(?<![\w])(?:once|twice|thrice|{NUMBER_RE}\s+times)\s+(?:a|an|per|each|every)\s+"
            r"(?P<unit>second|minute|hour|day|week|month|year|decade))(?![\w])"
        ),
        _i_set_freq,
        66,
    ),
    Rule(
        "holiday",
        _C(rf"(?P<hol>{_holiday_re()})(?![\w])(?:\s+(?:{_I}of)\s+)?(?P<year>{YEAR4_RE}))?"),
        _i_holiday,
        58,
    ),
    Rule(
        "quarter",
        _C(
            rf"{_I}(?<![\w])(?:the\s+)?(?:fiscal\s+)?(?:(?P<rel>last|next|this|current|coming|previous)\s+)?"
            r"(?:fiscal[\s-]+)?(?:(?P<qn>[1-4])(?:st|nd|rd|th)|(?P<qw>first|second|third|fourth))[\s-]+"
            rf"(?P<qu>quarter|half))(?:(?:,?\s+|\s+(?:{_I}of|in)\s+))(?:{_I}fiscal(?:\s+year)?)\s+)?(?P<year>{YEAR4_RE})|"
            rf"\s+{_I}of\s+(?:(?:the|this)\s+|(?P<yrel>last|next|previous)\s+)year))?(?!\w)"
        ),
        _i_quarter,
        72,
    ),
    Rule(
        "q_short",
        _C(
            r"(?<![\w])(?:(?P<qh>[QH])(?P<qn>[1-4])(?:\s*(?P<year>\d{4}|'\d\d|’\d\d))?"
            # the analysts' order: "1H24", "3Q 2025" (always with a year)
            r"|(?P<qn2>[1-4])(?P<qh2>[QH])\s?(?P<year2>\d{4}|\d\d|'\d\d|’\d\d))(?![\w])"
        ),
        _i_q_short,
        72,
    ),
    Rule(
        "period_edge",
        _C(
            rf"{_I}(?<![\w])(?P<mod>the\s+(?:end|beginning|start|middle|turn)\s+of)\s+"
            # "the end of a bruising week": an adjective after "a" still names this one
            r"(?:the\s+|this\s+|a\s+(?!few\b|couple\b|single\b)[a-z]+\s+)?"
            r"(?P<unit>weekend|week|month|quarter|year|decade|century))(?![\w-])"
        ),
        _i_period_edge,
        68,
    ),
    Rule(
        "the_weekend",
        _C(
            rf"{_I}(?<![\w])(?:over|during|at|on|for|through|throughout|into|until|across|by|before|after)\s+)(?P<span>{_I}the\s+weekend))(?![\w-])"
        ),
        _i_the_weekend,
        50,
    ),
    Rule(
        "half_unit",
        _C(
            rf"{_I}(?<![\w-])(?:half\s+an?\s+|an?\s+half[\s-]|half-)(?P<unit>hour|day|year|month|decade|century)|"
            r"an?\s+quarter[\s-](?:of\s+an?\s+)?(?P<qunit>century|hour)|"
            r"an?\s+(?P<unit2>hour|day|year|month)\s+and\s+a\s+half)(?![\w-])"
        ),
        _i_half_unit,
        63,
    ),
    Rule(
        "fy",
        _C(r"(?<![\w])FY\s?['’]?(?P<y>\d{4}|\d{2})(?![\w])"),
        _i_fy,
        45,
    ),
    Rule(
        "rate",
        _C(
            r"(?:\d[\d,.]*%?|(?i:million|billion|trillion|thousand|percent|dollars|euros|rubles|"
            r"roubles|pounds|barrels|tons|tonnes|people|times))\s+"
            rf"(?P<span>{_I}(?:a|an|per|each)\s+(?P<unit>year|month|week|day|hour)))(?![\w-])"
            rf"|(?<![\w])(?P<span2>{_I}per\s+(?P<unit2>year|month|week|day|hour|annum)))(?![\w-])"
        ),
        _i_rate,
        67,
    ),
    Rule(
        "dotted",
        _C(
            r"(?<![\w.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>\d{4})(?![\w]|\.\d)"
        ),
        _i_dotted,
        80,
    ),
    Rule(
        "word_decade",
        _C(
            rf"{_I}(?<![\w])the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<cent>nineteen|twenty)[\s-]+)?"
            r"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])"
        ),
        _i_word_decade,
        60,
    ),
    Rule(
        "plural_rel",
        _C(
            rf"{_I}(?<![\w])(?<!the\s)(?P<span>(?P<unit>days|weeks|months|years|decades|hours|minutes))"
            r"(?=\s+(?:before|after|earlier|later)\b))"
        ),
        _i_bare_plural,
        34,
    ),
    Rule(
        "dur_range_head",
        _C(
            rf"{_I}(?<![\w])(?P<num>{NUMBER_RE})(?=\s*(?:to|and|or|-|–)\s*(?:{NUMBER_RE})[\s-]+"
            rf"(?P<unit>{UNIT_RE}s)(?![\w])))"
        ),
        _i_dur_range_head,
        30,
    ),
    Rule(
        "narrative_day",
        _C(
            rf"{_I}(?:the\s+(?P<rel>next|following|previous|preceding|same)\s+day|"
            r"that\s+(?:same\s+)?day))(?![\w-])"
        ),
        _i_narrative_day,
        55,
    ),
    Rule(
        "narrative_shift",
        _C(
            rf"{_I}(?<![\w-])(?P<n>a|one|two|three|four|five|six|seven|\d{{1,2}})\s+days?\s+"
            # "two days earlier than planned" is a measure of the shift: a duration
            r"(?P<dir>earlier|later))(?![\w-])(?!\s+than\b)"
        ),
        _i_narrative_shift,
        64,
    ),
    Rule(
        "narrative_pod",
        _C(rf"{_I}that\s+(?:same\s+)?(?P<pod>morning|afternoon|evening|night))(?![\w-])"),
        _i_narrative_pod,
        56,
    ),
    Rule(
        "bare_pod",
        # after a preposition of time, and followed by the end of the phrase: "the
        # morning show", "the morning after the vote" are not this
        _C(
            r"(?i:(?<![\w-])(?:in|through|throughout|during|by|until|till|into|all|from|since|before|after|"
            r"as\s+of)\s+)"
            r"(?P<span>(?i:the\s+)?(?:(?i:early|late|mid)[- ]?)?(?P<pod>(?i:morning|afternoon|evening)))"
            r"(?![\w-])(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?i:and|as|when|while|but|even|until|with|on|at|to)\b)"
        ),
        _i_bare_pod,
        50,
    ),
    Rule(
        "fuzzy_ref",
        # the first-letter lookahead rejects most positions before the alternation runs
        _C(
            rf"(?=[{''.join(sorted({p[0] + p[0].upper() for p in FUZZY_REFS}))}])"
            rf"{_I}(?<![\w-])(?:{_alt(list(FUZZY_REFS))}))(?![\w])"
        ),
        _i_fuzzy_ref,
        32,
    ),
    Rule(
        "plural_long",
        _C(
            rf"{_I}(?<![\w-])(?P<unit>hours|days|weeks|months|years|decades|centuries)-long)(?![\w-])"
        ),
        _i_plural_long,
        37,
    ),
    Rule(
        "plural_of",
        _C(
            rf"(?=[hdwmyHDWMY]){_I}(?<![\w-])(?<!the\s)(?P<span>(?P<unit>hours|days|weeks|months|years|decades))"
            r"(?=\s+of\s+(?!age\b)))"
        ),
        _i_plural_of,
        33,
    ),
    Rule(
        "within_unit",
        _C(
            rf"{_I}(?<![\w-])(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>year|month|week|day))"
            r"(?![\w-])"
        ),
        _i_within_unit,
        66,
    ),
    Rule(
        "overnight",
        # an adverb closing its clause or before a preposition, not "the overnight rate"
        _C(
            rf"{_I}(?<![\w-])overnight)(?=\s*(?:[,.;:)!?]|$)|\s+(?i:on|in|into|to|from|at|and|as|"
            r"when|after|before|near|across|against|with|by|while|amid|local)\b)"
        ),
        _i_overnight,
        45,
    ),
    Rule(
        "month_quarter",
        _C(
            rf"{_I}(?:the\s+)?)(?P<mon>{MONTH_FULL_RE})\s*[-–]\s*(?P<mon2>{MONTH_FULL_RE})"
            rf"(?:\s+{_I}(?:period|quarter|half|months)))?(?![\w-])"
        ),
        _i_month_quarter,
        74,
    ),
    Rule(
        "school_year",
        _C(
            rf"{_I}(?<![\w-])(?:(?P<rel>last|next|this|current|previous|coming)|"
            rf"the\s+(?:past|last|previous|next|coming)\s+(?P<num>{NUMBER_RE})|"
            # "the school year" / "the rest of the school year": the current one
            r"(?P<cur>(?:the\s+rest\s+of\s+)?the))\s+"
            r"(?:school|academic)\s+years?)(?![\w-])"
        ),
        _i_school_year,
        71,
    ),
    Rule(
        "the_year",
        _C(
            rf"{_I}(?:for|during|throughout)\s+)(?P<span>{_I}the\s+(?:full\s+|whole\s+|entire\s+)?year))"
            r"(?![\w-])(?!\s+(?i:ended|ending|to|through|before|after|ago|earlier|in|when|that|which|he|she|they)\b)"
            # "of" only before an amount ("income for the year of $1.5 billion")
            r"(?!\s+(?i:of)\s+(?!(?i:more|less|about|around|nearly|up|at\s+least)\b|[$€£¥\d]))"
        ),
        _i_the_year,
        40,
    ),
    Rule(
        "year_end",
        _C(rf"{_I}(?<![\w-])(?:the\s+)?year(?:[\s-]|['’]s\s+)end)(?![\w-])"),
        _i_year_end,
        67,
    ),
    Rule(
        "month_named_quarter",
        _C(rf"{_I}the\s+)(?P<mon>March|June|September|December)\s+{_I}quarter)(?![\w-])"),
        _i_month_named_quarter,
        75,
    ),
    Rule(
        "same_last_year",
        _C(
            rf"{_I}(?<![\w-])(?:the\s+same|this)\s+(?P<u>time|period|quarter|point)\s+"
            r"(?:last\s+year|of\s+last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year|"
            r"in\s+(?:the\s+)?(?:previous|prior)\s+year))(?![\w-])"
        ),
        _i_same_last_year,
        76,
    ),
    Rule(
        "recent",
        _C(
            rf"(?<![\w-])(?<!(?i:most)\s)(?<!(?i:more)\s)(?<!(?i:less)\s)(?<!(?i:least)\s)(?P<w>{_I}recent))(?=\s+[a-z])"
            # a time unit after it makes a longer expression ("recent years", "a recent
            # season"), which is another rule's or none
            r"(?!\s+(?:(?:day|week|month|year|decade|season|quarter|time|hour|minute)s?|"
            r"past|history|memory)\b)"
        ),
        _i_recent,
        31,
    ),
    Rule(
        "weekend_np",
        _C(
            rf"{_I}(?<![\w-])(?:(?P<span>(?:all|another)\s+weekend)|"
            # a wish or a kind: "Have a great weekend!", "a busy weekend"
            r"(?<=a\s)(?:great|good|nice|happy|safe|wonderful|fantastic|long|busy|quiet|lovely|"
            r"relaxing|restful)\s+(?P<span2>weekend)|"
            r"(?P<span3>the\s+(?:christmas|easter|thanksgiving|memorial\s+day|labor\s+day|"
            r"labour\s+day|independence\s+day|new\s+year['’]?s?|bank\s+holiday|holiday)\s+weekend)"
            r"))(?![\w-])"
        ),
        _i_weekend_np,
        57,
    ),
    Rule(
        "year_ended",
        _C(
            rf"(?P<span>{_I}the\s+(?:fiscal\s+|full\s+|financial\s+)?year))"
            rf"(?=\s+{_I}(?:ended|ending))\s+(?:{_I}on)\s+)?(?:{MONTH_ANY_RE}\s*{DAY_RE},?\s+)?"
            rf"(?P<y>{YEAR4_RE})(?![\w]))"
        ),
        _i_year_ended,
        41,
    ),
    Rule(
        "plural_ahead",
        _C(
            rf"{_I}(?<![\w-])the\s+(?:next\s+few\s+|coming\s+)?(?P<unit>hours|days|weeks|months|years)"
            r"\s+ahead)(?![\w-])"
        ),
        _i_plural_ahead,
        37,
    ),
    Rule(
        "unit_or_two",
        _C(
            rf"{_I}(?<![\w-])the\s+(?:next|past|last|coming|previous)\s+(?P<unit>hour|day|week|month|year)"
            r"\s+or\s+(?P<n>two|three|so))(?![\w-])"
        ),
        _i_unit_or_two,
        72,
    ),
    Rule(
        "year_to_date",
        _C(rf"{_I}(?<![\w-])year[\s-]to[\s-]date)(?![\w-])"),
        _i_year_to_date,
        66,
    ),
    Rule(
        "plural_away",
        # "weeks away", "in a matter of days": an unstated number of units
        _C(
            rf"{_I}(?<![\w-])(?P<span>(?:a\s+matter\s+of\s+)?(?P<unit>hours|days|weeks|months|years))"
            r"(?=\s+away\b)|(?P<span2>a\s+matter\s+of\s+(?P<unit2>hours|days|weeks|months|years)))"
            r"(?![\w-])"
        ),
        _i_plural_away,
        36,
    ),
    Rule(
        "full_year",
        _C(
            rf"(?<![\w-])(?<!(?i:a)\s)(?<!(?i:one)\s)(?<!(?i:another)\s)(?<!\d\s)(?P<span>{_I}full[\s-]year))"
            r"(?=[\s-]+(?:[a-z]|20\d\d)|\s*[.,;])"
        ),
        _i_full_year,
        39,
    ),
    Rule(
        "fiscal_year_named",
        _C(
            rf"{_I}(?<![\w-])(?:the\s+)?(?P<y>{YEAR4_RE})\s+(?:fiscal|financial|budget)\s+year)(?![\w-])"
        ),
        _i_fiscal_year_named,
        74,
    ),
    Rule(
        "fiscal_year_begin",
        _C(
            rf"{_I}(?<![\w-])the\s+(?:new\s+)?fiscal\s+year)"
            rf"(?=\s+{_I}(?:beginning|began|begins|starting|started|starts|that\s+began|that\s+begins))\b)"
        ),
        _i_fiscal_year_begin,
        38,
    ),
    Rule(
        "short_year",
        _C(r"(?<=[\s-])['’](?P<yy>\d{2})(?![\w'’%]|[.,]\d)"),
        _i_short_year,
        44,
    ),
    Rule(
        "year_ago_quarter",
        _C(
            rf"{_I}(?<![\w-])the\s+(?:year[\s-]ago|prior[\s-]year|year[\s-]earlier|previous[\s-]year)"
            r"\s+(?:fiscal\s+)?quarter)(?![\w-])"
        ),
        _i_year_ago_quarter,
        73,
    ),
    Rule(
        "the_quarter",
        _C(
            rf"{_I}(?:for|in|during|throughout)\s+)(?P<span>{_I}the\s+(?:fiscal\s+)?quarter))"
            r"(?![\w-])(?!\s+(?i:ended|ending|to|through|of)\b)"
        ),
        _i_the_quarter,
        40,
    ),
    Rule(
        "latest_quarter",
        _C(
            rf"{_I}(?<![\w])the\s+(?:(?:latest|most\s+recent|just[\s-]ended|recently\s+ended)\s+"
            r"(?:fiscal\s+)?quarter|quarter\s+just\s+ended))(?![\w-])"
        ),
        _i_latest_quarter,
        69,
    ),
)


# ---- triggers -----------------------------------------------------------------------
# A cheap necessary condition per rule: the words (lower-cased letter runs) of which
# every match contains at least one; "#4" stands for any 4-digit number and "#d"
# for any digit run. The text is tokenized once; each rule's slow pattern then only
# scans windows around those words (and not at all when none occurs). Tests check
# that this gives exactly the result of a full scan.
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS_FULL) | frozenset(a.lower() for a in MONTH_ABBR)
_UNIT_SINGULAR = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "century",
    }
)
_UNIT_PLURAL = frozenset(
    {
        "seconds",
        "minutes",
        "hours",
        "days",
        "nights",
        "weeks",
        "fortnights",
        "months",
        "years",
        "decades",
        "centuries",
    }
)
_WEEKDAY_WORDS = frozenset(w.lower() for w in WEEKDAYS)


def _longest_word(phrase: str) -> str:
    words: list[str] = re.findall("[a-z]+", phrase.lower())
    return max(reversed(words), key=len)


TRIGGERS: dict[str, frozenset[str]] = {
    "iso": frozenset({"#4"}),
    "numeric": frozenset({"#d"}),
    "mdy": _MONTH_WORDS,
    "dmy": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "interval": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": frozenset({"#4"}),
    "year_tail": frozenset({"#4"}),
    "decade": frozenset({"#d"}),
    "century": frozenset({"century", "centuries"}),
    "rel_unit": frozenset(
        {"last", "next", "this", "past", "previous", "prior", "coming", "current", "upcoming"}
    ),
    "ago": frozenset({"ago", "back", "earlier"}),
    "day_word": frozenset({"today", "tonight", "tomorrow", "yesterday"}),
    "this_pod": frozenset({"morning", "afternoon", "evening", "night"}),
    "the_pod": frozenset({"morning", "afternoon", "evening", "night"}),
    "present": frozenset(
        {"now", "currently", "present", "presently", "nowadays", "days", "moment", "time"}
    ),
    "past_future": frozenset({"past", "future"}),
    "season": frozenset(SEASON_WORDS),
    "weekday": _WEEKDAY_WORDS,
    "weekday_set": frozenset(w + "s" for w in _WEEKDAY_WORDS),
    "clock": frozenset({"#d"}),
    "noon": frozenset({"noon", "midday", "midnight"}),
    "duration": _UNIT_SINGULAR | _UNIT_PLURAL,
    "bare_plural": _UNIT_PLURAL,
    "recent_plural": _UNIT_PLURAL,
    "set_every": frozenset({"every", "each"}),
    # one letter run of each entry, the longest (the last on a tie): every match
    # contains it, and it is rarer than "the" or "at", which would open a window
    # around every sentence
    "set_adverb": frozenset(_longest_word(f) for f in FREQUENCY_WORDS),
    "fuzzy_ref": frozenset(_longest_word(f) for f in FUZZY_REFS),
    "plural_long": frozenset({"long"}),
    "plural_of": _UNIT_PLURAL,
    "latest_quarter": frozenset({"quarter"}),
    "weekend_np": frozenset({"weekend"}),
    "year_to_date": frozenset({"date"}),
    "unit_or_two": frozenset({"or"}),
    "year_ended": frozenset({"ended", "ending"}),
    "plural_ahead": frozenset({"ahead"}),
    "plural_away": frozenset({"hours", "days", "weeks", "months", "years"}),
    "month_quarter": _MONTH_WORDS,
    "school_year": frozenset({"school", "academic"}),
    "recent": frozenset({"recent"}),
    "same_last_year": frozenset({"same", "this"}),
    "year_end": frozenset({"end"}),
    "the_year": frozenset({"year"}),
    "month_named_quarter": frozenset({"quarter"}),
    "within_unit": frozenset({"earlier", "later", "early", "late"}),
    "overnight": frozenset({"overnight"}),
    "set_freq": frozenset({"once", "twice", "thrice", "times"}),
    "holiday": frozenset(
        {"day", "christmas", "easter", "eve", "year", "halloween", "thanksgiving", "friday"}
    ),
    "quarter": frozenset({"quarter", "half"}),
    "q_short": frozenset({"q", "h"}),  # "1h24" lower-cased still has the letter run "h"
    "period_edge": frozenset({"end", "beginning", "start", "middle", "turn"}),
    "the_weekend": frozenset({"weekend"}),
    "half_unit": frozenset({"half", "quarter"}),
    "fy": frozenset({"fy"}),
    "rate": frozenset({"year", "month", "week", "day", "hour", "annum"}),
    "dotted": frozenset({"#4"}),
    "word_decade": frozenset(_WORD_DECADES),
    "plural_rel": _UNIT_PLURAL,
    "dur_range_head": _UNIT_PLURAL,
    "narrative_day": frozenset({"day"}),
    "narrative_shift": frozenset({"day", "days"}),
    "full_year": frozenset({"full"}),
    "fiscal_year_named": frozenset({"fiscal", "financial", "budget"}),
    "fiscal_year_begin": frozenset({"fiscal"}),
    "short_year": frozenset({"#d"}),
    "year_ago_quarter": frozenset({"quarter"}),
    "the_quarter": frozenset({"quarter"}),
    "narrative_pod": frozenset({"morning", "afternoon", "evening", "night"}),
    "bare_pod": frozenset({"morning", "afternoon", "evening"}),
}
