"""ArticleExtraction <-> JSON, for the extraction cache.

The cache lets a run skip every article whose bytes, metadata and extractor
version are unchanged; JSON keeps it readable and independent of pickle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from transforms.model import (
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


def to_payload(ex: ArticleExtraction) -> str:
    return json.dumps(dataclasses.asdict(ex), default=_default, sort_keys=True, ensure_ascii=False)


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
