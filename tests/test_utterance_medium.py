"""The channel a statement was given to, and the cross-script keys (transforms/corpus/medium.py, skeleton.py)."""

from __future__ import annotations

import pytest

from transforms.corpus.medium import JOURNALISTS, channel_in, normalized
from transforms.corpus.skeleton import skeleton


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peskov told reporters on Friday that the talks would go on.", JOURNALISTS),
        ("she said at a news conference in Frankfurt", JOURNALISTS),
        ("he said in a conference call with analysts", JOURNALISTS),
        ("заявил Лавров на пресс-конференции по итогам переговоров", JOURNALISTS),
        ("Об этом Песков заявил журналистам в Кремле.", JOURNALISTS),
        ("сказав речник Кремля журналістам", JOURNALISTS),
        ("she said in an interview with RBC.", "RBC"),
        ("the governor told RBC media on Sunday", "RBC"),
        ("he said in an exclusive interview Friday with CNN's Jake Tapper", "CNN"),
        ("Klopp said in an interview on Liverpool’s website.", "Liverpool’s website"),
        ("Об этом она сообщила в интервью РБК.", "РБК"),
        ("в интервью телеканалу «Россия-1» министр сказал", "Россия-1"),
        ("Про це він сказав в інтервʼю виданню Financial Times.", "Financial Times"),
        ("В интервью изданию Financial Times Илон Маск рассказал", "Financial Times"),
    ],
)
def test_channel_named_in_the_attribution(text: str, want: str) -> None:
    assert channel_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "He told Trump that the deal was off.",  # a person, not a channel
        "Peskov told him the Kremlin would respond.",
        "The minister said the talks would resume.",
        "Песков назвал версии зарубежных журналистов выдумкой.",  # journalists as a topic
    ],
)
def test_no_channel(text: str) -> None:
    assert channel_in(text) is None


def test_press_nouns_are_one_channel() -> None:
    assert normalized("reporters") == JOURNALISTS
    assert normalized("the media") == JOURNALISTS
    assert normalized("The Moscow Times") == "The Moscow Times"
    assert normalized(None) is None


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Маском", "ru", "Musk", "en"),
        ("Пєскова", "uk", "Peskov", "en"),
        ("Набиуллина", "ru", "Nabiullina", "en"),
        ("енергія", "uk", "energy", "en"),
        ("спекуляции", "ru", "speculations", "en"),
        ("журналістам", "uk", "journalists", "en"),
    ],
)
def test_one_skeleton_across_scripts(a: str, la: str, b: str, lb: str) -> None:
    assert skeleton(a, la, 3) == skeleton(b, lb, 3)


def test_skeleton_tells_different_names_apart() -> None:
    assert skeleton("Peskov", "en", 3) != skeleton("Lavrov", "en", 3)
    assert skeleton("Zelensky", "en", 3) != skeleton("Zakharova", "en", 3)
