"""Time expressions in Russian and Ukrainian text, normalized to TIMEX3.

Rules over the calendar vocabulary in ``data/ru_uk_calendar.json``: dates
("6 ноября", "23-24 января", "у квітні 2023 року"), months and years with or
without a relative word ("в сентябре этого года", "минулого року"), weekdays
("во вторник", "в минувшее воскресенье"), deictic days ("вчера", "накануне",
"напередодні"), weeks and weekends ("на прошлой неделе", "наступного тижня", "на
вихідних"), nights ("цієї ночі"), "now" words and vague durations ("несколько
месяцев" = PXM). Relative expressions are resolved against the publication
date with the helpers of ``transforms.timex.dates``; a day and month without a
year take the occurrence nearest the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from contract.records import TimexRecord
from transforms import lexicon
from transforms.timex.dates import (
    add_days,
    fmt_day,
    fmt_month,
    fmt_week,
    month_range,
    safe_date,
    shift_month,
    week_range,
    year_range,
)

# Half a year either side: a "6 ноября" without a year is the nearest 6 November.
_NEAREST_WINDOW_DAYS = 183


@cache
def _cal() -> dict[str, Any]:
    data: dict[str, Any] = lexicon.load("transforms.timex", "ru_uk_calendar.json")
    return data


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    anchor: str


def _alt(pairs: list[list[Any]]) -> str:
    return "|".join(f"(?:{p})" for p, _ in pairs)


def _lookup(pairs: list[list[Any]], word: str) -> Any:
    for p, v in pairs:
        if re.fullmatch(f"(?:{p})\\w*", word.rstrip("."), re.IGNORECASE):
            return v
    return None


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    c = _cal()
    month = rf"(?:{_alt(c['months'])})\w*"
    wd = rf"(?:{_alt(c['weekdays'])})"
    yr = rf"(?:{c['year']})"
    rel = rf"(?:(?P<past>{c['past']})|(?P<this>{c['this']})|(?P<next>{c['next']}))"
    days = _alt(c["days"])
    pre = r"(?:(?:в|во|у|на)\s+)?"
    b = r"(?<![\w-])"
    e = r"(?![\w-])"
    return [
        (
            "day",
            re.compile(
                rf"{b}(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{month})(?:\s+(?P<y>\d{{4}})(?:\s*(?:года|г\.|року|р\.))?)?{e}",
                re.I,
            ),
        ),
        (
            "month_year",
            re.compile(
                rf"{b}{pre}(?P<mon>{month})\s+(?P<y>\d{{4}})(?:\s*(?:года|г\.|року|р\.))?{e}", re.I
            ),
        ),
        ("month_rel", re.compile(rf"{b}{pre}(?P<mon>{month})\s+{rel}\s+{yr}{e}", re.I)),
        (
            "year",
            re.compile(
                rf"{b}{pre}(?P<y>\d{{4}})(?:-?м)?\s+(?:году|року|році|год|рік|г\.|р\.){e}", re.I
            ),
        ),
        ("rel_year", re.compile(rf"{b}{pre}{rel}\s+{yr}{e}", re.I)),
        ("rel_month", re.compile(rf"{b}{pre}{rel}\s+(?:{c['month']}){e}", re.I)),
        ("rel_week", re.compile(rf"{b}{pre}{rel}\s+(?:{c['week']}){e}", re.I)),
        ("weekday", re.compile(rf"{b}(?:(?:в|во|у)\s+)?(?:{rel}\s+)?(?P<wd>{wd}){e}", re.I)),
        ("weekend", re.compile(rf"{b}(?:на\s+)?(?:{rel}\s+)?(?:{c['weekend']}){e}", re.I)),
        ("night", re.compile(rf"{b}(?:{rel}\s+)(?:{c['night']}){e}", re.I)),
        ("ago", re.compile(rf"{b}(?P<n>\d+|{c['few']})\s+(?P<unit>\w+)\s+(?:назад|тому){e}", re.I)),
        ("dur", re.compile(rf"{b}(?P<n>{c['few']})\s+(?P<unit>\w+){e}", re.I)),
        ("day_word", re.compile(rf"{b}(?:{days}){e}", re.I)),
        ("present", re.compile(rf"{b}(?:{c['present'][0]}){e}", re.I)),
    ]


def _nearest(month: int, day: int, dct: dt.date | None) -> tuple[str, dt.date | None]:
    if dct is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    best: dt.date | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = safe_date(y, month, day)
        if d is not None and (best is None or abs((d - dct).days) < abs((best - dct).days)):
            best = d
    if best is None or abs((best - dct).days) > _NEAREST_WINDOW_DAYS:
        best = safe_date(dct.year, month, day)
    return (fmt_day(best), best) if best else (f"XXXX-{month:02d}-{day:02d}", None)


def _shift(m: re.Match[str]) -> int:
    if m.groupdict().get("past"):
        return -1
    if m.groupdict().get("next"):
        return 1
    return 0


def _resolve(
    kind: str, m: re.Match[str], dct: dt.date | None, *, future: bool = False
) -> tuple[str, str, dt.date | None, dt.date | None, str] | None:
    """(type, value, date_start, date_end, anchor) or None when it cannot be normalized."""
    c = _cal()
    if kind == "day":
        mon = _lookup(c["months"], m.group("mon"))
        d1 = int(m.group("d1"))
        if m.group("y"):
            start = safe_date(int(m.group("y")), mon, d1)
            if start is None:
                return None
            value, base = fmt_day(start), start  # type: tuple[str, dt.date | None]
        else:
            value, base = _nearest(mon, d1, dct)
        if m.group("d2") and base is not None:
            end = safe_date(base.year, mon, int(m.group("d2")))
            if end is None or end < base:
                return None
            return "DATE", f"{value}/{fmt_day(end)}", base, end, "absolute"
        return "DATE", value, base, base, "absolute"
    if kind == "month_year":
        mon, y = _lookup(c["months"], m.group("mon")), int(m.group("y"))
        r = month_range(y, mon)
        return ("DATE", fmt_month(y, mon), r[0], r[1], "absolute") if r else None
    if kind == "year":
        y = int(m.group("y"))
        r = year_range(y)
        return ("DATE", f"{y:04d}", r[0], r[1], "absolute") if r else None
    if dct is None:
        return None
    if kind == "month_rel":
        mon = _lookup(c["months"], m.group("mon"))
        y = dct.year + _shift(m)
        r = month_range(y, mon)
        return ("DATE", fmt_month(y, mon), r[0], r[1], "publication") if r else None
    if kind == "rel_year":
        y = dct.year + _shift(m)
        r = year_range(y)
        return ("DATE", f"{y:04d}", r[0], r[1], "publication") if r else None
    if kind == "rel_month":
        y, mon = shift_month(dct.year, dct.month, _shift(m))
        r = month_range(y, mon)
        return ("DATE", fmt_month(y, mon), r[0], r[1], "publication") if r else None
    if kind == "rel_week":
        d = add_days(dct, 7 * _shift(m))
        r = week_range(d) if d else None
        return ("DATE", fmt_week(d), r[0], r[1], "publication") if d and r else None
    if kind == "weekday":
        wd = _lookup(c["weekdays"], m.group("wd"))
        shift = _shift(m)
        if shift > 0:
            delta = (wd - dct.weekday()) % 7 or 7
        elif shift == 0 and future:
            # A bare weekday with a verb in the future tense ("посетит Париж в
            # понедельник") is the coming one, as TIMEX3 resolves by tense.
            delta = (wd - dct.weekday()) % 7
        else:
            # News reports the recent past: the last such day up to publication.
            delta = -((dct.weekday() - wd) % 7)
            if shift < 0 and delta == 0:
                delta = -7
        d = add_days(dct, delta)
        return ("DATE", fmt_day(d), d, d, "publication") if d else None
    if kind == "weekend":
        shift = _shift(m)
        # The weekend before publication (or this one when published on it); next: the coming one.
        sat = add_days(
            dct, (5 - dct.weekday()) % 7 - (0 if shift > 0 else (7 if dct.weekday() < 5 else 0))
        )
        if sat is None:
            return None
        sun = add_days(sat, 1)
        return "DATE", fmt_week(sat) + "-WE", sat, sun, "publication"
    if kind == "night":
        d = add_days(dct, -1 if _shift(m) <= 0 else 0)
        return ("TIME", fmt_day(d) + "TNI", None, None, "publication") if d else None
    if kind in ("ago", "dur"):
        unit = _lookup(c["units"], m.group("unit"))
        if unit is None:
            return None
        n_text = m.group("n")
        few = not n_text.isdigit()
        if kind == "dur":
            if unit == "H":
                return "DURATION", "PTXH", None, None, "publication"
            return "DURATION", f"PX{unit}", None, None, "publication"
        n = 2 if few else int(n_text)
        if unit in ("H",):
            return "DATE", fmt_day(dct), dct, dct, "publication"
        days = {"D": 1, "W": 7, "M": 30, "Y": 365}[unit] * n
        d = add_days(dct, -days)
        if d is None:
            return None
        if unit == "D":
            return "DATE", fmt_day(d), d, d, "publication"
        if unit == "W":
            r = week_range(d)
            return ("DATE", fmt_week(d), r[0], r[1], "publication") if r else None
        if unit == "M":
            r = month_range(d.year, d.month)
            return ("DATE", fmt_month(d.year, d.month), r[0], r[1], "publication") if r else None
        r = year_range(d.year)
        return ("DATE", f"{d.year:04d}", r[0], r[1], "publication") if r else None
    if kind == "day_word":
        off = _lookup(c["days"], m.group(0).lower())
        d = add_days(dct, int(off))
        return ("DATE", fmt_day(d), d, d, "publication") if d else None
    if kind == "present":
        return "DATE", fmt_day(dct), dct, dct, "publication"
    return None


def _hits(text: str, dct: dt.date | None, future_at: Callable[[int], bool]) -> Iterator[_Hit]:
    for kind, pat in _patterns():
        for m in pat.finditer(text):
            res = _resolve(kind, m, dct, future=kind == "weekday" and future_at(m.start()))
            if res is None:
                continue
            t, value, ds, de, anchor = res
            yield _Hit(m.start(), m.end(), t, value, ds, de, anchor)


def _never(_: int) -> bool:
    return False


def extract_timexes(
    text: str,
    *,
    published_date: dt.date | None,
    future_at: Callable[[int], bool] = _never,
) -> tuple[TimexRecord, ...]:
    """Normalized time expressions of a Russian or Ukrainian body, in text order.

    Patterns are tried most specific first; a later match overlapping an earlier
    one is dropped, so "в апреле 2025 года" is one month, not a month and a year.
    ``future_at(offset)`` tells whether the clause at a character offset speaks
    of the future (from the morphology); it decides which week a bare weekday is in.
    """
    chosen: list[_Hit] = []
    for h in _hits(text, published_date, future_at):
        if any(h.start < c.end and c.start < h.end for c in chosen):
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: (h.start, h.end))
    return tuple(
        TimexRecord(
            n=i,
            text=text[h.start : h.end],
            char_start=h.start,
            char_end=h.end,
            type=h.type,
            value=h.value,
            date_start=h.date_start,
            date_end=h.date_end,
            anchor=h.anchor,
        )
        for i, h in enumerate(chosen, start=1)
    )
