"""Calendar arithmetic for TIMEX3 values: granularities, intervals, ISO weeks.

Everything here is pure and total: functions return ``None`` instead of raising
when a date does not exist (Feb. 30) or falls outside ``datetime.date``'s range,
so that odd text can never crash a pipeline run.

Season convention (documented in docs and tests): meteorological seasons of the
northern hemisphere, named by the year in which they *start*:
``YYYY-SP`` = Mar 1..May 31, ``YYYY-SU`` = Jun 1..Aug 31, ``YYYY-FA`` = Sep 1..Nov 30,
``YYYY-WI`` = Dec 1 YYYY..end of Feb YYYY+1.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Literal

Direction = Literal["past", "future", "nearest"]

SEASONS: tuple[str, ...] = ("SP", "SU", "FA", "WI")
# First month of each season (meteorological).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

MIN_YEAR = 1
MAX_YEAR = 9998  # leaves room for +1 year arithmetic


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def add_days(d: dt.date, n: int) -> dt.date | None:
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


# ---- formatting -------------------------------------------------------------


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# ---- intervals a DATE value covers -----------------------------------------


def year_range(year: int) -> tuple[dt.date, dt.date] | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    start = safe_date(year, month, 1)
    if start is None:
        return None
    return start, month_end(year, month)


def week_range(d: dt.date) -> tuple[dt.date, dt.date] | None:
    monday = add_days(d, -d.weekday())
    sunday = add_days(d, 6 - d.weekday())
    if monday is None or sunday is None:
        return None
    return monday, sunday


def quarter_range(year: int, q: int) -> tuple[dt.date, dt.date] | None:
    if not 1 <= q <= 4:
        return None
    start = safe_date(year, 3 * q - 2, 1)
    if start is None:
        return None
    return start, month_end(year, 3 * q)


def half_range(year: int, h: int) -> tuple[dt.date, dt.date] | None:
    if h not in (1, 2):
        return None
    start = safe_date(year, 6 * h - 5, 1)
    if start is None:
        return None
    return start, month_end(year, 6 * h)


def season_range(year: int, season: str) -> tuple[dt.date, dt.date] | None:
    m = SEASON_START_MONTH.get(season)
    if m is None:
        return None
    start = safe_date(year, m, 1)
    if start is None:
        return None
    ey, em = shift_month(year, m, 2)
    if not MIN_YEAR <= ey <= MAX_YEAR:
        return None
    return start, month_end(ey, em)


def season_of(d: dt.date) -> tuple[int, str]:
    """The (start year, season) containing ``d``; Jan/Feb belong to last year's WI."""
    if d.month in (12, 1, 2):
        return (d.year if d.month == 12 else d.year - 1), "WI"
    return d.year, SEASONS[(d.month - 3) // 3]


def season_index(year: int, season: str) -> int:
    return year * 4 + SEASONS.index(season)


def season_from_index(idx: int) -> tuple[int, str]:
    return idx // 4, SEASONS[idx % 4]


def decade_range(decade: int) -> tuple[dt.date, dt.date] | None:
    """``decade`` is the TIMEX3 three-digit prefix: 199 -> 1990..1999."""
    a, b = year_range(decade * 10), year_range(decade * 10 + 9)
    if a is None or b is None:
        return None
    return a[0], b[1]


def century_range(century: int) -> tuple[dt.date, dt.date] | None:
    """``century`` is the TIMEX3 two-digit prefix: 19 -> 1900..1999."""
    a, b = year_range(max(century * 100, MIN_YEAR)), year_range(century * 100 + 99)
    if a is None or b is None:
        return None
    return a[0], b[1]


# ---- choosing the occurrence of a yearless / cyclic expression -------------


def pick_occurrence(
    candidates: list[tuple[dt.date, dt.date]],
    dct: dt.date,
    direction: Direction,
) -> int | None:
    """Index of the occurrence (as intervals, in time order) the text means.

    ``past``: the latest one that has started on or before the DCT;
    ``future``: the earliest one that has not ended before the DCT;
    ``nearest``: the one whose interval is closest to the DCT (ties go to the past,
    the commoner reading in news).
    """
    if not candidates:
        return None
    if direction == "past":
        best = None
        for i, (s, _e) in enumerate(candidates):
            if s <= dct:
                best = i
        return best if best is not None else 0
    if direction == "future":
        for i, (_s, e) in enumerate(candidates):
            if e >= dct:
                return i
        return len(candidates) - 1

    def dist(iv: tuple[dt.date, dt.date]) -> tuple[int, int]:
        s, e = iv
        if s <= dct <= e:
            return 0, 0
        if e < dct:
            return (dct - e).days, 0
        return (s - dct).days, 1

    return min(range(len(candidates)), key=lambda i: dist(candidates[i]))


def yearly_candidates(
    dct: dt.date, make: Callable[[int], tuple[dt.date, dt.date] | None]
) -> list[tuple[int, tuple[dt.date, dt.date]]]:
    """``make(year)`` for the years around the DCT, skipping impossible ones."""
    out: list[tuple[int, tuple[dt.date, dt.date]]] = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        iv = make(y)
        if iv is not None:
            out.append((y, iv))
    return out


def easter(year: int) -> dt.date | None:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return safe_date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (1-based; -1 = last) ``weekday`` (Mon=0) of a month."""
    if safe_date(year, month, 1) is None:
        return None
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return safe_date(year, month, 1 + offset + 7 * (n - 1))
    last = month_end(year, month)
    offset = (last.weekday() - weekday) % 7
    return safe_date(year, month, last.day - offset)
