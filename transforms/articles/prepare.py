"""Raw file bytes -> ``PreparedArticle``: decode, clean, read metadata, detect language.

Pure: the caller reads the file and supplies sidecar / manifest metadata.
``init_language_detection()`` (transforms.articles.language) must have been called once
in the process.

Metadata precedence: sidecar/manifest > HTML markup > the page text. Outlet
evidence, strongest first: sidecar, url (known domain), byline (incl. agency
datelines "MOSCOW (Reuters) -"), boilerplate (appeals / copyright naming the
site), self_reference (an outlet speaking of itself; an author bio "for The X").
Fields without evidence stay None: a wrong outlet or date is worse than none,
so no date is inferred from the story's contents.

body_text (see transforms.articles.boilerplate): kept lines verbatim, one paragraph per
line joined by a single "\n", blank lines dropped; a line continuing a sentence
broken by a stray line break is joined with a space. n_boilerplate_lines counts
the non-blank lines of the decoded text (for HTML: of trafilatura's main text)
that are not in body_text, headline / byline / dateline lines included.

format: "html" for .html/.htm/.xhtml, and also for a .txt file that is a whole
HTML document (starts with <!doctype html> or <html>), since it is parsed as one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

from contract.records import ArticleMeta, PreparedArticle, RejectedInput
from transforms.articles.boilerplate import (
    BodyResult,
    LineInfo,
    classify_line,
    find_body,
    word_count,
)
from transforms.articles.decode import decode_bytes
from transforms.articles.html import extract_html
from transforms.articles.language import detect_language
from transforms.articles.metadata import (
    date_from_url,
    dateline_agency,
    find_url,
    first_date,
    is_person_name,
    labelled_published_date,
    original_outlet,
    outlet_from_url,
    outlets_in_lines,
    parse_bio,
    parse_byline,
    resolve_bio_outlet,
    resolve_outlet,
    self_reference_outlet,
)

DEFAULT_MAX_BYTES = 5_000_000
_HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
_SIGN_OFF_AUTHORS = re.compile(
    r"^\(?(?:story|text|words|written|reporting|interview)\s+by\s+(.+)$", re.IGNORECASE
)
_UPDATED = re.compile(r"\b(?:updated|modified|обновлено|оновлено)\b", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b)", re.IGNORECASE)


def _fmt_size(n: int) -> str:
    def num(x: float) -> str:
        return f"{x:.1f}".removesuffix(".0")

    if n >= 1_000_000:
        return f"{num(n / 1_000_000)} MB"
    if n >= 1_000:
        return f"{num(n / 1_000)} kB"
    return f"{n} bytes"


def _clean_title(text: str) -> str:
    # Markdown copies mark the headline "# Title" or "**Title**".
    return text.strip().lstrip("#").strip().strip("*_").strip()


def _title_from_lead(lead: list[LineInfo]) -> str | None:
    """The headline: a headline-like line above the body, nearest the byline/dateline."""

    def headline_like(li: LineInfo) -> bool:
        # A headline pasted twice (page title + h1) is marked "repeated"; still a headline.
        kind = li.kind
        if li.reason == "repeated":
            kind = classify_line(li.text.strip())[0]
        text = li.text.strip()
        if kind == "prose" and li.in_body is False and text.endswith(("?", "!")):
            kind = "other"  # "Is Putin Ready to Talk?" is a headline above the byline
        return kind == "other" and 3 <= word_count(text) <= 30 and len(text) <= 250

    cands: list[LineInfo] = []
    for li in lead:
        if headline_like(li) and all(c.text.strip() != li.text.strip() for c in cands):
            cands.append(li)
    meta_idx = [li.index for li in lead if li.reason in {"byline", "dateline"}]
    before = [c for c in cands if meta_idx and c.index < meta_idx[0]]
    if before:
        # The headline sits right above the byline / dateline, unless a dek does:
        # then the headline is the line directly above the dek.
        nearest = before[-1]
        pos = next(i for i, li in enumerate(lead) if li.index == nearest.index)
        above = lead[pos - 1] if pos > 0 else None
        if above is not None and above in before and word_count(above.text) >= 5:
            return _clean_title(above.text)
        return _clean_title(nearest.text)
    if not cands:
        return None
    # No byline to anchor on. Section labels ("World", "Ukraine war") are short
    # and come first, captions come after: the first line long enough for a headline.
    for c in cands:
        if word_count(c.text) >= 5:
            return _clean_title(c.text)
    return _clean_title(max(cands, key=lambda c: (word_count(c.text), -c.index)).text)


def _date_from_lines(result: BodyResult) -> dt.date | None:
    non_body = result.removed_lines()
    for li in non_body:
        d = labelled_published_date(li.text)
        if d is not None:
            return d
    lead = [li for li in result.lead_lines() if li.reason in {"dateline", "byline"}]
    # An "Updated ..." stamp is later than publication; use it only when it is all there is.
    for updated_ok in (False, True):
        for li in lead:
            if not updated_ok and _UPDATED.search(li.text):
                continue
            d = first_date(li.text)
            if d is not None:
                return d
    return None


def _authors(result: BodyResult) -> tuple[list[str], str | None]:
    authors: list[str] = []
    outlet: str | None = None
    for li in result.removed_lines():
        if li.reason == "byline":
            by = parse_byline(li.text)
            if by is not None:
                authors.extend(by.authors)
                outlet = outlet or by.outlet
            elif is_person_name(li.text):
                authors.append(li.text.strip())
    if not authors:
        # Credits at the foot: "Story by X. Abridged translation by Y." (not the translator).
        for li in result.removed_lines():
            if li.reason == "sign_off":
                m = _SIGN_OFF_AUTHORS.match(li.text.strip())
                if m:
                    by = parse_byline("By " + re.split(r"[.;]\s", m.group(1))[0].rstrip("."))
                    if by is not None:
                        authors.extend(by.authors)
    if not authors:
        for li in result.removed_lines():
            if li.reason == "bio":
                bio = parse_bio(li.text)
                if bio is not None:
                    authors.append(bio.name)
    unique: list[str] = []
    for a in authors:
        if a.casefold() not in {u.casefold() for u in unique}:
            unique.append(a)
    return unique, outlet


def _outlet(
    result: BodyResult, url: str | None, byline_outlet: str | None, orig: str | None
) -> tuple[str | None, str | None]:
    if url:
        o = outlet_from_url(url)
        if o:
            return o, "url"
    if byline_outlet:
        return byline_outlet, "byline"
    for li in result.lead_lines():
        if li.reason == "byline_outlet":
            o = resolve_outlet(li.text)
            if o:
                return o, "byline"
    if result.body_start >= 0:
        first_body = result.lines[result.body_start].text
        agency = dateline_agency(first_body)
        if agency:
            return agency, "byline"
    appeal = outlets_in_lines(
        li.text
        for li in result.removed_lines()
        if li.reason in {"appeal", "copyright", "widget"}
        or (li.reason == "masthead" and li.index < result.body_start)
    )
    if appeal:
        return appeal, "boilerplate"
    for li in result.removed_lines():
        if li.reason == "bio":
            bio = parse_bio(li.text)
            o = resolve_bio_outlet(bio.outlet_text if bio else None, result.body_text)
            if o:
                return o, "self_reference"
    selfref = self_reference_outlet(result.body_text)
    if selfref and selfref != orig:
        return selfref, "self_reference"
    return None, None


def _parse_meta_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise RejectedInput(
            f"sidecar/manifest published_date {value!r} is not a YYYY-MM-DD date; fix the metadata"
        ) from exc


def prepare_article(
    raw: bytes,
    *,
    source_path: str,
    meta: ArticleMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> PreparedArticle:
    """Decode and clean one raw article file; raise ``RejectedInput`` if it cannot be one."""
    if len(raw) > max_bytes:
        raise RejectedInput(
            f"file is {_fmt_size(len(raw))}, over the {_fmt_size(max_bytes)} limit; "
            "raise --max-bytes or split it"
        )
    decoded = decode_bytes(raw)
    text = decoded.text
    is_html = PurePosixPath(source_path).suffix.lower() in _HTML_EXT
    fmt = "html" if is_html else "text"

    html_title: str | None = None
    html_authors: tuple[str, ...] = ()
    html_date: dt.date | None = None
    html_url: str | None = None
    html_site: str | None = None
    if is_html or _LOOKS_HTML.match(text[:200]):
        extracted = extract_html(text)
        text = extracted.text
        html_title, html_authors = extracted.title, extracted.authors
        html_date, html_url, html_site = (
            extracted.published_date,
            extracted.url,
            extracted.site_name,
        )
        fmt = "html"

    result = find_body(text)
    body = result.body_text
    if word_count(body) == 0:
        raise RejectedInput(
            "no words left after removing boilerplate; check that the file holds an article's text"
        )

    # The page's own address sits above or below the story; a link inside it is a citation.
    url = html_url or find_url([li.text for li in result.lead_lines() + result.tail_lines()])
    orig = next(
        (
            o
            for li in result.removed_lines()
            if li.reason == "republished"
            for o in [original_outlet(li.text)]
            if o
        ),
        None,
    )
    authors, byline_outlet = _authors(result)
    if not authors and html_authors:
        authors = [a for a in html_authors if is_person_name(a)]
    outlet, outlet_evidence = _outlet(result, url, byline_outlet, orig)
    if outlet is None and html_site:
        site = resolve_outlet(html_site)
        if site:
            outlet, outlet_evidence = site, "boilerplate"

    title = html_title or _title_from_lead(result.lead_lines())
    published = html_date or _date_from_lines(result)
    if published is None and url:
        published = date_from_url(url)
    date_source = "text" if published is not None else None

    if meta:
        if meta.get("title"):
            title = meta["title"]
        given_authors = meta.get("authors")
        if given_authors:
            if isinstance(given_authors, str):  # manifest style "A B; C D"
                given_authors = given_authors.split(";")
            authors = [a.strip() for a in given_authors if a.strip()]
        if meta.get("url"):
            url = meta["url"]
            # A given URL on a known domain outranks what the text suggests.
            from_url = outlet_from_url(url)
            if from_url and not meta.get("outlet"):
                outlet, outlet_evidence = from_url, "url"
        if meta.get("outlet"):
            outlet = resolve_outlet(meta["outlet"]) or meta["outlet"]
            outlet_evidence = "sidecar"
        if meta.get("published_date"):
            published = _parse_meta_date(meta["published_date"])
            date_source = "sidecar"

    language, confidence = detect_language(body)
    return PreparedArticle(
        encoding=decoded.encoding,
        format=fmt,
        body_text=body,
        title=title,
        authors=tuple(authors),
        outlet=outlet,
        outlet_evidence=outlet_evidence,
        original_outlet=orig,
        url=url,
        published_date=published,
        published_date_source=date_source,
        language=language,
        language_confidence=confidence,
        n_words=word_count(body),
        n_boilerplate_lines=result.n_removed,
    )
