"""Time expressions: find TIMEX3 spans in a body and normalize them against the DCT.

Entry point: ``extract_timexes(text, published_date=..., doc=...)``.

Pipeline (all pure, regexes precompiled in ``timex.grammar``):
1. every grammar rule proposes candidate spans with a ``Spec`` (what the text says);
2. the longest non-overlapping candidates win (rule priority breaks ties);
3. a clock time next to a day ("9 a.m. Friday") is merged into one TIME;
4. each spec is resolved against the publication date (DCT). Yearless and cyclic
   expressions ("Nov. 5", "Thursday", "in February", "last summer") pick their
   occurrence by the tense of the clause: from the spaCy ``doc`` when given
   (governing verb, auxiliaries, "expected to"), else from cue words in the sentence.

Without a publication date, relative expressions are still returned (the span is
right) but their values stay TIMEX3-underspecified — ``XXXX-11-05``, ``XXXX-WXX-4``,
``XXXX-WXX`` (a week), ``XXXX`` (a year) — with ``date_start``/``date_end`` NULL and
``anchor = "publication"`` (the value depends on a date we do not know). Nothing
is guessed.

"The next day" / "that day" / "that morning" count from the last day-level date
resolved shortly before in the text (and inherit its anchor); with none, they are
left out. A clock time written without a day ("at 4:22 a.m.") is on that day too
when the text gave one within a couple of sentences, else on the DCT.

A clock time's zone is an ISO 8601 suffix of its value ("14:00 GMT" ->
``...T14:00Z``, "9 a.m. ET" in October -> ``...T09:00-04:00``), from a designator,
a written offset or "<place> time" (see ``timex.zones``); a report's own
statement "all times UTC" zones the times it writes without one. Weekdays are
placed by the tense of their clause; a present-tense verb a weekday modifies
directly is a schedule ("the summit opens on Sunday": the coming one).

``mod`` (early/late/mid, "the end of") is kept in the span but not in the value,
as TIMEX3 keeps it in a separate attribute the contract does not carry; the
interval is that of the whole unit.

``anchor`` is ``"absolute"`` when the text alone fixes the value (a full date, a
year, a duration, a set, or a part of a day tied to an event we cannot date) and
``"publication"`` when the DCT was needed (or would be needed).

``date_start``/``date_end`` give the inclusive calendar interval of a DATE value
(day, ISO week Mon..Sun, month, quarter, half, season — see ``timex.dates`` —
year, decade, century, the DCT for PRESENT_REF) and of a TIME value's day; NULL
for durations, sets, PAST_REF/FUTURE_REF and unresolved values.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from spacy.tokens import Doc, Token

from contract.records import TimexRecord
from transforms.timex.dates import (
    Direction,
    add_days,
    century_range,
    decade_range,
    easter,
    fmt_day,
    fmt_month,
    fmt_week,
    half_range,
    month_range,
    nth_weekday,
    pick_occurrence,
    quarter_range,
    safe_date,
    season_from_index,
    season_index,
    season_of,
    season_range,
    shift_month,
    week_range,
    year_range,
    yearly_candidates,
)
from transforms.timex.grammar import (
    DAY_AFTER_NTH_WEEKDAY_HOLIDAYS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    NTH_WEEKDAY_HOLIDAYS,
    PARTS_OF_DAY,
    RULES,
    TRIGGERS,
    ZONE_DESIGNATOR_RE,
    Spec,
)
from transforms.timex.zones import offset_on, zone_target

Tense = Literal["past", "perfect", "present", "future", "unknown"]
Range = tuple[dt.date, dt.date]


# ---- 1+2: candidates and selection -------------------------------------------------


# How far an expression can reach from its trigger word ("the better part of the
# past twenty-five years" is < 60 characters); windows this wide around every
# trigger hit contain every match, with room for the patterns' lookarounds.
_WINDOW = 100


_WORD = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
_KEYWORDS = frozenset(w for words in TRIGGERS.values() for w in words if not w.startswith("#"))


def _word_starts(low: str, word: str) -> list[int]:
    """Offsets of ``word`` as a whole letter run in ``low`` (str.find is a fast
    literal search; a regex with lookarounds here costs ten times as much)."""
    out: list[int] = []
    n, k = len(low), len(word)
    i = low.find(word)
    while i >= 0:
        before = low[i - 1] if i else " "
        after = low[i + k] if i + k < n else " "
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            out.append(i)
        i = low.find(word, i + 1)
    return out


def _token_index(text: str) -> dict[str, list[int]]:
    """Offsets of the trigger words present (lower-cased letter runs), plus "#4"
    (4-digit numbers) and "#d" (any digit run)."""
    low = text.lower()
    index: dict[str, list[int]] = {}
    for w in _KEYWORDS.intersection(_WORD.findall(low)):
        index[w] = _word_starts(low, w)
    digits = [(m.start(), m.end()) for m in _DIGITS.finditer(text)]
    if digits:
        index["#d"] = [a for a, _ in digits]
        index["#4"] = [a for a, b in digits if b - a == 4]
    return index


def _windows(index: dict[str, list[int]], words: frozenset[str], n: int) -> list[tuple[int, int]]:
    hits = sorted(p for w in words for p in index.get(w, ()))
    out: list[tuple[int, int]] = []
    for h in hits:
        lo, hi = max(0, h - _WINDOW), min(n, h + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _candidates(text: str) -> list[tuple[Spec, int]]:
    """Every rule's matches, scanning only near the rule's trigger words."""
    out: list[tuple[Spec, int]] = []
    # lower() can change the length of a few characters (İ); offsets would drift,
    # so such texts are scanned in full
    index = _token_index(text) if len(text.lower()) == len(text) else None
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    full = [(0, len(text))]
    for rule in RULES:
        words = TRIGGERS.get(rule.name)
        spans = full
        if words is not None and index is not None:
            if words not in windows:
                windows[words] = _windows(index, words, len(text))
            spans = windows[words]
        for lo, hi in spans:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() <= m.start():
                    continue
                spec = rule.interpret(m, text)
                if spec is not None and spec.end > spec.start:
                    out.append((spec, rule.priority))
    # merged windows never overlap, so each match is seen once; this guard keeps
    # selection deterministic should two rules ever propose the very same thing
    uniq: dict[tuple[int, int, str, int], tuple[Spec, int]] = {}
    for spec, prio in out:
        uniq.setdefault((spec.start, spec.end, spec.kind, prio), (spec, prio))
    return list(uniq.values())


def _select(cands: list[tuple[Spec, int]]) -> list[Spec]:
    """Longest spans first; a span is kept when it overlaps nothing kept so far."""
    cands.sort(key=lambda c: (-(c[0].end - c[0].start), -c[1], c[0].start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Spec] = []
    for spec, _prio in cands:
        i = bisect.bisect_right(starts, spec.start)
        # neighbours in start order: the one before may reach into us, the one after
        # may start before we end
        if i > 0 and ends[i - 1] > spec.start:
            continue
        if i < len(starts) and starts[i] < spec.end:
            continue
        starts.insert(i, spec.start)
        ends.insert(i, spec.end)
        kept.append(spec)
    kept.sort(key=lambda s: s.start)
    return kept


# ---- 3: merging a clock time with its day --------------------------------------------

_GAP_TIME_DAY = re.compile(r"\s*(?:,\s*)?(?:(?i:on|of)\s+)?\Z")
# "When: Sunday, Oct. 15. at 12:45 p.m.": a stray period before a lower-case "at"
_GAP_DAY_TIME = re.compile(r"\s*(?:,\s*|\.\s+(?=at\s))?(?:(?i:at|around|about|by)\s+)?\Z")


_GAP_OF = re.compile(r"\s+(?i:of)\s+\Z")
_GAP_RANGE = re.compile(r"\s*(?:[-–]|(?i:to|until|till|through|and|or|,))\s*(?:(?i:on)\s+)?\Z")


def _propagate_years(specs: list[Spec], text: str) -> list[Spec]:
    """ "from 1 January to 30 June 2024", "Nov. 5 and Nov. 6, 2024": a yearless day or
    month in a range takes the year written at its end (the previous year when the
    range crosses New Year)."""
    out = list(specs)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if cur.kind not in ("md", "month") or cur.offset is not None or cur.month is None:
            continue
        if nxt.kind != "date" or nxt.year is None or nxt.month is None:
            continue
        if len(text[cur.end : nxt.start]) > 12 or not _GAP_RANGE.match(text[cur.end : nxt.start]):
            continue
        later = (cur.month, cur.day or 1) > (nxt.month, nxt.day or 31)
        year = nxt.year - 1 if later else nxt.year
        out[i] = dataclasses.replace(cur, kind="date", year=year)
    return out


# "in the fourth quarter each year", "in March every year": a recurrence of that part of
# every year (TIMEX3 SET ``XXXX-Q4``, ``XXXX-03``), not this year's part and a P1Y.
_EACH_YEAR = re.compile(r"\s+(?i:each|every)\s+(?i:year)\Z")


def _yearly_sets(specs: list[Spec], text: str) -> list[Spec]:
    out: list[Spec] = []
    for s in specs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.kind == "set"
            and prev.offset is None
            and prev.year is None
            and _EACH_YEAR.match(text[prev.end : s.end])
        ):
            label = None
            if prev.kind == "quarter" and prev.part is not None:
                label = f"{'H' if prev.unit == 'half' else 'Q'}{prev.part}"
            elif prev.kind == "month" and prev.month is not None:
                label = f"{prev.month:02d}"
            elif prev.kind == "season" and prev.season is not None:
                label = prev.season
            if label is not None:
                out[-1] = Spec("set", prev.start, s.end, value=f"XXXX-{label}")
                continue
        out.append(s)
    return out


# "fiscal 2017", "fiscal year 2002", "FY2025": a fiscal year the text names.
_FISCAL_YEAR = re.compile(
    r"(?<![\w])(?i:fiscal)(?:\s+(?i:year))?\s+(?P<y>(?:19|20)\d\d)(?![\w])"
    r"|(?<![\w])FY\s?['’]?(?P<y2>(?:19|20)\d\d|\d\d)(?![\w])"
)


def _fiscal_quarters(specs: list[Spec], text: str) -> list[Spec]:
    """In a text that names a fiscal year ("fiscal 2017 results"), a quarter or half
    without a year ("the fourth quarter", "its second quarter earnings") is that fiscal
    year's: the nearest one named before it, else the first named after. A fiscal year
    runs ahead of the calendar, so the calendar's latest quarter of that number would
    be a year off."""
    years = [
        (m.start(), int(y) if len(y := m["y"] or m["y2"]) == 4 else 2000 + int(y))
        for m in _FISCAL_YEAR.finditer(text)
    ]
    if not years:
        return specs
    out = []
    for s in specs:
        if s.kind == "quarter" and s.offset is None:
            before = [y for pos, y in years if pos < s.start]
            year = before[-1] if before else years[0][1]
            s = dataclasses.replace(s, kind="date", year=year)
        elif (
            s.kind == "rel"
            and s.unit == "year"
            and s.offset == 0
            and _THE_YEAR.fullmatch(text, s.start, s.end)
        ):
            # "Looking ahead to fiscal 2024 ... revenue for the year": that fiscal year
            before = [y for pos, y in years if pos < s.start]
            if before:
                s = dataclasses.replace(s, kind="date", year=before[-1], unit=None, offset=None)
        out.append(s)
    return out


# "the year", "full-year", "the full year": the (fiscal) year of the figures
_THE_YEAR = re.compile(r"(?i:(?:the\s+)?(?:full[\s-]|whole\s+|entire\s+)?year)")


# "the week of Jan. 25", "the week ending Jan. 4": the (ISO) week holding that day.
_WEEK_OF = re.compile(
    r"(?i:the\s+)?(?i:week)\s+(?i:of|ending|ended|beginning|beginning\s+on|starting|through|to)\s+\Z"
)


def _merge_week_of(specs: list[Spec], text: str) -> list[Spec]:
    out: list[Spec] = []
    for s in specs:
        if _is_day_spec(s) and s.kind in ("md", "date"):
            m = _WEEK_OF.search(text, max(0, s.start - 30), s.start)
            if m is not None and not (out and out[-1].end > m.start()):
                out.append(Spec("week_of", m.start(), s.end, base=s))
                continue
        out.append(s)
    return out


# "Saturday afternoon and evening": the second part of the day is on the same day.
_AND_POD = re.compile(
    r"\s+(?:and|or|into)\s+(?:(?i:early|late)\s+)?(?P<pod>(?i:morning|afternoon|evening|night))(?![\w-])"
)


def _coordinated_pods(specs: list[Spec], text: str) -> list[Spec]:
    out: list[Spec] = []
    for i, s in enumerate(specs):
        out.append(s)
        if (
            s.kind != "time"
            or s.base is None
            or not (s.tod or "").startswith("T")
            or ":" in (s.tod or "")
        ):
            continue
        m = _AND_POD.match(text, s.end)
        nxt = specs[i + 1] if i + 1 < len(specs) else None
        if m is None or (nxt is not None and nxt.start < m.end()):
            continue
        pod = m["pod"].lower()
        out.append(
            dataclasses.replace(
                s, start=m.start("pod"), end=m.end("pod"), tod="T" + PARTS_OF_DAY[pod]
            )
        )
    return out


# "between 1 p.m. and 4 p.m. EST Saturday", "from 10 a.m. to 2 p.m. ET on Monday"
_GAP_CLOCK_RANGE = re.compile(r"\s*(?:[-–]|(?i:and|to|until|till))\s*\Z")


def _coordinated_times(specs: list[Spec], text: str) -> list[Spec]:
    """The first clock time of a range takes the day and zone written after the second."""
    out = list(specs)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if (
            cur.kind == "time"
            and nxt.kind == "time"
            and cur.base is None
            and not cur.floating
            and ":" in (cur.tod or "")
            and ":" in (nxt.tod or "")
            and (nxt.base is not None or nxt.zone is not None)
            and _GAP_CLOCK_RANGE.match(text[cur.end : nxt.start])
        ):
            out[i] = dataclasses.replace(cur, base=nxt.base, zone=cur.zone or nxt.zone)
    return out


def _is_day_spec(s: Spec) -> bool:
    if s.kind in ("weekday", "md"):
        return True
    if s.kind == "date":
        return s.day is not None
    return s.kind == "rel" and s.unit == "day"


def _merge_times(specs: list[Spec], text: str) -> list[Spec]:
    out: list[Spec] = []
    i = 0
    while i < len(specs):
        cur = specs[i]
        nxt = specs[i + 1] if i + 1 < len(specs) else None
        if nxt is not None:
            gap = text[cur.end : nxt.start]
            if cur.kind == "time" and cur.floating and _is_day_spec(nxt) and _GAP_OF.match(gap):
                # "the night of Feb. 23": the part of day of that date
                out.append(dataclasses.replace(cur, end=nxt.end, base=nxt, floating=False))
                i += 2
                continue
            if (
                cur.kind == "time"
                and cur.base is None
                and not cur.floating
                and _is_day_spec(nxt)
                and _GAP_TIME_DAY.match(gap)
            ):
                out.append(dataclasses.replace(cur, end=nxt.end, base=nxt))
                i += 2
                continue
            if (
                cur.kind == "time"
                and cur.base is None
                and not cur.floating
                and ":" in (cur.tod or "")
                and nxt.kind == "time"
                and nxt.base is not None
                and ":" not in (nxt.tod or ":")
                and _is_day_spec(nxt.base)
                and _GAP_TIME_DAY.match(gap)
            ):
                # "9.30 on Sunday morning": the clock time on the day of that part of day
                out.append(dataclasses.replace(cur, end=nxt.end, base=nxt.base))
                i += 2
                continue
            if (
                cur.kind == "time"
                and cur.base is not None
                and ":" not in (cur.tod or ":")
                and _is_day_spec(cur.base)
                and nxt.kind == "time"
                and nxt.base is None
                and not nxt.floating
                and ":" in (nxt.tod or "")
                and _GAP_DAY_TIME.match(gap)
            ):
                # "Tuesday morning at 10:15 a.m.": one clock time on that day
                out.append(dataclasses.replace(nxt, start=cur.start, base=cur.base))
                i += 2
                continue
            if (
                _is_day_spec(cur)
                and nxt.kind == "time"
                and nxt.base is None
                and not nxt.floating
                and _GAP_DAY_TIME.match(gap)
            ):
                out.append(dataclasses.replace(nxt, start=cur.start, base=cur))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


# ---- tense ----------------------------------------------------------------------------

_WILL = frozenset({"will", "shall", "'ll", "’ll", "wo", "ll"})
# Passive verbs of expectation: "X is expected/forecast/scheduled ..." tells of later.
_EXPECTATION_LEMMAS = frozenset(
    {"expect", "forecast", "project", "schedule", "slate", "plan", "predict", "anticipate"}
)
_HAVE_PRESENT = frozenset({"has", "have", "'ve", "’ve"})
_HAVE_PAST = frozenset({"had", "'d", "’d"})


_RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def _superlative_infinitive(v: Token) -> bool:
    """An infinitive that modifies a noun ranked by a superlative or an ordinal."""
    if v.dep_ not in ("acl", "relcl") or v.head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ"):
        return False
    head = v.head
    if head.tag_ == "JJS" or head.lower_ in _RANKING_WORDS:
        return True
    return any(c.tag_ == "JJS" or c.lower_ in _RANKING_WORDS for c in head.children)


def _after_bare_gerund(v: Token) -> bool:
    """An infinitive governed by a gerund without auxiliary ("by coming back to beat
    Muguruza", "after failing to win"): a result of that action, not a plan."""
    g = v.head
    return (
        v.dep_ in ("advcl", "xcomp")
        and g.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in g.children)
    )


