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
