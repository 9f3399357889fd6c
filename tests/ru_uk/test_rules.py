"""Rules of the Russian/Ukrainian extractors that need no model: transliteration,
English names in Cyrillic, quotation spans, dash speech and time expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.entities.ru_uk_english import english_given, english_surname, initials
from transforms.entities.ru_uk_translit import given_name, romanize, surname
from transforms.quotes.ru_uk_spans import dash_speech, quote_spans
from transforms.timex.ru_uk import extract_timexes


@pytest.mark.parametrize(
    ("word", "lang", "latin"),
    [
        ("Песков", "ru", "Peskov"),
        ("Евгений", "ru", "Yevgeny"),
        ("Кириенко", "ru", "Kiriyenko"),
        ("Зеленский", "ru", "Zelensky"),
        ("Зеленський", "uk", "Zelensky"),
        ("Сибіга", "uk", "Sybiha"),
        ("Пєсков", "uk", "Peskov"),
        ("Шлінчак", "uk", "Shlinchak"),
    ],
)
def test_romanize(word: str, lang: str, latin: str) -> None:
    assert romanize(word, lang) == latin


def test_russian_named_in_ukrainian_gets_the_russian_form() -> None:
    assert given_name("Дмитро", "uk", "ru") == "Dmitry"
    assert surname("Пєсков", "uk", "ru") == "Peskov"
    assert given_name("Владимир", "ru", "uk") == "Volodymyr"
    assert given_name("Андрій", "uk", "uk") == "Andrii"


def test_english_names_read_back_from_cyrillic() -> None:
    assert english_surname("Трамп", "Tramp") == "Trump"
    assert english_surname("Салліван", "Sallivan") == "Sullivan"
    assert english_surname("Вэнса", "Vensa") == "Vance"  # still in the genitive
    assert english_surname("Лавров", "Lavrov") is None  # Slavic ending: transliterated
    assert english_given("Стив", "Stiv") == "Steve"
    assert english_given("Джейк", "Dzheik") == "Jake"
    assert initials(["Джей", "Ди"]) == "JD"
    assert initials(["Сергей"]) is None


def test_quote_spans_nested_and_shared_closing_mark() -> None:
    text = 'Он сказал: «Это „тест“ идёт». "Много "ударов в колокол" пишут", - сказал он.'
    spans = {(text[s.start : s.end], s.depth) for s in quote_spans(text)}
    assert ("Это „тест“ идёт", 0) in spans
    assert ("тест", 1) in spans
    assert ("ударов в колокол", 1) in spans
    assert ('Много "ударов в колокол" пишут', 0) in spans
    shared = 'Итак: "Начало "конца", - говорится.'
    outer = [s for s in quote_spans(shared) if s.depth == 0]
    assert [shared[s.start : s.end] for s in outer] == ['Начало "конца']


def test_dash_speech() -> None:
    text = (
        "Вступ.\n— Ніхто не бив туди, — наголосив він. — Це фейк.\n"
        "Гнучкості немає, – укотре переконує речник.\n— Просто тире — без автора.\n"
    )
    found = [
        (text[a:b], text[c:d])
        for a, b, c, d in dash_speech(text, lambda c: "наголосив" in c or "переконує" in c)
    ]
    assert found == [
        ("Ніхто не бив туди", "наголосив він"),
        ("Це фейк", "наголосив він"),
        ("Гнучкості немає", "укотре переконує речник"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Об этом он заявил в минувшее воскресенье.", dt.date(2025, 8, 29), "2025-08-24"),
        ("переговоры прошли на прошлой неделе", dt.date(2026, 1, 29), "2026-W04"),
        ("прошли 23-24 января", dt.date(2026, 1, 29), "2026-01-23/2026-01-24"),
        ("з 3 січня працюють", dt.date(2025, 12, 30), "2026-01-03"),
        ("у квітні 2023 року", dt.date(2023, 7, 8), "2023-04"),
        ("минулого тижня", dt.date(2025, 12, 12), "2025-W49"),
        ("Напередодні телеканал заявив", dt.date(2023, 7, 8), "2023-07-07"),
        ("у 2024 році", dt.date(2025, 1, 5), "2024"),
        ("в сентябре этого года", dt.date(2026, 1, 21), "2026-09"),
        ("РФ цієї ночі вбила", dt.date(2025, 8, 28), "2025-08-27TNI"),
        ("на вихідних провів зустріч", dt.date(2025, 12, 25), "2025-W51-WE"),
    ],
)
def test_timex_values(text: str, published: dt.date, value: str) -> None:
    values = [t.value for t in extract_timexes(text, published_date=published)]
    assert values == [value]


def test_timex_without_publication_date_keeps_only_absolute_values() -> None:
    found = extract_timexes("27 січня, вчора, у 2024 році", published_date=None)
    assert [t.value for t in found] == ["XXXX-01-27", "2024"]
