"""Time zones of clock times: "14:00 GMT" -> ``Z``, "9 a.m. ET" -> ``-04:00`` (in summer).

TIMEX3 writes a clock time's zone as an ISO 8601 suffix of its value:
``2025-10-17T14:00Z`` for UTC, ``2025-10-14T20:00-04:00`` for an offset. A zone is
known from a designator after the time (``data/zone_designators.json``: GMT, EST, CET,
"Eastern Time" ...), a written offset ("UTC+3", "GMT-5", "+03:00"), or a place
("Moscow time": the tz database's own zone names, plus ``data/zone_places.json``).
Generic names that follow daylight saving time (ET, PT, "Kyiv time") take the
offset in force at noon of the day the time is on; without a known day they give
no suffix rather than a guess. "local time" gives none either.

Offsets come from the ``tzdata`` package (the IANA database, pinned by the lock
file) rather than the machine's zoneinfo, so the same text gives the same value
everywhere. Everything is pure: packaged data is read once and cached.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from zoneinfo import ZoneInfo

from transforms import lexicon

_OFFSET = re.compile(r"[+-](?:0\d|1[0-4]):[0-5]\d")
# "UTC+3", "GMT -05:00", "UTC+5:30", "+03:00" as written after a time
_WRITTEN_OFFSET = re.compile(
    r"(?:(?:UTC|GMT)\s?)?(?P<sign>[+-−])\s?(?P<h>0?\d|1[0-4])(?::?(?P<m>[0-5]\d))?"
)


def _data(name: str) -> dict[str, str]:
    out: dict[str, str] = lexicon.load("transforms.timex", f"{name}.json")
    return out


@functools.cache
def designators() -> dict[str, str]:
    """Designator as written -> ``Z``, a fixed ``±hh:mm`` or an IANA zone name."""
    return _data("zone_designators")


@functools.cache
def _tz_names() -> frozenset[str]:
    text = resources.files("tzdata").joinpath("zones").read_text("utf-8")
    return frozenset(text.split())


@functools.cache
def place_zones() -> dict[str, str]:
    """Place as written in "<place> time" -> IANA zone: the tz database's zone names
    by their last part ("New York"), then the listed capitals and countries."""
    out: dict[str, str] = {}
    for key in sorted(_tz_names()):
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "US/")):
            continue
        out.setdefault(key.rsplit("/", 1)[1].replace("_", " "), key)
    out.update(_data("zone_places"))
    return out


@functools.cache
def _zone(key: str) -> ZoneInfo | None:
    if key not in _tz_names():
        return None
    with resources.files("tzdata.zoneinfo").joinpath(key).open("rb") as fh:
        return ZoneInfo.from_file(fh, key=key)


def _fmt(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def offset_on(target: str, day: dt.date | None) -> str | None:
    """The suffix for a designator's target (``Z``, ``±hh:mm`` or an IANA zone) on ``day``."""
    if target == "Z" or _OFFSET.fullmatch(target):
        return "Z" if target in ("Z", "+00:00", "-00:00") else target
    if day is None:
        return None  # a zone with daylight saving time needs the day
    tz = _zone(target)
    if tz is None:
        return None
    off = dt.datetime(day.year, day.month, day.day, 12, tzinfo=tz).utcoffset()
    if off is None:
        return None
    return _fmt(int(off.total_seconds()) // 60)


def written_offset(text: str) -> str | None:
    """ "UTC+3" -> ``+03:00``, "GMT-05:30" -> ``-05:30``; None when not an offset."""
    m = _WRITTEN_OFFSET.fullmatch(text.strip())
    if m is None:
        return None
    minutes = int(m["h"]) * 60 + int(m["m"] or 0)
    if minutes > 14 * 60:
        return None
    return _fmt(-minutes if m["sign"] in "-−" else minutes)


def zone_target(zone: str) -> str | None:
    """What a zone as matched after a clock time stands for: a designator, a written
    offset, or "<place> time"; None when unknown (the caller leaves it out of the span)."""
    z = re.sub(r"\s+", " ", zone.strip())
    if z in designators():
        return designators()[z]
    off = written_offset(z)
    if off is not None:
        return off
    if z.endswith(" time"):
        return place_zones().get(z[: -len(" time")])
    return None
