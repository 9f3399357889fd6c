"""ArticleExtraction <-> JSON, for the extraction cache.

The cache lets a run skip every article whose bytes, metadata and extractor
version are unchanged; JSON keeps it readable and independent of pickle.

Records are turned into dicts field by field rather than with
``dataclasses.asdict``, which deep-copies every value recursively and cost as
much as a quarter of the extractors' time. The JSON is the same: every field
holds a JSON value, a tuple (written as a list, as asdict's tuples were) or a
date (``_default``); a nested dataclass would fail loudly in ``_default``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from contract.records import (
    ArticleExtraction,
    EventRecord,
    MentionRecord,
    PreparedArticle,
    QuoteRecord,
    SourceRecord,
    TimexRecord,
)


def _default(obj: object) -> Any:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot serialize {type(obj).__name__}")


_FIELDS: dict[type, tuple[str, ...]] = {}
_RECORD_LISTS = ("mentions", "quotes", "sources", "timexes", "events")


def _record(obj: Any) -> dict[str, Any]:
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj))
    return {name: getattr(obj, name) for name in names}


def to_payload(ex: ArticleExtraction) -> str:
    d = _record(ex)
    d["article"] = _record(ex.article)
    for name in _RECORD_LISTS:
        d[name] = [_record(r) for r in d[name]]
    return json.dumps(d, default=_default, sort_keys=True, ensure_ascii=False)


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _ref(v: Any) -> tuple[str, str] | None:
    return (str(v[0]), str(v[1])) if v else None


def from_payload(payload: str) -> ArticleExtraction:
    d = json.loads(payload)
    a = d["article"]
    article = PreparedArticle(
        **{
            **a,
            "authors": tuple(a["authors"]),
            "published_date": _date(a["published_date"]),
        }
    )
    mentions = tuple(
        MentionRecord(m["text"], m["char_start"], m["char_end"], _ref(m["entity"]) or ("", ""))
        for m in d["mentions"]
    )
    quotes = tuple(QuoteRecord(**q) for q in d["quotes"])
    sources = tuple(SourceRecord(**{**s, "entity": _ref(s["entity"])}) for s in d["sources"])
    timexes = tuple(
        TimexRecord(**{**t, "date_start": _date(t["date_start"]), "date_end": _date(t["date_end"])})
        for t in d["timexes"]
    )
    events = tuple(
        EventRecord(
            **{
                **e,
                "actors": tuple(tuple(x) for x in e["actors"]),
                "date_start": _date(e["date_start"]),
                "date_end": _date(e["date_end"]),
            }
        )
        for e in d["events"]
    )
    return ArticleExtraction(
        article=article,
        mentions=mentions,
        quotes=quotes,
        sources=sources,
        timexes=timexes,
        events=events,
        notes=dict(d.get("notes", {})),
    )
