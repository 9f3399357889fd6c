"""Property tests: extract_quotes on random and adversarial text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.quotes.conftest import Run

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "“Yes,” he said. ",
        "said",
        "told",
        "the source",
        "Mr. Putin",
        "according to",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "—",
        "Russia’s",
        "’90s",
        "didn’t",
        "a Russian official",
        "They",
        "added",
        "“",
        "word",
    ]
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_adversarial_text(run: Run, body: str) -> None:
    quotes, sources = run(body)
    for q in quotes:
        assert body[q.char_start : q.char_end] == q.text
        assert q.kind in ("full", "partial", "indirect")
        if q.source_n is not None:
            assert any(s.n == q.source_n for s in sources)
        if q.continues_n is not None:
            assert q.continues_n < q.n
    assert [q.n for q in quotes] == list(range(1, len(quotes) + 1))
    assert [s.n for s in sources] == list(range(1, len(sources) + 1))
    for s in sources:
        assert s.n_quotes == sum(q.source_n == s.n for q in quotes)
    assert run(body) == (quotes, sources)  # deterministic


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_random_text_never_raises(run: Run, body: str) -> None:
    quotes, _ = run(body)
    for q in quotes:
        assert body[q.char_start : q.char_end] == q.text
