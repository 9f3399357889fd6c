"""The character-level quote scanner (no NLP)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.quotes.spans import QUOTE_CHARS, find_quote_spans


def texts(body: str) -> list[str]:
    return [body[s.start : s.end] for s in find_quote_spans(body)]


def test_curly_and_straight_double_quotes() -> None:
    body = '“It is over,” he said. Then "we go home," she said.'
    assert texts(body) == ["It is over,", "we go home,"]


def test_apostrophes_are_not_quote_marks() -> None:
    body = "Russia’s officials’ hopes in the ’90s didn’t fade, rock’n’roll."
    assert texts(body) == []


def test_single_quotes_used_as_marks() -> None:
    body = "Insiders say Putin sent ‘unofficial’ congratulations and has ‘certain hopes’"
    assert texts(body) == ["unofficial", "certain hopes"]


def test_straight_single_quotes_and_apostrophe_inside() -> None:
    body = "They called it 'the people's choice' on Monday."
    assert texts(body) == ["the people's choice"]


def test_nested_single_inside_double() -> None:
    body = "“They might say, ‘Let’s have a cease-fire for Christmas,’” Mr. Remchukov said."
    spans = find_quote_spans(body)
    assert [body[s.start : s.end] for s in spans] == [
        "They might say, ‘Let’s have a cease-fire for Christmas,’",
        "Let’s have a cease-fire for Christmas,",
    ]
    assert [s.depth for s in spans] == [0, 1]


def test_guillemets_and_low_high_marks() -> None:
    body = "He called it «a disaster» and then „ganz normal“ on air."
    assert texts(body) == ["a disaster", "ganz normal"]


def test_multi_paragraph_quote_is_one_span() -> None:
    body = "“First paragraph of the speech.\n\n“Second paragraph goes on.\n\n“Last one ends here.”\n\nAfter."
    spans = find_quote_spans(body)
    assert len(spans) == 1
    sp = spans[0]
    assert sp.n_paragraphs == 3
    assert body[sp.start : sp.end].startswith("First paragraph")
    assert body[sp.start : sp.end].endswith("Last one ends here.")


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    body = (
        "He said “this never closes and then more words follow.\n\n"
        "Next paragraph has “a real quote” in it.\n\nAnd a third one."
    )
    assert texts(body) == ["a real quote"]


def test_unclosed_paragraph_quote_stops_at_paragraph_end() -> None:
    body = "“We will win this war, he said.\n\nThe reporter wrote more."
    assert texts(body) == ["We will win this war, he said."]


def test_stray_closing_mark_is_ignored() -> None:
    assert texts("Nothing here” at all, and “this” is fine.") == ["this"]


def test_second_opener_restarts_an_unclosed_quote() -> None:
    body = '"A stray opener, he said. "The real quote."'
    assert texts(body) == ["The real quote."]


_ALPHABET = st.sampled_from(
    list("abc XY.,;:!?-—\n\n") + sorted(QUOTE_CHARS) + ["’s", "n’t", " ’90s", "“Yes,” he said. "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_never_raises_and_offsets_slice_back(body: str) -> None:
    spans = find_quote_spans(body)
    for sp in spans:
        assert 0 <= sp.mark_start <= sp.start <= sp.end <= sp.mark_end <= len(body)
        assert any(c.isalnum() for c in body[sp.start : sp.end])
    assert find_quote_spans(body) == spans  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_never_raises(body: str) -> None:
    for sp in find_quote_spans(body):
        assert 0 <= sp.start <= sp.end <= len(body)
