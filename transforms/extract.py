"""Per-article extraction: one parsed body in, every article-local record out.

This is the seam between the NLP model and the pure extractors. It does no I/O:
the caller decodes and cleans the file (``transforms.articles.prepare``), parses the body
with spaCy (``transforms.nlp.load``) and hands both here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from contract.records import ArticleExtraction, PreparedArticle
from transforms.entities.mentions import extract_mentions
from transforms.entities.ru_uk import extract_entities as extract_ru_uk_entities
from transforms.entities.ru_uk import to_records as ru_uk_mention_records
from transforms.entities.ru_uk_parse import Parse, future_at
from transforms.events.extract import extract_events
from transforms.events.ru_uk import extract_events as extract_ru_uk_events
from transforms.quotes.extract import extract_quotes
from transforms.quotes.ru_uk import extract_quotes as extract_ru_uk_quotes
from transforms.timex.extract import extract_timexes
from transforms.timex.ru_uk import extract_timexes as extract_ru_uk_timexes

# English articles go through spaCy and the English extractors; Russian and
# Ukrainian ones through their own components (``transforms.nlp.ru``) and the
# ru/uk extractors. Articles in other languages are still loaded (with body,
# metadata and language) but get no quotes, mentions, times or events; the run
# summary counts them so the gap is visible.
ENGLISH_ONLY = "en"
RU_UK = ("ru", "uk")


def needs_nlp(article: PreparedArticle) -> bool:
    """True when the article needs the English spaCy pipeline."""
    return article.language == ENGLISH_ONLY and bool(article.body_text.strip())


def needs_ru_uk(article: PreparedArticle) -> bool:
    """True when the article needs the Russian/Ukrainian components (its language's)."""
    return article.language in RU_UK and bool(article.body_text.strip())


def extract_ru_uk_article(article: PreparedArticle, parse: Parse) -> ArticleExtraction:
    """All records for one Russian or Ukrainian article from its ``Parse``."""
    if parse.text != article.body_text or parse.lang != article.language:
        raise ValueError("parse does not match the article's body_text or language")
    found = extract_ru_uk_entities(parse)
    quotes, sources = extract_ru_uk_quotes(parse, found)
    timexes = extract_ru_uk_timexes(
        article.body_text, published_date=article.published_date, future_at=future_at(parse)
    )
    mentions = ru_uk_mention_records(found)
    events = extract_ru_uk_events(
        parse,
        mentions=mentions,
        timexes=timexes,
        quotes=quotes,
        published_date=article.published_date,
    )
    return ArticleExtraction(
        article=article,
        mentions=mentions,
        quotes=quotes,
        sources=sources,
        timexes=timexes,
        events=events,
    )


def extract_article(article: PreparedArticle, doc: Doc | None) -> ArticleExtraction:
    """All records for one article. ``doc`` is None when ``needs_nlp`` is false."""
    if doc is None:
        return ArticleExtraction(article=article, notes={"skipped_language": 1})
    # Checked once here; the extractors then take the body instead of rebuilding
    # Doc.text (a join over every token) each for itself.
    body = article.body_text
    if doc.text != body:
        raise ValueError("parsed doc does not match body_text; offsets would be wrong")
    mentions = extract_mentions(doc, text=body)
    quotes, sources = extract_quotes(doc, mentions=mentions, text=body)
    timexes = extract_timexes(body, published_date=article.published_date, doc=doc, doc_text=body)
    events = extract_events(
        doc,
        mentions=mentions,
        timexes=timexes,
        quotes=quotes,
        sources=sources,
        published_date=article.published_date,
        text=body,
    )
    return ArticleExtraction(
        article=article,
        mentions=mentions,
        quotes=quotes,
        sources=sources,
        timexes=timexes,
        events=events,
    )
