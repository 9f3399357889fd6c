"""Property tests: every extractor, through extract_article, on hostile text.

Random and adversarial bodies (unbalanced and nested quotes of every kind,
huge single lines, control characters, mixed scripts, RTL marks, zero-width
characters, emoji) never raise; every offset slices back to the stored text;
ids are unique once assembled into contract tables; the same input always gives
the same output. Raw bytes go through prepare_article first, exactly as in the
pipeline. Examples are bounded because spaCy is slow.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract.records import (
    ArticleExtraction,
    LedgerEntry,
    LoadedArticle,
    PreparedArticle,
    RejectedInput,
    article_id_of,
)
from transforms.articles.prepare import prepare_article
from transforms.corpus.assemble import assemble_tables
from transforms.extract import extract_article, needs_nlp
from transforms.nlp.load import parse_bodies, split_chunks
from warehouse.checks import check_tables

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

QUOTES = ["“", "”", "‘", "’", "«", "»", "„", "‚", '"', "'", "‹", "›", "「", "」", "`", "''", "``"]
ODD = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202e",
    "\u2066",
    "\u2069",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x0b",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\r",
    "\r\n",
    "\t",
    "\ud7ff",
    "\ufffd",
    "\U0001f600",
    "\U0001f1f7\U0001f1fa",
    "👩‍👩‍👧",
    "e\u0301",
    "\u0300",
    "ﬁ",
    "Ⅻ",
    "٣",
    "²",
]
WORDS = [
    "said",
    "told",
    "added",
    "according to",
    "the spokesman",
    "Mr. Putin",
    "Dmitry Peskov",
    "Kremlin",
    "Moscow",
    "Ukraine",
    "Reuters",
    "on Tuesday",
    "last week",
    "Nov. 5",
    "2024",
    "in 1999",
    "next month",
    "two officials",
    "who spoke on condition of anonymity",
    "Путин заявил",
    "Зеленський",
    "السلام عليكم",
    "שלום",
    "北京",
    "東京で",
    "नमस्ते",
    "Ελλάδα",
    "sanctions",
    "attacked",
    "agreed",
    "rejected",
    "accused",
    "He",
    "She",
    "They",
    ".",
    ",",
    ":",
    ";",
    "—",
    "…",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
]
PIECES = st.sampled_from(QUOTES + ODD + WORDS)
ADVERSARIAL = st.lists(PIECES, max_size=80).map("".join)
ANY_TEXT = st.text(max_size=400)
BODIES = st.one_of(ADVERSARIAL, ANY_TEXT, st.builds(lambda a, b: a + b, ADVERSARIAL, ANY_TEXT))
HUGE_SETTINGS = settings(SETTINGS, max_examples=6)


@pytest.fixture(scope="module", autouse=True)
def _language_detection() -> None:
    from transforms.articles.language import init_language_detection

    init_language_detection()


DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))


def _extract(nlp: Any, body: str, published: dt.date | None) -> ArticleExtraction:
    article = PreparedArticle(
        encoding="utf-8",
        format="text",
        body_text=body,
        published_date=published,
        published_date_source="text" if published else None,
        language="en",
        language_confidence=1.0,
        n_words=len(body.split()),
    )
    doc = next(parse_bodies(nlp, [body])) if needs_nlp(article) else None
    if doc is not None:
        assert doc.text == body
    return extract_article(article, doc)


def _check_records(ex: ArticleExtraction) -> None:
    body = ex.article.body_text
    for rec in (*ex.mentions, *ex.quotes, *ex.timexes):
        assert 0 <= rec.char_start <= rec.char_end <= len(body), rec
        assert body[rec.char_start : rec.char_end] == rec.text, rec
    for ev in ex.events:
        assert 0 <= ev.char_start <= ev.char_end <= len(body), ev
        assert body[ev.char_start : ev.char_end] == ev.sentence, ev
    for recs in (ex.quotes, ex.sources, ex.timexes, ex.events):
        assert [r.n for r in recs] == list(range(1, len(recs) + 1))
    spans = [(m.char_start, m.char_end) for m in ex.mentions]
    assert len(spans) == len(set(spans)), "two mentions on one span"
    source_ns = {s.n for s in ex.sources}
    assert all(q.source_n is None or q.source_n in source_ns for q in ex.quotes)
    assert all(e.source_n is None or e.source_n in source_ns for e in ex.events)
    timex_ns = {t.n for t in ex.timexes}
    assert all(e.timex_n is None or e.timex_n in timex_ns for e in ex.events)


def _as_tables(exs: list[ArticleExtraction]) -> list[str]:
    """Assemble into the contract tables and run the contract checks (ids, FKs, spans)."""
    loaded, ledger = [], []
    for i, ex in enumerate(exs):
        sha = hashlib.sha256(
            f"{i}:{ex.article.body_text}".encode("utf-8", "surrogatepass")
        ).hexdigest()
        aid = article_id_of(sha)
        path = f"a{i}.txt"
        loaded.append(LoadedArticle(aid, path, sha, len(ex.article.body_text), ex))
        ledger.append(LedgerEntry(path, sha, len(ex.article.body_text), "loaded", None, aid))
    return check_tables(assemble_tables(loaded, ledger))


@SETTINGS
@given(body=BODIES, published=DATES)
def test_extract_article_total_consistent_deterministic(
    nlp: Any, body: str, published: dt.date | None
) -> None:
    first = _extract(nlp, body, published)
    _check_records(first)
    assert _extract(nlp, body, published) == first  # deterministic
    assert _as_tables([first, _extract(nlp, body + "\n" + body, published)]) == []


@HUGE_SETTINGS
@given(
    line=st.lists(
        st.sampled_from(QUOTES + WORDS + ["“We will not", "give up,” he said"]),
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_huge_single_line(nlp: Any, line: str) -> None:
    """One line far over the chunk size: split into chunks, offsets still body offsets."""
    body = (line.replace("\n", " ") + " ") * max(1, 26_000 // (len(line) + 1))
    assert len(body) > 24_000 and "\n" not in body.strip()
    assert "".join(split_chunks(body)) == body
    ex = _extract(nlp, body, dt.date(2024, 11, 6))
    _check_records(ex)


@SETTINGS
@given(
    raw=st.one_of(
        st.binary(max_size=600), BODIES.map(lambda s: s.encode("utf-8", "surrogatepass"))
    ),
    html=st.booleans(),
)
def test_raw_bytes_through_prepare_and_extract(nlp: Any, raw: bytes, html: bool) -> None:
    path = "x.html" if html else "x.txt"
    try:
        article = prepare_article(raw, source_path=path)
    except RejectedInput as exc:
        assert exc.reason.strip()
        return
    again = prepare_article(raw, source_path=path)
    assert again == article
    body = article.body_text
    doc = next(parse_bodies(nlp, [body])) if needs_nlp(article) else None
    ex = extract_article(article, doc)
    _check_records(ex)
    assert (
        extract_article(article, next(parse_bodies(nlp, [body])) if doc is not None else None) == ex
    )
    assert _as_tables([ex]) == []