def _verb_tense(v: Token, depth: int = 0) -> Tense | None:
    """Tense of one verb from its tag and auxiliaries; None = cannot tell, look higher."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if any(a.tag_ == "MD" for a in auxes):
        if v.tag_ == "VBN" and "have" in lowers and not lowers & _WILL:
            return "past"  # "could have happened"
        return "future"
    if "to" in lowers and v.tag_ == "VB":
        # An infinitive ("expected to meet", "a program to run through June") is
        # later than its governor: future unless the governor itself is past.
        gov = v.head
        gt: Tense | None = None
        hops = 0
        while gov.i != gov.head.i and hops < 6 and gt is None:
            if gov.pos_ in ("VERB", "AUX") and depth < 3:
                gt = _verb_tense(gov, depth + 1)
            if gt is None:
                gov = gov.head
                hops += 1
        if gt is None and gov.pos_ in ("VERB", "AUX") and depth < 3:
            gt = _verb_tense(gov, depth + 1)
        if _superlative_infinitive(v) or _after_bare_gerund(v):
            # "the youngest woman to win the title", "the first to sign": the
            # infinitive states a fact about the noun, as old as its governor's tense
            return gt
        return "past" if gt == "past" else "future"
    if v.tag_ == "VBD":
        return "past"
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ == "VBN":
        if not auxes and v.dep_ == "acl":
            return "past"  # "the law, passed in March": a reduced passive relative
        if lowers & _HAVE_PRESENT:
            return "perfect"
        if lowers & _HAVE_PAST:
            return "past"
        if lowers & {"is", "are", "am", "'s", "’s", "'re", "’re"}:
            # "is expected", "are scheduled", "is forecast": the predicate is ahead
            return "future" if v.lemma_.lower() in _EXPECTATION_LEMMAS else "present"
        return None
    if v.tag_ in ("VBZ", "VBP"):
        return "present"
    if v.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "’s", "'re", "’re"}:
        return "present"
    return None


def _doc_tense(doc: Doc, start: int, end: int) -> Tense:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    tok = span.root
    # "from the highs of late April, a selloff could be brewing": an expression that
    # modifies a noun through a preposition dates that noun, not the clause's event, so
    # a modal or future verb above it is no evidence that the date is ahead
    nominal = False
    for _ in range(25):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            t = _verb_tense(tok)
            if t is not None:
                return "present" if nominal and t == "future" else t
        if tok.head.i == tok.i:
            break
        if (
            tok.dep_ == "prep"
            and tok.head.pos_ in ("NOUN", "PROPN")
            # "Weather over the weekend is expected to be ...": the noun is what the
            # clause is about (its subject), so the clause's tense is the noun's
            and tok.head.dep_ not in ("nsubj", "nsubjpass")
        ):
            nominal = True
        tok = tok.head
    return "unknown"


# Clause ends for the no-parse fallback: sentence ends (not the period of "U.S.",
# "Mr." or "Nov."), semicolons, colons and dashes.
_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!Mrs)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Gov)"
    r"(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Aug)(?<!Sep)(?<!Sept)(?<!Oct)(?<!Nov)(?<!Dec)"
    r"(?<!a\.m)(?<!p\.m)"  # "between 1 p.m. and 4 p.m. Saturday" is one clause
    r"[.!?][\"”’]?\s|[;:]\s|\s[—–]\s|\n"
)
_FUTURE_CUES = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going\s+to|(?:is|are)\s+(?:expected|scheduled|set|due|"
    r"likely|slated|poised)\s+to|plans?\s+to|intends?\s+to|would|could|might|may|can|should|must)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|said|told|flew|met|went|came|took|gave|made|saw|began|left|won|"
    r"lost|fought|held|led|sent|spoke|wrote|became|brought|built|bought|chose|fell|felt|found|"
    r"got|grew|kept|knew|paid|ran|rose|sat|sold|shot|stood|struck|thought|threw|[a-z]{3,}ed)\b"
)
_PERFECT_CUES = re.compile(
    r"\b(?:has|have|['’]ve)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b", re.I
)
_AUX_BEFORE = re.compile(r"\b(?i:be|been|being|is|are|am|get|gets)\s+$")
_ATTRIBUTION = re.compile(r"(?i:said|told|added|noted|wrote|stated|reported|explained)")
_CUES: tuple[tuple[re.Pattern[str], Tense], ...] = (
    (_FUTURE_CUES, "future"),
    (_PERFECT_CUES, "perfect"),
    (_PAST_CUES, "past"),
)


# How many months ahead a month dating a noun under a past verb may still be the coming one.
_NOUN_MONTH_AHEAD = 2

_HABITUAL = re.compile(
    r"\b(?:often|usually|typically|normally|traditionally|always|tends?\s+to)\b", re.I
)


def _habitual(text: str, start: int, end: int) -> bool:
    """A frequency adverb in the expression's clause ("often peaks in January")."""
    lo = max(0, start - 120)
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    left = cuts[-1] if cuts else lo
    m = _CLAUSE_END.search(text, end, min(len(text), end + 120))
    right = m.start() if m else min(len(text), end + 120)
    return _HABITUAL.search(text, left, right) is not None


