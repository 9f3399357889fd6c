"""HTML page -> main text and page metadata, offline.

trafilatura is given the markup as a string and no URL, so it never fetches
anything; the page's own <link rel=canonical> / og:url supplies the URL. When
trafilatura finds no main content (tiny or unusual pages) the visible text of
the whole page is used and the line-level boilerplate step does the cleaning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "figcaption",
        "title",
        "ul",
        "ol",
        "table",
        "pre",
    ]
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published_date: dt.date | None = None
    url: str | None = None
    site_name: str | None = None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = "".join(collector.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = re.split(r"\s*[;|]\s*|\s*,\s*(?:and\s+)?|\s+and\s+", value)
    return tuple(p.strip() for p in parts if p.strip())


def extract_html(markup: str) -> HtmlExtract:
    """Main text and metadata of an HTML page given as a string."""
    data: dict[str, object] = {}
    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            # Only dates the page states in its markup; htmldate's extensive
            # search would guess from body text, and a guessed date is worse than none.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a parser crash on odd markup must not lose the file
        doc = None
    if isinstance(doc, dict):
        data = doc
    elif doc is not None and hasattr(doc, "as_dict"):
        data = doc.as_dict()

    def get(key: str) -> str | None:
        v = data.get(key)
        return v.strip() if isinstance(v, str) and v.strip() else None

    text = get("text") or ""
    if len(text.split()) < 20:
        # Too little main content found; fall back to all visible text.
        text = visible_text(markup)
    url = get("url")
    if url is not None and not url.startswith(("http://", "https://")):
        url = None
    return HtmlExtract(
        text=text,
        title=get("title"),
        authors=_split_authors(get("author")),
        published_date=_parse_date(get("date")),
        url=url,
        site_name=get("sitename"),
    )
