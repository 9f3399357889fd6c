"""Russian and Ukrainian reported speech through the real components: "по словам
X" / "по его словам" in any sentence of the body, and verbs of announcing."""

from __future__ import annotations

import pytest

from contract.records import QuoteRecord, SourceRecord
from transforms.entities.ru_uk import extract_entities
from transforms.nlp.ru import components
from transforms.quotes.ru_uk import extract_quotes


def _run(text: str, lang: str) -> tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]:
    parse = components(lang).parse(text)
    return extract_quotes(parse, extract_entities(parse))


@pytest.mark.parametrize(
    ("text", "lang", "reported"),
    [
        (
            "Министр Иван Петров заявил, что бюджет будет исполнен.\n\n"
            "По его словам, дефицит сократится в следующем году.\n\n"
            "По словам министра, налоги не вырастут.",
            "ru",
            ["бюджет будет исполнен", "дефицит сократится в следующем году", "налоги не вырастут"],
        ),
        (
            "Міністр Іван Петренко заявив, що бюджет буде виконано.\n\n"
            "За його словами, дефіцит скоротиться наступного року.",
            "uk",
            ["бюджет буде виконано", "дефіцит скоротиться наступного року"],
        ),
    ],
)
def test_according_to_after_the_first_sentence(text: str, lang: str, reported: list[str]) -> None:
    qs, ss = _run(text, lang)
    assert [q.text for q in qs] == reported
    assert len(ss) == 1 and all(q.source_n == 1 for q in qs)


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "Тренер Иван Петров объявил, что покинет клуб в конце сезона.",
            "ru",
            "покинет клуб в конце сезона",
        ),
        (
            "Тренер Іван Петренко оголосив, що залишить клуб наприкінці сезону.",
            "uk",
            "залишить клуб наприкінці сезону",
        ),
    ],
)
def test_announcing_verbs_report_speech(text: str, lang: str, clause: str) -> None:
    qs, _ = _run(text, lang)
    assert [(q.kind, q.text) for q in qs] == [("indirect", clause)]


def test_cutting_in_verb_attributes_a_dash_quote() -> None:
    qs, ss = _run("«Это всё выдумки», — отрезал Иван Петров.", "ru")
    (q,) = qs
    assert q.kind == "full" and ss[q.source_n - 1].name == "Ivan Petrov"


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "Итоги проверки опубликуют на следующей неделе, добавил представитель министерства.",
            "ru",
            "Итоги проверки опубликуют на следующей неделе",
        ),
        (
            "Результати перевірки оприлюднять наступного тижня, додав представник міністерства.",
            "uk",
            "Результати перевірки оприлюднять наступного тижня",
        ),
    ],
)
def test_reported_clause_before_its_verb_and_source(text: str, lang: str, clause: str) -> None:
    qs, _ = _run(text, lang)
    assert [(q.kind, q.text) for q in qs] == [("indirect", clause)]
    assert qs[0].cue in ("добавить", "додати")


def test_verb_after_frame_keeps_its_speaker() -> None:
    qs, ss = _run(
        "Министр Иван Петров заявил, что бюджет будет исполнен. "
        "Налоги в следующем году не вырастут, добавил он.",
        "ru",
    )
    assert [q.text for q in qs] == ["бюджет будет исполнен", "Налоги в следующем году не вырастут"]
    assert len(ss) == 1 and all(q.source_n == 1 for q in qs)


@pytest.mark.parametrize(
    "text",
    [
        # The comma clause is a clause of its own, not a short source.
        "Завод закрыли в мае, сообщил вчера на заседании комитета по промышленности депутат Петров.",
        # Quoted words before the verb are direct speech, read elsewhere.
        "«Итоги опубликуют позже», добавил представитель министерства.",
        # A verb that does not open the comma clause is no attribution of it.
        "Завод закрыли в мае, и рабочие заявили протест.",
    ],
)
def test_verb_after_frame_needs_a_short_tail_and_no_quotes(text: str) -> None:
    qs, _ = _run(text, "ru")
    assert all(q.kind != "indirect" or "Завод" not in q.text for q in qs)
    assert not any(q.kind == "indirect" and "«" in q.text for q in qs)


def test_verb_after_frame_leaves_a_headline_above_it_out() -> None:
    qs, _ = _run(
        "Министерство: итоги проверки опубликуют позже\n\n"
        "Итоги проверки опубликуют на следующей неделе, добавил представитель министерства.",
        "ru",
    )
    assert [q.text for q in qs if q.kind == "indirect"] == [
        "Итоги проверки опубликуют на следующей неделе"
    ]