def _text_tense(text: str, start: int, end: int) -> Tense:
    """Fallback without a parse: the tense cue nearest to the expression in its clause."""
    lo = max(0, start - 200)
    left = text[lo:start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(left)]
    left_start = lo + (cuts[-1] if cuts else 0)
    right = text[end : end + 200]
    m = _CLAUSE_END.search(right)
    right_end = end + (m.start() if m else len(right))
    best: tuple[int, Tense] | None = None
    for pattern, tense in _CUES:
        for c in pattern.finditer(text, left_start, right_end):
            if c.start() < end and c.end() > start:
                continue  # a cue inside the expression itself
            if c.start() >= end and _ATTRIBUTION.fullmatch(c.group(0)):
                continue  # ", officials said." after the fact says nothing of its time
            if (
                tense == "past"
                and c.group(0).endswith("ed")
                and _AUX_BEFORE.search(text, max(0, c.start() - 12), c.start())
            ):
                continue  # "can be disclosed": the participle's tense is its auxiliary's
            dist = start - c.end() if c.end() <= start else c.start() - end
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else "unknown"


# "postponed until Saturday": these point forward even from a perfect.
_FUTURE_PREP_STRONG = re.compile(
    r"\b(?:until|till|ahead\s+of|upcoming|coming|starting(?:\s+(?:in|on|from))?|"
    # "stretched to October", "postponed to March": a delay points forward
    r"(?:extended|stretched|postponed|delayed|deferred|pushed\s+back|put\s+off)\s+(?:to|into)|"
    # "is scheduled for Saturday": a schedule points forward (present tense reads "nearest")
    r"(?:scheduled|set|slated|due|planned|expected|pencil+ed\s+in)\s+(?:for|on))\s+(?:the\s+)?$",
    re.I,
)
_FUTURE_PREP = re.compile(r"\b(?:by|before)\s+(?:the\s+)?$", re.I)
_PAST_PREP = re.compile(r"\b(?:since|ago|last)\s+(?:the\s+)?$", re.I)


