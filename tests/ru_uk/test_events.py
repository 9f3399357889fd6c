"""Russian and Ukrainian events (``transforms.events.ru_uk``) through the real
components: triggers from the lexicon, dates and actors from the trigger's
clause, modality from the words around it, one row per happening."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from contract.records import ArticleExtraction, EventRecord
from transforms.articles.language import init_language_detection
from transforms.articles.prepare import prepare_article
from transforms.extract import extract_ru_uk_article
from transforms.nlp.ru import components

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _extract(text: str, lang: str) -> ArticleExtraction:
    init_language_detection()
    article = prepare_article(
        text.encode("utf-8"), source_path="t.txt", meta={"published_date": PUBLISHED.isoformat()}
    )
    article = dataclasses.replace(article, language=lang)
    return extract_ru_uk_article(article, components(lang).parse(article.body_text))


def _events(text: str, lang: str) -> list[EventRecord]:
    return list(_extract(text, lang).events)


def _names(e: EventRecord) -> set[str]:
    return {key for _, key in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "trigger"),
    [
        ("Россия и Украина подписали соглашение об обмене пленными.", "ru", "agree", "подписать"),
        ("Україна та Польща підписали угоду про співпрацю.", "uk", "agree", "підписати"),
        ("Армия Израиля нанесла удар по Газе.", "ru", "assault", "удар"),
        ("Росія обстріляла Харків.", "uk", "assault", "обстріляти"),
    ],
)
def test_trigger_type_and_lemma(text: str, lang: str, etype: str, trigger: str) -> None:
    first = _events(text, lang)[0]
    assert (first.event_type, first.trigger) == (etype, trigger)


def test_speech_is_a_quote_not_an_event() -> None:
    assert _events("Министр заявил журналистам, что погода хорошая.", "ru") == []


def test_date_of_the_clause_and_modality_negated_and_expected() -> None:
    events = _events(
        "Во вторник Германия и Франция не подписали договор. "
        "Канцлер Германии посетит Париж в понедельник.",
        "ru",
    )
    signed, visit = events
    assert signed.modality == "negated" and signed.date_start == dt.date(2025, 3, 11)
    assert visit.event_type == "consult" and visit.modality == "expected"
    assert visit.date_start is not None and visit.date_start > PUBLISHED


def test_a_saying_clause_hands_its_date_to_what_was_said() -> None:
    (event,) = _events(
        "В среду президент Франции сообщил, что Франция и Италия провели переговоры.", "ru"
    )
    assert event.event_type == "consult" and event.modality == "reported"
    assert event.date_start == dt.date(2025, 3, 12)


def test_the_speaker_of_an_attribution_phrase_is_not_an_actor() -> None:
    (event,) = _events("За словами Зеленського, Росія атакувала Одесу вночі.", "uk")
    names = _names(event)
    assert not any("Zelensk" in n for n in names)
    assert event.modality == "reported"


def test_mentions_of_one_meeting_are_one_row() -> None:
    events = _events(
        "В пятницу Макрон встретился с Шольцем в Берлине. Встреча длилась два часа.", "ru"
    )
    assert [e.event_type for e in events] == ["consult"]
    assert events[0].date_start == PUBLISHED


def test_an_undated_claim_inside_a_quotation_is_not_an_event() -> None:
    text = "«Мы поддержим любые переговоры», — сказал министр."
    assert [e for e in _events(text, "ru") if e.event_type == "consult"] == []