# "The Kremlin said on Monday it would respond": the date belongs to the reporting
# verb, though parsers often attach it to the reported clause (would respond).
_REPORTED_ON = re.compile(
    r"\b(?:said|told|announced|reported|stated|added|wrote|confirmed|warned|claimed|denied|"
    r"insisted|argued|declared|noted|tweeted|posted|acknowledged|admitted|revealed|"
    r"urged|vowed|pledged|promised|suggested|indicated|signaled|signalled)"
    # directly ("said Tuesday", "said on Tuesday") or after a short object ending in
    # "on" ("told reporters on Monday", "said in a statement on Monday")
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?|(?:\s+[\w’'.]+){1,4}?\s+(?:(?:late|early)\s+)?on\s+)$",
    re.IGNORECASE,
)


def _on_the_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression modifies a verb itself ("meets on Sunday", "opens Sunday"),
    not a noun ("Sunday's vote", "the polls on Sunday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    # "Sunday is available as a backup": a day as the subject of a present clause too
    return tok.dep_ in ("npadvmod", "pobj", "obl", "tmod", "nsubj") and head.pos_ in (
        "VERB",
        "AUX",
    )


# A day name heading a line and followed by a colon is an entry of a schedule.
_SCHEDULE_LINE = re.compile(r"[ \t]*:")


def _at_line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _schedule_entry(text: str, spec: Spec) -> bool:
    """A weekday heading its line before a colon, the entry itself without a past verb
    ("Thursday: Jobless Claims."; not a recap's "Monday: Protesters gathered ...")."""
    if spec.kind != "weekday" or not _at_line_start(text, spec.start):
        return False
    m = _SCHEDULE_LINE.match(text, spec.end)
    if m is None:
        return False
    eol = text.find("\n", m.end())
    entry = text[m.end() : eol if eol >= 0 else len(text)]
    return _PAST_CUES.search(entry) is None and _PERFECT_CUES.search(entry) is None


def _on_a_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression is the object of a preposition that modifies a noun
    ("the forecast for the end of the year")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    return (
        tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN")
    )


def _tense_for(text: str, spec: Spec, doc: Doc | None) -> Tense:
    if _REPORTED_ON.search(text[max(0, spec.start - 60) : spec.start]):
        return "past"
    tense: Tense = (
        _doc_tense(doc, spec.start, spec.end)
        if doc is not None
        else _text_tense(text, spec.start, spec.end)
    )
    if tense == "unknown" and doc is not None:
        # the parse found no verb above the expression (a sentence parsed as a noun
        # phrase: "Morning temperatures Saturday ... will hover"): the clause's words
        tense = _text_tense(text, spec.start, spec.end)
    if (
        tense == "present"
        and doc is not None
        and spec.kind in ("weekday", "weekend")
        and _on_the_verb(doc, spec.start, spec.end)
    ):
        # News body text tells what already happened in the past tense; a present
        # verb dated by a weekday is a schedule ("the summit opens on Sunday").
        return "future"
    before = text[max(0, spec.start - 20) : spec.start]
    if _schedule_entry(text, spec):
        # "This Week: ... Wednesday: Consumer Price Index.": a listing of days to come
        return "future"
    if tense in ("present", "unknown", "perfect") and _FUTURE_PREP_STRONG.search(before):
        return "future"
    if tense == "past" and _FUTURE_PREP_STRONG.search(before):
        # "delayed the hearing until Sept. 25", "a hearing now scheduled for Dec. 15":
        # the verb is past but the day it points to lies after it; news of a
        # postponement or a schedule is told when it is made, before that day
        return "future"
    if tense in ("present", "unknown"):
        if _PAST_PREP.search(before):
            return "past"
        if _FUTURE_PREP.search(before):
            return "future"
    return tense


def _direction(tense: Tense, *, weekday: bool = False, cyclic: bool = False) -> Direction:
    if tense == "future":
        return "future"
    if tense == "past":
        return "past"
    if tense == "perfect":
        return "nearest" if not (weekday or cyclic) else "past"
    if tense == "present":
        return "nearest"
    # No evidence either way: news reports what already happened.
    return "past" if weekday or cyclic else "nearest"


# ---- 4: resolution --------------------------------------------------------------------


class _Res:
    __slots__ = ("anchor", "end", "start", "type", "value")

    def __init__(
        self, type_: str, value: str, rng: Range | None = None, anchor: str = "absolute"
    ) -> None:
        self.type = type_
        self.value = value
        self.start = rng[0] if rng else None
        self.end = rng[1] if rng else None
        self.anchor = anchor


def _resolve_date(spec: Spec) -> _Res | None:
    y = spec.year
    if y is None:
        return None
    if spec.day is not None and spec.month is not None:
        d = safe_date(y, spec.month, spec.day)
        return _Res("DATE", fmt_day(d), (d, d)) if d else None
    if spec.season is not None:
        return _Res("DATE", f"{y:04d}-{spec.season}", season_range(y, spec.season))
    if spec.part is not None:
        if spec.unit == "half":
            return _Res("DATE", f"{y:04d}-H{spec.part}", half_range(y, spec.part))
        return _Res("DATE", f"{y:04d}-Q{spec.part}", quarter_range(y, spec.part))
    if spec.month is not None:
        return _Res("DATE", fmt_month(y, spec.month), month_range(y, spec.month))
    return _Res("DATE", f"{y:04d}", year_range(y))


def _yearly(
    dct: dt.date, direction: Direction, make: Callable[[int], Range | None]
) -> tuple[int, Range] | None:
    cands = yearly_candidates(dct, make)
    i = pick_occurrence([iv for _, iv in cands], dct, direction)
    return None if i is None else cands[i]


def _holiday_date(name: str, year: int) -> dt.date | None:
    if name in FIXED_HOLIDAYS:
        m, d = FIXED_HOLIDAYS[name]
        return safe_date(year, m, d)
    if name in NTH_WEEKDAY_HOLIDAYS:
        m, wd, n = NTH_WEEKDAY_HOLIDAYS[name]
        return nth_weekday(year, m, wd, n)
    if name in DAY_AFTER_NTH_WEEKDAY_HOLIDAYS:
        m, wd, n = DAY_AFTER_NTH_WEEKDAY_HOLIDAYS[name]
        first = nth_weekday(year, m, wd, n)
        return add_days(first, 1) if first else None
    if name in EASTER_HOLIDAYS:
        e = easter(year)
        return add_days(e, EASTER_HOLIDAYS[name]) if e else None
    return None


def _day_range(d: dt.date | None) -> Range | None:
    return (d, d) if d else None


def _resolve_rel(spec: Spec, dct: dt.date | None) -> _Res | None:
    unit, off = spec.unit, spec.offset or 0
    pub = "publication"
    if dct is None:
        under = {
            "day": "XXXX-XX-XX",
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "quarter": "XXXX-QX",
            "year": "XXXX",
            "school_year": "XXXX",
            "decade": "XXX",
            "century": "XX",
        }.get(unit or "")
        return _Res("DATE", under, None, pub) if under else None
    if unit == "day":
        d = add_days(dct, off)
        return _Res("DATE", fmt_day(d), (d, d), pub) if d else None
    if unit in ("week", "weekend"):
        d = add_days(dct, 7 * off)
        if d is None:
            return None
        if unit == "week":
            return _Res("DATE", fmt_week(d), week_range(d), pub)
        sat = add_days(d, 5 - d.weekday())
        sun = add_days(d, 6 - d.weekday())
        return _Res("DATE", fmt_week(d) + "-WE", (sat, sun) if sat and sun else None, pub)
    if unit == "month":
        y, m = shift_month(dct.year, dct.month, off)
        rng = month_range(y, m)
        return _Res("DATE", fmt_month(y, m), rng, pub) if rng else None
    if unit == "quarter":
        idx = dct.year * 4 + (dct.month - 1) // 3 + off
        y, q = idx // 4, idx % 4 + 1
        rng = quarter_range(y, q)
        return _Res("DATE", f"{y:04d}-Q{q}", rng, pub) if rng else None
    if unit == "year":
        y = dct.year + off
        rng = year_range(y)
        return _Res("DATE", f"{y:04d}", rng, pub) if rng else None
    if unit == "school_year":
        # a school year runs from the summer: named by the year it starts in
        y = (dct.year if dct.month >= 7 else dct.year - 1) + off
        a, b = safe_date(y, 7, 1), safe_date(y + 1, 6, 30)
        return _Res("DATE", f"{y:04d}", (a, b) if a and b else None, pub)
    if unit == "decade":
        d10 = dct.year // 10 + off
        rng = decade_range(d10)
        return _Res("DATE", f"{d10:03d}", rng, pub) if rng else None
    if unit == "century":
        c = dct.year // 100 + off
        rng = century_range(c)
        return _Res("DATE", f"{c:02d}", rng, pub) if rng else None
    return None


def _resolve_weekday(spec: Spec, dct: dt.date | None, tense: Tense) -> _Res | None:
    wd = spec.weekday
    if wd is None:
        return None
    if dct is None:
        return _Res("DATE", f"XXXX-WXX-{wd + 1}", None, "publication")
    back = (dct.weekday() - wd) % 7  # days back to the latest such day on/before DCT
    fwd = (wd - dct.weekday()) % 7
    if spec.offset == -1:
        delta = -(back or 7)
    elif spec.offset == 1:
        delta = fwd or 7
    elif spec.offset == 0:
        delta = wd - dct.weekday()
        if delta < 0 and _direction(tense, weekday=True) == "future":
            delta += 7  # "will meet this Monday", said on a Wednesday: the coming one
    else:
        direction = _direction(tense, weekday=True)
        if direction == "future":
            delta = fwd
        elif direction == "past":
            delta = -back
        else:
            delta = -back if back <= fwd else fwd
    d = add_days(dct, delta)
    return _Res("DATE", fmt_day(d), (d, d), "publication") if d else None


def _resolve_edge(spec: Spec, dct: dt.date | None, tense: Tense) -> _Res | None:
    """ "the end of the year": this year's, unless the tense says that end is already
    past ("peaked by the end of the year" in March = last year's) or still to come."""
    if dct is None:
        return _resolve_rel(spec, None)
    direction = _direction(tense, cyclic=True)
    if tense in ("unknown", "perfect", "present"):
        direction = "nearest"
    cands: list[_Res] = []
    edges: list[Range] = []
    for off in (-1, 0, 1):
        r = _resolve_rel(dataclasses.replace(spec, offset=off), dct)
        if r is None or r.start is None or r.end is None:
            continue
        quarter = (r.end - r.start) // 4
        if spec.mod == "START":
            edge = (r.start, r.start + quarter)
        elif spec.mod == "END":
            edge = (r.end - quarter, r.end)
        else:
            mid = r.start + (r.end - r.start) // 2
            edge = (mid - quarter // 2, mid + quarter // 2)
        cands.append(r)
        edges.append(edge)
    if not cands:
        return None
    if direction == "nearest":
        return cands[1] if len(cands) == 3 else cands[0]
    i = pick_occurrence(edges, dct, direction)
    return None if i is None else cands[i]


def _resolve_weekend(dct: dt.date | None, tense: Tense, ahead: bool = False) -> _Res | None:
    """ "over the weekend": the latest weekend in news past tense, else the next one.
    ``ahead`` ("another weekend of chaos", "Have a great weekend!"): the next one
    unless the clause is past."""
    if dct is None:
        return _Res("DATE", "XXXX-WXX-WE", None, "publication")
    wd = dct.weekday()
    forward = ahead and tense not in ("past", "perfect")
    if (
        wd >= 5 or forward or _direction(tense, weekday=True) == "future"
    ):  # the DCT is itself in a weekend
        sat = add_days(dct, 5 - wd)
    else:
        sat = add_days(dct, -(wd + 2))
    sun = add_days(sat, 1) if sat else None
    if sat is None or sun is None:
        return None
    return _Res("DATE", fmt_week(sat) + "-WE", (sat, sun), "publication")


def _resolve_overnight(dct: dt.date | None, tense: Tense) -> _Res | None:
    """The night that ends on the DCT morning in a past-tense report, else the coming one."""
    if dct is None:
        return _Res("DATE", "XXXX-XX-XX", None, "publication")
    d = dct if _direction(tense, weekday=True) == "future" else add_days(dct, -1)
    return _Res("DATE", fmt_day(d), (d, d), "publication") if d else None


def _resolve_month(spec: Spec, dct: dt.date | None, tense: Tense) -> _Res | None:
    mo = spec.month
    if mo is None:
        return None
    if dct is None:
        return _Res("DATE", f"XXXX-{mo:02d}", None, "publication")
    if spec.unit == "year" and spec.offset is not None:
        y = dct.year + spec.offset  # "January this year", "March last year"
    elif spec.offset == 0:
        y = dct.year
    elif spec.offset == -1:
        y = dct.year if mo < dct.month else dct.year - 1
    elif spec.offset == 1:
        y = dct.year if mo > dct.month else dct.year + 1
    else:
        pick = _yearly(dct, _direction(tense, cyclic=True), lambda yy: month_range(yy, mo))
        if pick is None:
            return None
        y = pick[0]
    return _Res("DATE", fmt_month(y, mo), month_range(y, mo), "publication")


def _resolve_season(spec: Spec, dct: dt.date | None, tense: Tense) -> _Res | None:
    s = spec.season
    if s is None:
        return None
    if dct is None:
        return _Res("DATE", f"XXXX-{s}", None, "publication")
    cur_y, cur_s = season_of(dct)
    cur = season_index(cur_y, cur_s)
    same_year = season_index(dct.year if s != "WI" or dct.month == 12 else dct.year - 1, s)
    if spec.offset == -1:
        idx = same_year if same_year < cur else same_year - 4
    elif spec.offset == 1:
        idx = same_year if same_year > cur else same_year + 4
    else:
        cands = [same_year - 4, same_year, same_year + 4]
        ivs: list[Range] = []
        for c in cands:
            iv = season_range(*season_from_index(c))
            if iv is None:
                return None
            ivs.append(iv)
        # "this winter" said in November is the coming one: the nearest occurrence
        direction = "nearest" if spec.offset == 0 else _direction(tense, cyclic=True)
        i = pick_occurrence(ivs, dct, direction)
        if i is None:
            return None
        idx = cands[i]
    y, ss = season_from_index(idx)
    return _Res("DATE", f"{y:04d}-{ss}", season_range(y, ss), "publication")


# How far after the DCT a yearless day in a past-tense clause may lie (days).
_PAST_TENSE_REACH_AHEAD = 31


def _resolve_yearless_day(
    dct: dt.date | None,
    tense: Tense,
    make: Callable[[int], dt.date | None],
    under: str,
    *,
    written: bool = False,
) -> _Res | None:
    if dct is None:
        return _Res("DATE", under, None, "publication")
    direction = _direction(tense)
    pick = _yearly(dct, direction, lambda y: _day_range(make(y)))
    if pick is None:
        return None
    d = pick[1][0]
    if direction == "past" and written:
        # A past-tense clause may speak of a day still ahead ("the launch was moved
        # from April 18 to April 12" in a story of April 1): a yearless day within a
        # month after the DCT is that day, not the one eleven months back.
        ahead = _yearly(dct, "future", lambda y: _day_range(make(y)))
        if ahead is not None and 0 < (ahead[1][0] - dct).days <= _PAST_TENSE_REACH_AHEAD:
            d = ahead[1][0]
    return _Res("DATE", fmt_day(d), (d, d), "publication")


def _resolve_quarter(spec: Spec, dct: dt.date | None, tense: Tense) -> _Res | None:
    part, half = spec.part or 1, spec.unit == "half"
    label = f"H{part}" if half else f"Q{part}"

    def make(y: int) -> Range | None:
        return half_range(y, part) if half else quarter_range(y, part)

    if dct is None:
        return _Res("DATE", f"XXXX-{label}", None, "publication")
    if spec.offset is not None:
        y = dct.year + spec.offset
    else:
        pick = _yearly(dct, _direction(tense, cyclic=True), make)
        if pick is None:
            return None
        y = pick[0]
    return _Res("DATE", f"{y:04d}-{label}", make(y), "publication")


def _resolve(spec: Spec, dct: dt.date | None, text: str, doc: Doc | None) -> _Res | None:
    k = spec.kind
    if k == "date":
        return _resolve_date(spec)
    if k == "duration":
        return _Res(
            "DURATION", spec.value or "PX", None, "publication" if spec.anchored else "absolute"
        )
    if k == "set":
        return _Res("SET", spec.value or "PX", None, "absolute")
    if k == "ref":
        value = spec.value or "PRESENT_REF"
        rng = (dct, dct) if dct is not None and value == "PRESENT_REF" else None
        return _Res("DATE", value, rng, "publication")
    if k == "interval":
        y, a, b = spec.year, spec.month, spec.month2
        if y is None or a is None or b is None:
            return None
        ra, rb = month_range(y, a), month_range(y, b)
        rng = (ra[0], rb[1]) if ra and rb else None
        return _Res("DATE", f"{fmt_month(y, a)}/{fmt_month(y, b)}", rng, "absolute")
    if k == "decade" and spec.year is not None:
        return _Res("DATE", f"{spec.year:03d}", decade_range(spec.year))
    if k == "century" and spec.year is not None:
        return _Res("DATE", f"{spec.year:02d}", century_range(spec.year))
    if k == "rel":
        return _resolve_rel(spec, dct)
    if k == "week_of" and spec.base is not None:
        day = _resolve(
            dataclasses.replace(spec.base, start=spec.start, end=spec.end), dct, text, doc
        )
        if day is None:
            return None
        if day.start is None or day.start != day.end:
            # no DCT for a yearless day: the week stays underspecified
            return _Res("DATE", "XXXX-WXX", None, "publication") if dct is None else None
        return _Res("DATE", fmt_week(day.start), week_range(day.start), day.anchor)
    if k == "time":
        return _resolve_time(spec, dct, text, doc)
    tense = _tense_for(text, spec, doc)
    if k == "weekday":
        return _resolve_weekday(spec, dct, tense)
    if k == "weekend":
        return _resolve_weekend(dct, tense, ahead=spec.offset == 1)
    if k == "overnight":
        return _resolve_overnight(dct, tense)
    if k == "edge":
        if tense == "past" and doc is not None and _on_a_noun(doc, spec.start, spec.end):
            # "the forecast for the end of the year was unchanged": the end the noun
            # is about, not one before the past verb
            tense = "present"
        return _resolve_edge(spec, dct, tense)
    if k == "month":
        if tense == "present" and spec.offset is None and _habitual(text, spec.start, spec.end):
            # "flu activity often peaks in January": any year's January
            return _Res("DATE", f"XXXX-{spec.month:02d}", None, "publication")
        if (
            tense == "past"
            and spec.offset is None
            and spec.month is not None
            and dct is not None
            and 0 < (spec.month - dct.month) % 12 <= _NOUN_MONTH_AHEAD
            and doc is not None
            and _on_a_noun(doc, spec.start, spec.end)
        ):
            # "the likelihood of a rate hike in November jumped" (September): a month
            # that dates a noun, just ahead, is that coming month whatever the verb's tense
            tense = "future"
        return _resolve_month(spec, dct, tense)
    if k == "season":
        return _resolve_season(spec, dct, tense)
    if k == "quarter":
        return _resolve_quarter(spec, dct, tense)
    if k == "md" and spec.month is not None and spec.day is not None:
        mo, dd = spec.month, spec.day
        if safe_date(2000, mo, dd) is None:  # 2000 is a leap year: Feb 29 is fine
            return None
        return _resolve_yearless_day(
            dct, tense, lambda y: safe_date(y, mo, dd), f"XXXX-{mo:02d}-{dd:02d}", written=True
        )
    if k == "holiday" and spec.name is not None:
        name = spec.name
        if spec.year is not None:
            d = _holiday_date(name, spec.year)
            return _Res("DATE", fmt_day(d), (d, d)) if d else None
        return _resolve_yearless_day(dct, tense, lambda y: _holiday_date(name, y), "XXXX-XX-XX")
    return None


def _resolve_time(spec: Spec, dct: dt.date | None, text: str, doc: Doc | None) -> _Res | None:
    tod = spec.tod or ""
    if spec.floating:
        return _Res("TIME", "XXXX-XX-XX" + tod + _zone_suffix(spec, None), None, "absolute")
    base = spec.base or Spec("rel", spec.start, spec.end, unit="day", offset=0)
    # tense and preposition cues belong to the whole expression ("until 15:00 GMT Saturday")
    base = dataclasses.replace(base, start=spec.start, end=spec.end)
    r = _resolve(base, dct, text, doc)
    if r is None or r.type != "DATE":
        return _Res("TIME", "XXXX-XX-XX" + tod + _zone_suffix(spec, None), None, "publication")
    if not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", r.value):
        return _Res("TIME", "XXXX-XX-XX" + tod + _zone_suffix(spec, None), None, r.anchor)
    rng = (r.start, r.end) if r.start and r.end else None
    return _Res("TIME", r.value + tod + _zone_suffix(spec, r.start), rng, r.anchor)


def _zone_suffix(spec: Spec, day: dt.date | None) -> str:
    """ISO 8601 zone of a clock time ("Z", "-04:00"); "" for a part of day ("TMO"),
    a time stated local or without a zone, or a daylight-saving zone on an unknown day."""
    if not spec.zone or not spec.tod or ":" not in spec.tod:
        return ""
    return offset_on(spec.zone, day) or ""


# "All times GMT", "(times are ET)", "All times in UTC": a live report's statement of
# the zone of every clock time it writes without one.
_DOC_ZONE = re.compile(
    r"\b(?i:all\s+times?|times?)\s+(?:(?i:are|in|shown\s+in|given\s+in)\s+)*"
    rf"(?P<z>{ZONE_DESIGNATOR_RE})(?![\w])"
)


def _doc_zone(text: str) -> str | None:
    m = _DOC_ZONE.search(text)
    return zone_target(m["z"]) if m else None


def _year_confirmed(spec: Spec, doc: Doc | None) -> bool:
    """A bare year followed by a plural noun ("2000 people") is kept only when the
    parse says the number does not count that noun."""
    if doc is None:
        return spec.weak_ok
    span = doc.char_span(spec.start, spec.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return spec.weak_ok
    tok = span[-1]
    if tok.ent_type_ in ("DATE", "EVENT", "LAW"):
        return True
    if tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
        return False
    return not (tok.dep_ == "nummod" and tok.head.tag_ == "NNS")


# A narrative anchor ("the next day") only counts from a date given shortly before:
# further away, the story has usually moved on to another time.
_NARRATIVE_REACH = 600


def _resolve_narrative(spec: Spec, last_day: tuple[int, dt.date, str] | None) -> _Res | None:
    if last_day is None or spec.start - last_day[0] > _NARRATIVE_REACH:
        return None  # nothing to count from: leave it out rather than guess
    d = add_days(last_day[1], spec.offset or 0)
    return _Res("DATE", fmt_day(d), (d, d), last_day[2]) if d else None


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
# the direction word closing "two days earlier" (see grammar._i_narrative_shift)
_SHIFT_WORD = re.compile(r"\s+(?:earlier|later)$")


def _resolve_narrative_quarter(
    spec: Spec, last_quarter: tuple[int, int] | None, dct: dt.date | None
) -> _Res | None:
    """ "for the quarter", "the year-ago quarter": counted from the quarter the text
    last named (a results story names the one it reports, in its own fiscal numbering).
    Without one, a year-earlier quarter is that of the last completed quarter and a
    bare "the quarter" is left out."""
    off = spec.offset or 0
    if last_quarter is None:
        if off == 0:
            return None
        return _resolve_rel(dataclasses.replace(spec, kind="rel", offset=off - 1), dct)
    idx = last_quarter[0] * 4 + last_quarter[1] - 1 + off
    y, q = idx // 4, idx % 4 + 1
    return _Res("DATE", f"{y:04d}-Q{q}", quarter_range(y, q), "publication")


# A clock time written without a day belongs to the day the text gave just before
# (within about two sentences); further away it is the publication day's.
_CLOCK_DAY_REACH = 250


# Across a paragraph break only a day of the publication week carries over (a launch
# "Thursday" and its "1:13 p.m."), not a date of the story's history.
_CLOCK_DAY_WEEK = 7


def _clock_on_told_day(
    spec: Spec, last_day: tuple[int, dt.date, str] | None, text: str, dct: dt.date | None
) -> bool:
    """Within the same paragraph, or in a sentence of the next one ("targeting Thursday
    for its next launch. / A rocket is slated to launch at 1:13 p.m."); not a live
    report's time heading ("2 p.m." at the start of a line), which opens a new entry
    on the publication day whatever the last entry mentioned."""
    return (
        spec.kind == "time"
        and spec.base is None
        and not spec.floating
        and last_day is not None
        and 0 <= spec.start - last_day[0] <= _CLOCK_DAY_REACH
        and (
            "\n" not in text[last_day[0] : spec.start]
            or (
                not _at_line_start(text, spec.start)
                and dct is not None
                and abs((last_day[1] - dct).days) <= _CLOCK_DAY_WEEK
            )
        )
    )


# How far back (characters) a told day still sets the night of a bare "overnight".
_OVERNIGHT_REACH = 250


def _overnight_after_told_day(
    spec: Spec, last_day: tuple[int, dt.date, str] | None, dct: dt.date | None
) -> bool:
    return (
        spec.kind == "time"
        and spec.base is not None
        and spec.base.kind == "overnight"
        and last_day is not None
        and dct is not None
        and last_day[1] > dct
        and spec.start - last_day[0] <= _OVERNIGHT_REACH
    )


def _narrative_time(
    spec: Spec, last_day: tuple[int, dt.date, str] | None, dct: dt.date | None = None
) -> _Res | None:
    base = spec.base or Spec("narrative", spec.start, spec.end)
    day = _resolve_narrative(dataclasses.replace(base, start=spec.start), last_day)
    if day is None and base.dct_fallback and dct is not None:
        day = _Res("DATE", fmt_day(dct), (dct, dct), "publication")
    if day is None or day.start is None:
        return None
    value = day.value + (spec.tod or "") + _zone_suffix(spec, day.start)
    return _Res("TIME", value, (day.start, day.start), day.anchor)


# ---- entry point ----------------------------------------------------------------------


def extract_timexes(
    text: str,
    *,
    published_date: dt.date | None,
    doc: Doc | None = None,
    doc_text: str | None = None,
) -> tuple[TimexRecord, ...]:
    """Every time expression in ``text``, normalized against ``published_date``.

    ``doc`` (the spaCy parse of exactly ``text``) sharpens the tense used to place
    yearless dates and weekdays; it is ignored when its text differs. A caller
    that already has ``doc.text`` passes it as ``doc_text`` (Doc.text is rebuilt
    from every token on each access).
    """
    if not text:
        return ()
    if doc is not None and (doc.text if doc_text is None else doc_text) != text:
        doc = None
    specs = _merge_times(_propagate_years(_select(_candidates(text)), text), text)
    specs = _fiscal_quarters(_yearly_sets(specs, text), text)
    specs = _coordinated_pods(_merge_week_of(specs, text), text)
    specs = _coordinated_times(specs, text)
    specs = [s for s in specs if not s.count_like or _year_confirmed(s, doc)]
    if any(s.kind == "time" and s.zone is None and ":" in (s.tod or "") for s in specs):
        doc_zone = _doc_zone(text)
        if doc_zone is not None:
            specs = [
                dataclasses.replace(s, zone=doc_zone) if s.kind == "time" and s.zone is None else s
                for s in specs
            ]
    out: list[TimexRecord] = []
    last_day: tuple[int, dt.date, str] | None = None  # (end offset, day, anchor)
    last_quarter: tuple[int, int] | None = None  # (year, quarter) the text last gave
    for spec in specs:
        if spec.kind == "narrative_quarter":
            res = _resolve_narrative_quarter(spec, last_quarter, published_date)
        elif spec.kind == "narrative":
            res = _resolve_narrative(spec, last_day)
            shift = _SHIFT_WORD.search(text, spec.start, spec.end)
            if res is None and spec.value and shift is not None:
                # "He resigned two days earlier." with no day before it: the length
                res = _Res("DURATION", spec.value, None, "absolute")
                spec = dataclasses.replace(spec, kind="duration", end=shift.start())
        elif spec.kind == "time" and spec.base is not None and spec.base.kind == "narrative":
            res = _narrative_time(spec, last_day, published_date)
        elif _overnight_after_told_day(spec, last_day, published_date):
            # a forecast: "... the evening Saturday. Expect rain overnight": the night
            # of the coming day the text just gave, not the DCT's
            res = _narrative_time(dataclasses.replace(spec, base=Spec("narrative", 0, 0)), last_day)
        elif _clock_on_told_day(spec, last_day, text, published_date):
            # "On July 4 the river rose ... at 4.22am": the day the text just gave
            res = _narrative_time(dataclasses.replace(spec, base=Spec("narrative", 0, 0)), last_day)
        else:
            res = _resolve(spec, published_date, text, doc)
        if res is None:
            continue
        mq = _QUARTER_VALUE.fullmatch(res.value)
        # a quarter the text names ("second-quarter", "the latest quarter"), not a
        # year-earlier comparison ("the same quarter last year") nor an anaphor
        if mq and (
            spec.kind in ("quarter", "date") or (spec.kind == "rel" and (spec.offset or 0) >= -1)
        ):
            last_quarter = (int(mq[1]), int(mq[2]))
        overnight = spec.base is not None and spec.base.kind == "overnight"
        if (
            res.start is not None
            and res.start == res.end
            and res.type in ("DATE", "TIME")
            and not overnight  # a night spans two days: no anchor for "the morning"
        ):
            last_day = (spec.end, res.start, res.anchor)
        ds, de = res.start, res.end
        if ds is None or de is None or ds > de:
            ds = de = None
        out.append(
            TimexRecord(
                n=len(out) + 1,
                text=text[spec.start : spec.end],
                char_start=spec.start,
                char_end=spec.end,
                type=res.type,
                value=res.value,
                date_start=ds,
                date_end=de,
                anchor=res.anchor,
            )
        )
    return tuple(out)
