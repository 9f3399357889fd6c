"""Utterance clustering (transforms/corpus/utterances.py) on hand-made rows."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.corpus.utterances import (
    INPUT_SCHEMA,
    assign_utterances,
    content_items,
    cross_items,
)

D = dt.date(2024, 11, 6)


def row(qid: str, text: str, **kw: Any) -> dict[str, Any]:
    aid = qid.split(":")[0]
    base: dict[str, Any] = {
        "quote_id": qid,
        "article_id": aid,
        "kind": "full",
        "text": text,
        "char_start": 0,
        "char_end": len(text),
        "continues": None,
        "medium": None,
        "source_id": f"{aid}:s1",
        "source_kind": "person",
        "source_name": "Dmitry Peskov",
        "source_entity_id": "person:dmitry-peskov",
        "anonymous": False,
        "description": "Kremlin spokesperson",
        "published_date": D,
        "outlet": f"Outlet {aid}",
        "language": "en",
        "entity_ids": [],
        "speaker_forms": [],
        "occasion_date": None,
        "left_context": None,
        "gap_before": None,
    }
    base.update(kw)
    return base


def groups(rows: list[dict[str, Any]]) -> set[frozenset[str]]:
    mapping, _ = assign_utterances(pl.DataFrame(rows, schema=INPUT_SCHEMA))
    out: dict[str, set[str]] = {}
    for q, u in mapping.iter_rows():
        out.setdefault(u, set()).add(q)
    return {frozenset(g) for g in out.values()}


PESKOV_A = (
    "he had no knowledge of any plans by Putin to call Trump to congratulate him, "
    "as the U.S. is an unfriendly country"
)
PESKOV_B = (
    "he is not aware of any plans by Putin to congratulate Trump, as the U.S. is an "
    "unfriendly country involved in a war against Russia"
)
PESKOV_OTHER = "the Kremlin will watch closely what the new administration does about sanctions"


def test_same_statement_in_two_outlets_is_one_utterance() -> None:
    rows = [
        row("a:q1", PESKOV_A, kind="indirect"),
        row("b:q1", PESKOV_B, kind="indirect", published_date=D + dt.timedelta(days=1)),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"})}


def test_other_remark_same_speaker_same_day_stays_apart() -> None:
    rows = [
        row("a:q1", PESKOV_A, kind="indirect"),
        row("b:q1", PESKOV_OTHER),
    ]
    assert len(groups(rows)) == 2


def test_other_speaker_or_distant_date_stays_apart() -> None:
    far = D + dt.timedelta(days=30)
    rows = [
        row("a:q1", PESKOV_A, kind="indirect"),
        row(
            "b:q1",
            PESKOV_B,
            source_entity_id="person:maria-zakharova",
            source_name="Maria Zakharova",
        ),
        row("c:q1", PESKOV_B, published_date=far),
    ]
    assert len(groups(rows)) == 3


def test_different_stated_days_stay_apart() -> None:
    rows = [
        row("a:q1", PESKOV_A, occasion_date=D),
        row("b:q1", PESKOV_B, occasion_date=D - dt.timedelta(days=2)),
    ]
    assert len(groups(rows)) == 2


def test_parts_of_one_statement_in_an_article() -> None:
    rows = [
        row("a:q1", "These hopes are focused on aid", char_start=0, char_end=30),
        row(
            "a:q2",
            "And Trump is easier to negotiate with",
            char_start=60,
            char_end=97,
            continues="a:q1",
        ),
        row(
            "a:q3",
            PESKOV_A,
            kind="indirect",
            char_start=200,
            char_end=200 + len(PESKOV_A),
            source_id="a:s2",
        ),
        row(
            "a:q4",
            "unfriendly country",
            kind="partial",
            char_start=290,
            char_end=308,
            source_id="a:s2",
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "a:q2"}), frozenset({"a:q3", "a:q4"})}


def test_quote_and_paraphrase_in_one_sentence_are_one_statement() -> None:
    said = '," the source said, believing '
    first = "Hopes are tied to less aid to Ukraine"
    rows = [
        row("a:q1", first, char_start=1, char_end=1 + len(first)),
        row(
            "a:q2",
            "Trump is better for Russia than Harris",
            kind="indirect",
            char_start=1 + len(first) + len(said),
            char_end=200,
            left_context=said,
        ),
        # The next paragraph starts another statement of the same source.
        row(
            "a:q3",
            "he also expects new sanctions",
            kind="indirect",
            char_start=203,
            char_end=240,
            left_context="”\n",
        ),
        row("a:q4", "We are open to this.", char_start=300, char_end=320),
        row(
            "a:q5",
            "talks would start soon",
            kind="indirect",
            char_start=335,
            char_end=357,
            left_context="” he said, and ",
        ),
    ]
    assert groups(rows) == {
        frozenset({"a:q1", "a:q2"}),
        frozenset({"a:q3"}),
        frozenset({"a:q4"}),
        frozenset({"a:q5"}),
    }


def test_two_remarks_in_one_article_stay_apart_through_another_article() -> None:
    """Another outlet's summary that resembles two remarks of one article joins one of them only."""
    rows = [
        row(
            "a:q1",
            "Putin has no plans to congratulate Trump on his election victory",
            kind="indirect",
            char_start=0,
            char_end=70,
        ),
        row(
            "a:q2",
            "the United States is an unfriendly country involved in a war against Russia",
            kind="indirect",
            char_start=500,
            char_end=580,
        ),
        row(
            "b:q1",
            "Putin has no plans to congratulate Trump, as the United States is an unfriendly "
            "country involved in a war against Russia",
            kind="indirect",
        ),
    ]
    got = groups(rows)
    assert not any({"a:q1", "a:q2"} <= g for g in got)
    assert any("b:q1" in g and len(g) == 2 for g in got)


def test_one_statement_reported_twice_in_one_article_is_one_utterance() -> None:
    """A lead that paraphrases a remark and a later paragraph that reports it again agree: one."""
    rows = [
        row("a:q1", PESKOV_A, kind="indirect", char_start=0, char_end=120),
        row("a:q2", PESKOV_B, kind="indirect", char_start=500, char_end=640),
    ]
    assert groups(rows) == {frozenset({"a:q1", "a:q2"})}


def test_anonymous_source_meets_the_outlet_that_relays_it() -> None:
    anon: dict[str, Any] = {
        "source_kind": "anonymous",
        "source_name": None,
        "source_entity_id": None,
        "anonymous": True,
    }
    rows = [
        row(
            "a:q1",
            "through acquaintances",
            kind="partial",
            medium="Verstka",
            description="high-ranking parliamentary source",
            **anon,
        ),
        row(
            "b:q1",
            "through acquaintances",
            kind="partial",
            source_kind="media",
            source_name="Verstka",
            source_entity_id="media:verstka",
            description=None,
        ),
        # The same words from an unrelated anonymous source are not the same statement.
        row(
            "c:q1", "through acquaintances", kind="partial", description="Western diplomat", **anon
        ),
    ]
    _, utterances = assign_utterances(pl.DataFrame(rows, schema=INPUT_SCHEMA))
    assert groups(rows) == {frozenset({"a:q1", "b:q1"}), frozenset({"c:q1"})}
    merged = utterances.filter(pl.col("n_quotes") == 2).row(0, named=True)
    assert merged["speaker"] == "high-ranking parliamentary source"
    assert merged["anonymous"] is True
    assert merged["original_medium"] == "Verstka"


def test_across_languages_through_entities_and_numbers() -> None:
    ents = ["person:vladimir-putin", "person:donald-trump", "gpe:united-states"]
    rows = [
        row(
            "a:q1",
            "Putin has no plans to call Trump before January 20",
            kind="indirect",
            entity_ids=ents,
        ),
        row(
            "b:q1",
            "у Путина нет планов звонить Трампу до 20 января",
            kind="indirect",
            language="ru",
            entity_ids=ents[:2],
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"})}


def test_utterance_row_fields() -> None:
    rows = [
        row("b:q1", PESKOV_B, kind="indirect", published_date=D + dt.timedelta(days=1)),
        row(
            "a:q2",
            "unfriendly country",
            kind="partial",
            char_start=300,
            char_end=318,
            source_id="a:s2",
            medium="journalists",
            occasion_date=D,
            outlet="Meduza",
        ),
        row(
            "a:q1",
            PESKOV_A,
            kind="indirect",
            char_start=200,
            char_end=320,
            source_id="a:s2",
            medium="journalists",
            outlet="Meduza",
        ),
        row("c:q1", PESKOV_A, kind="indirect", published_date=None, language="ru", outlet="Meduza"),
    ]
    _, utterances = assign_utterances(pl.DataFrame(rows, schema=INPUT_SCHEMA))
    assert utterances.height == 1
    u = utterances.row(0, named=True)
    assert u["utterance_id"] == "u:" + hashlib.sha256(b"a:q1").hexdigest()[:16]
    assert u["text"] == "unfriendly country"  # the only direct member
    assert u["speaker"] == "Dmitry Peskov" and u["speaker_entity_id"] == "person:dmitry-peskov"
    assert u["original_medium"] == "journalists"
    assert u["occasion_date"] == D
    assert u["first_article_id"] == "a"
    assert (u["n_quotes"], u["n_articles"], u["n_outlets"], u["n_languages"]) == (4, 3, 2, 2)


def test_content_items_drop_stopwords_and_count_names_once() -> None:
    items = content_items("The Trump team is reducing aid by 50%", ["person:donald-trump"])
    # Words the concept lexicon lists are their concepts, others their first letters.
    assert items == {"@person:donald-trump", "^team", "reduc", "^aid", "#50"}


def test_content_items_make_synonyms_one_concept() -> None:
    """A paraphrase in the same language that swaps a word for its synonym keeps the item."""
    a = content_items("inflation is steadily declining", lang="en")
    b = content_items("inflation is decreasing steadily", lang="en")
    assert a == b == {"^inflation", "^steady", "^decline"}


CORPUS = [
    row("a:q1", PESKOV_A, kind="indirect", char_start=0, char_end=120),
    row("a:q2", "unfriendly country", kind="partial", char_start=100, char_end=118),
    row("a:q3", PESKOV_OTHER, char_start=200, char_end=280),
    row("b:q1", PESKOV_B, kind="indirect", published_date=D + dt.timedelta(days=1)),
    row("b:q2", PESKOV_OTHER, published_date=None, char_start=300, char_end=380),
    row(
        "c:q1",
        "we will keep advancing in Donetsk until the inauguration",
        source_entity_id=None,
        source_kind="anonymous",
        source_name=None,
        anonymous=True,
        description="Russian official",
        medium="The Moscow Times",
    ),
    row(
        "d:q1",
        "advancing in Donetsk until the inauguration is the plan",
        source_entity_id=None,
        source_kind="anonymous",
        source_name=None,
        anonymous=True,
        description="Russian official",
        medium="The Moscow Times",
    ),
    row("e:q1", PESKOV_B, published_date=D + dt.timedelta(days=9)),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(CORPUS))
def test_deterministic_regardless_of_input_order(rows: list[dict[str, Any]]) -> None:
    expected_map, expected = assign_utterances(pl.DataFrame(CORPUS, schema=INPUT_SCHEMA))
    mapping, utterances = assign_utterances(pl.DataFrame(rows, schema=INPUT_SCHEMA))
    assert mapping.equals(expected_map)
    assert utterances.equals(expected)
    assert expected.height == 4  # {a1,a2,b1}, {a3,b2}, {c1,d1}, {e1}


def test_bcubed_scoring() -> None:
    from evaluation.utterances import score_utterances

    gold = [
        {
            "id": "A",
            "members": [
                {"doc": "d1", "text": "plans to call Trump soon"},
                {"doc": "d2", "text": "no plans to call Trump"},
            ],
        },
        {
            "id": "B",
            "members": [
                {"doc": "d1", "text": "through acquaintances"},
                {"doc": "d2", "text": "through acquaintances"},
            ],
        },
    ]
    preds = {
        "d1": [
            ("1:q1", "plans to call Trump soon", "u1"),
            ("1:q2", "through acquaintances", "u2"),
            ("1:q3", "an unrelated remark", "u3"),
        ],
        "d2": [
            ("2:q1", "no plans to call Trump", "u1"),
            ("2:q2", "through acquaintances", "u1"),
            ("2:q3", "an unrelated remark", "u3"),
        ],
    }
    got = {m.name: m.value for m in score_utterances(gold, preds)}
    # Items: A1,A2 in u1 with B2; B1 alone. P = (2/3 + 2/3 + 1/3 + 1) / 4; R = (1 + 1 + .5 + .5) / 4
    assert abs(got["bcubed_precision"] - (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) < 1e-9
    assert abs(got["bcubed_recall"] - 0.75) < 1e-9
    assert got["clusters_exact"] == 0.0
    assert got["spurious_cross_article"] == 2.0  # u1 mixes A and B; u3 is in no gold statement
    assert got["foreign_rows"] == 0.0


def test_adding_an_unrelated_article_keeps_every_id() -> None:
    """Incremental runs: ids of untouched utterances stay; a later report joins an existing one."""
    base_map, base = assign_utterances(pl.DataFrame(CORPUS, schema=INPUT_SCHEMA))
    later = [
        row(
            "f:q1",
            "an entirely different remark about grain exports and shipping",
            published_date=D + dt.timedelta(days=2),
        ),
        row("g:q1", PESKOV_B, kind="indirect", published_date=D + dt.timedelta(days=2)),
    ]
    mapping, utterances = assign_utterances(pl.DataFrame(CORPUS + later, schema=INPUT_SCHEMA))
    old = mapping.filter(pl.col("quote_id").is_in(base_map["quote_id"].implode()))
    assert old.equals(base_map)
    uid = dict(mapping.iter_rows())
    assert uid["g:q1"] == uid["b:q1"]
    assert utterances.height == base.height + 1


def test_translations_meet_through_names_numbers_and_internationalisms() -> None:
    """An English and a Russian report of one remark share no word but its entities,
    numbers and loanwords; another remark of the same speaker that day stays apart."""
    en = "the Bank of Russia needs months for inflation to slow, and the 16% rate stays"
    ru = "Банку России нужны месяцы, чтобы инфляция замедлилась, ставка 16% сохранится"
    other = "я нормально отношусь к шуткам, особенно смешным"
    rows = [
        row(
            "a:q1",
            en,
            source_name="Elvira Nabiullina",
            source_entity_id="person:elvira-nabiullina",
            entity_ids=["org:bank-of-russia"],
        ),
        row(
            "b:q1",
            ru,
            language="ru",
            entity_ids=["org:bank-of-russia"],
            source_name="Elvira Nabiullina",
            source_entity_id="person:elvira-nabiullina",
            speaker_forms=["Набиуллина"],
        ),
        row(
            "b:q2",
            other,
            language="ru",
            char_start=400,
            char_end=450,
            source_name="Elvira Nabiullina",
            source_entity_id="person:elvira-nabiullina",
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"}), frozenset({"b:q2"})}


def test_cyrillic_and_latin_spellings_of_a_speaker_meet() -> None:
    """Canonical names can differ across scripts (Mack / Elon Musk); the surname skeleton meets."""
    text = "the Chinese economy and the rest of the global economy are like conjoined twins"
    rows = [
        row("a:q1", text, source_name="Elon Musk", source_entity_id="person:elon-musk"),
        row(
            "b:q1",
            text,
            source_name="Mack",
            source_entity_id="person:mack",
            speaker_forms=["Маском"],
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"})}


def _two_quotes(gap: str) -> list[dict[str, Any]]:
    first = "Now there are many speculations over this plane crash"
    second = "All of them are absolute lies."
    return [
        row("a:q1", first, char_start=1, char_end=1 + len(first)),
        row(
            "a:q2",
            second,
            char_start=1 + len(first) + len(gap),
            char_end=1 + len(first) + len(gap) + len(second),
            gap_before=gap,
        ),
    ]


def test_quotes_split_only_by_their_attribution_are_one_remark() -> None:
    assert groups(_two_quotes("” Peskov said, according to TASS. “")) == {
        frozenset({"a:q1", "a:q2"})
    }


def test_a_quote_opening_a_new_paragraph_after_the_attribution_is_another_remark() -> None:
    assert len(groups(_two_quotes("” Peskov said, according to TASS.\n\n“"))) == 2


def test_quotes_with_narrative_between_them_are_two_remarks() -> None:
    first = "Now there are many speculations over this plane crash"
    second = "As soon as the results are in, they will be published."
    gap = "” he said.\n\nAsked about the investigation, he turned to the forensic tests: “"
    rows = [
        row("a:q1", first, char_start=1, char_end=1 + len(first)),
        row(
            "a:q2",
            second,
            char_start=1 + len(first) + len(gap),
            char_end=1 + len(first) + len(gap) + len(second),
            gap_before=gap,
        ),
    ]
    assert len(groups(rows)) == 2


def test_same_quoted_words_join_whoever_the_extraction_named() -> None:
    """A speaker misread in one article ("the 56-year-old German said") still meets its quote."""
    text = "I am running out of energy, I know I cannot do the job again and again"
    rows = [
        row("a:q1", text, source_name="Jurgen Klopp", source_entity_id="person:jurgen-klopp"),
        row(
            "b:q1",
            text,
            source_kind="organization",
            source_name="German",
            source_entity_id="norp:german",
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"})}


def test_a_recurring_paraphrased_line_needs_more_than_three_shared_words() -> None:
    """Two paraphrases without quoted words sharing only 'end the war in a day' stay apart."""
    rows = [
        row(
            "a:q1",
            "he can end the war in a single day",
            kind="indirect",
            source_name="Donald Trump",
            source_entity_id="person:donald-trump",
        ),
        row(
            "b:q1",
            "he could end the war in a day, without saying how",
            kind="indirect",
            source_name="Donald Trump",
            source_entity_id="person:donald-trump",
        ),
    ]
    assert len(groups(rows)) == 2


def test_a_common_surname_sound_does_not_link_many_speakers() -> None:
    """Five speakers whose surnames share a skeleton are five people: their similar
    paraphrases (no quoted words) stay apart, and their blocks are not merged."""
    rows = [
        row(
            f"{a}:q1",
            "the ministry will raise pensions by ten percent next spring",
            kind="indirect",
            source_name=f"Ann Pesk{'aeiou'[i]}v",
            source_entity_id=f"person:ann-pesk{'aeiou'[i]}v",
        )
        for i, a in enumerate("abcde")
    ]
    assert len(groups(rows)) == 5


SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.booleans())
def test_outermost_rows_match_their_definition(spans: list[tuple[int, int]], strict: bool) -> None:
    """The sweep finds exactly the rows no other row encloses (it replaced an all-pairs
    comparison that was quadratic in an article's rows)."""
    from transforms.corpus.utterances import _outermost

    start = [s for s, _ in spans]
    end = [e for _, e in spans]
    rows = sorted(range(len(spans)), key=lambda i: (start[i], end[i], i))

    def encloses(j: int, i: int) -> bool:
        inside = j != i and start[j] <= start[i] and end[i] <= end[j]
        return inside and (not strict or end[j] - start[j] > end[i] - start[i])

    expected = [i for i in rows if not any(encloses(j, i) for j in rows)]
    assert _outermost(rows, start, end, strict=strict) == expected


@settings(max_examples=200, deadline=None)
@given(SPANS, st.integers(0, 45), st.integers(0, 45))
def test_row_within_a_stretch_matches_its_definition(
    spans: list[tuple[int, int]], lo: int, hi: int
) -> None:
    from transforms.corpus.utterances import _Inside

    spans = sorted(spans)
    inside = _Inside([s for s, _ in spans], [e for _, e in spans])
    assert inside.any_within(lo, hi) == any(s >= lo and e <= hi for s, e in spans)


def test_pieces_of_a_long_article_are_found_as_before() -> None:
    """An article with many rows: a quote enclosed by another source's row (TASS's) still
    joins its neighbour across the attribution, without joining the enclosing row, and
    another source's row between two quotes keeps them apart."""
    rows = [
        row("a:q1", "the talks will go on next week", char_start=0, char_end=30),
        row(
            "a:q2",
            "we see no reason to stop them",
            char_start=50,
            char_end=79,
            gap_before=", Peskov said. ",
        ),
        row(
            "a:q3",
            "according to TASS the talks will go on",
            kind="indirect",
            char_start=0,
            char_end=40,
            source_id="a:s2",
            source_name="TASS",
            source_entity_id="org:tass",
            source_kind="media",
        ),
        row("a:q4", "sanctions are a mistake", char_start=200, char_end=223),
        row(
            "a:q5",
            "a second remark",
            char_start=240,
            char_end=255,
            source_id="a:s3",
            source_name="Someone Else",
            source_entity_id="person:else",
        ),
        row(
            "a:q6",
            "energy prices will fall",
            char_start=260,
            char_end=283,
            gap_before=", he said. ",
        ),
    ] + [
        row(
            f"a:r{k}",
            f"filler remark number {k}",
            char_start=1000 + 40 * k,
            char_end=1020 + 40 * k,
            source_id=f"a:f{k}",
            source_name=f"Person {k}",
            source_entity_id=f"person:f{k}",
        )
        for k in range(300)
    ]
    found = {g for g in groups(rows) if len(g) > 1}
    assert found == {frozenset({"a:q1", "a:q2"})}


def test_cross_items_carry_news_concepts_across_languages() -> None:
    """A word is its lexicon concept in every language (sanctions / санкциями / санкції),
    whole-word entries do not take longer words (war, not warn), Ukrainian words keep their
    apostrophe, and number words meet digits."""
    en = cross_items("the sanctions will stay until the war ends, two officials warn", "en")
    ru = cross_items("санкциями пугают, война идёт, два чиновника", "ru")
    uk = cross_items("санкції не знімуть, п'ять чиновників", "uk")
    assert {"^sanction", "^war", "^official", "#2"} <= en
    assert {"^sanction", "^war", "^official", "#2"} <= ru
    assert {"^sanction", "^official", "#5"} <= uk
    assert not any(i.startswith("^") and "warn" in i for i in en)


def test_translations_meet_through_shared_concepts() -> None:
    """Reports of one remark in English, Russian and Ukrainian with no name, number or
    loanword in common join through the concepts of their words; another remark of the
    speaker that day, on another subject, stays apart."""
    rows = [
        row("a:q1", "all these speculations about the crash are an absolute lie from the West"),
        row(
            "b:q1",
            "все эти спекуляции вокруг катастрофы это абсолютная ложь Запада",
            language="ru",
            speaker_forms=["Песков"],
        ),
        row(
            "c:q1",
            "усі ці спекуляції навколо катастрофи це абсолютна брехня Заходу",
            language="uk",
            speaker_forms=["Пєсков"],
        ),
        row(
            "b:q2",
            "итоги расследования будут обнародованы позднее",
            language="ru",
            char_start=400,
            char_end=450,
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1", "c:q1"}), frozenset({"b:q2"})}


def test_a_quote_without_source_meets_its_article_speakers_reports() -> None:
    """A quoted paragraph the extraction left without a source is compared with the reports
    of its article's speakers, and joins the one whose content agrees."""
    quote = "I am running out of energy and I cannot do the job again and again"
    rows = [
        row("a:q1", quote, source_name="Jurgen Klopp", source_entity_id="person:jurgen-klopp"),
        row(
            "b:q1",
            "it is that I am running out of energy, I cannot do this job again",
            source_id=None,
            source_kind=None,
            source_name=None,
            source_entity_id=None,
            anonymous=None,
        ),
        row(
            "b:q2",
            "the club is in a good place",
            char_start=400,
            char_end=430,
            source_name="Jurgen Klopp",
            source_entity_id="person:jurgen-klopp",
        ),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1"}), frozenset({"b:q2"})}


def test_a_lead_paraphrase_and_a_later_quote_of_one_answer_are_one_statement() -> None:
    """An article paraphrases the start of an answer in its lead and quotes the rest later;
    another outlet quotes the whole answer: the paraphrase and the quote share no words, yet
    all three are one statement."""
    rest = "In the second half of the year inflationary pressures began to increase"
    rows = [
        row(
            "a:q1",
            "the key rate should have been raised earlier than the bank did",
            kind="indirect",
            char_start=0,
            char_end=60,
        ),
        row("a:q2", rest, char_start=300, char_end=300 + len(rest)),
        row("b:q1", "The key rate should have been raised earlier. " + rest),
    ]
    assert groups(rows) == {frozenset({"a:q1", "a:q2", "b:q1"})}


def test_every_news_concept_is_written_in_three_languages_and_can_match() -> None:
    """Each concept has English, Russian and Ukrainian forms, and every word beginning is at
    least 3 letters (shorter ones are never looked up; they must be '='-marked whole words)."""
    from transforms import lexicon

    concepts = lexicon.load("transforms.corpus", "news_concepts.json")
    assert len(concepts) > 300
    for name, forms in concepts.items():
        assert set(forms) == {"en", "ru", "uk"}, name
        for form in (f for fs in forms.values() for f in fs):
            assert form.startswith("=") or len(form) >= 3, (name, form)
            assert form == form.casefold(), (name, form)


def _namesakes(n: int) -> list[dict[str, Any]]:
    """n people whose surnames share Peskov's skeleton, each with an unrelated remark:
    enough of them and skeleton aliasing stops linking that skeleton."""
    return [
        row(
            f"n{i}:q1",
            f"the committee number {i} will meet again after the holidays",
            kind="indirect",
            source_name=f"Ann Pesk{'aeiou'[i]}v",
            source_entity_id=f"person:ann-pesk{'aeiou'[i]}v",
        )
        for i in range(n)
    ]


def test_a_person_typed_as_an_organisation_keeps_its_speaker() -> None:
    org = {"source_kind": "organization", "source_entity_id": "org:dmitry-peskov"}
    rows = [
        row("a:q1", PESKOV_A, kind="indirect", **org),
        row("b:q1", PESKOV_B, kind="indirect"),
        *_namesakes(5),
    ]
    assert frozenset({"a:q1", "b:q1"}) in groups(rows)


def test_an_organisation_named_as_a_surnamed_person_of_its_article_is_that_person() -> None:
    rows = [
        row(
            "a:q1",
            PESKOV_A,
            kind="indirect",
            source_kind="organization",
            source_entity_id="org:dmitry-peskov",
        ),
        row(
            "a:q2",
            PESKOV_OTHER,
            kind="indirect",
            char_start=500,
            char_end=500 + len(PESKOV_OTHER),
            source_id="a:s2",
            source_name="Peskov",
            source_entity_id=None,
        ),
        row("b:q1", PESKOV_B, kind="indirect", source_name="Peskov", source_entity_id=None),
        *_namesakes(5),
    ]
    assert frozenset({"a:q1", "b:q1"}) in groups(rows)


def test_an_organisation_sharing_only_a_surname_sound_stays_apart() -> None:
    rows = [
        row(
            "a:q1",
            PESKOV_A,
            kind="indirect",
            source_kind="organization",
            source_name="Peskov Holdings",
            source_entity_id="org:peskov-holdings",
        ),
        row("b:q1", PESKOV_B, kind="indirect"),
        *_namesakes(5),
    ]
    assert frozenset({"a:q1", "b:q1"}) not in groups(rows)


def test_a_quote_holding_two_parts_joins_them_where_another_article_splits_them() -> None:
    """One outlet quotes the answer whole; another quotes its two sentences a paragraph
    apart, sharing no words with each other: the whole quote shows they are one answer."""
    first = "Of course, in the West, all these speculations are presented from a certain angle"
    second = "All this is an absolute lie"
    rows = [
        row("a:q1", f"{first}. {second}", entity_ids=["gpe:west"]),
        row("b:q1", first, char_start=0, char_end=90, entity_ids=["gpe:west"]),
        row("b:q2", second, char_start=200, char_end=230, gap_before="\n\nHe went on:\n\n"),
    ]
    assert groups(rows) == {frozenset({"a:q1", "b:q1", "b:q2"})}
    # Without the whole quote the two parts stay apart.
    assert len(groups(rows[1:])) == 2
    # Another remark of the speaker between them ends the passage: they stay apart.
    other = row(
        "b:q3", "The results of the investigation will be published", char_start=120, char_end=170
    )
    assert not any({"b:q1", "b:q2"} <= g for g in groups([*rows, other]))


def test_a_summary_resembling_two_remarks_does_not_bridge_them() -> None:
    """Only the speaker's own words show two parts are one answer; a reporter's summary
    that resembles both (A2/A3 of the seeds) does not."""
    rows = [
        row(
            "a:q1",
            "Peskov said Western speculation about the crash came from a certain angle "
            "and was an absolute lie",
            kind="indirect",
            entity_ids=["gpe:west"],
        ),
        row(
            "b:q1",
            "Of course, in the West, all these speculations are presented from a certain angle",
            char_start=0,
            char_end=90,
            entity_ids=["gpe:west"],
        ),
        row("b:q2", "All this is an absolute lie", char_start=200, char_end=230),
    ]
    assert not any({"b:q1", "b:q2"} <= g for g in groups(rows))


def test_a_clause_inside_another_sources_report_meets_no_other_article() -> None:
    """Kyiv Independent: 'Putin congratulated U.S. President-elect Donald Trump "through
    acquaintances", Verstka reported' reads the congratulation as Putin's words (an act
    verb); that clause is what Verstka reports, not a report of Putin's own remark."""
    putin: dict[str, Any] = {
        "source_name": "Vladimir Putin",
        "source_entity_id": "person:vladimir-putin",
    }
    verstka: dict[str, Any] = {
        "source_id": "a:s2",
        "source_kind": "media",
        "source_name": "Verstka",
        "source_entity_id": "media:verstka",
    }
    us_trump = ["gpe:united-states", "person:donald-trump"]
    report = (
        "Russian President Vladimir Putin congratulated U.S. President-elect Donald Trump "
        '"through acquaintances" instead of an official phone call'
    )
    rows = [
        row("a:q1", report, kind="indirect", char_start=0, char_end=138, **verstka),
        row(
            "a:q2",
            "U.S. President-elect Donald Trump",
            kind="indirect",
            char_start=47,
            char_end=80,
            entity_ids=us_trump,
            **putin,
        ),
        row(
            "b:q1",
            "And I'd like to take this opportunity to congratulate him with being elected "
            "president of the United States",
            entity_ids=us_trump,
            **putin,
        ),
    ]
    assert not any({"a:q2", "b:q1"} <= g for g in groups(rows))
    # The same clause standing alone is compared as usual.
    alone = [rows[1] | {"char_start": 200, "char_end": 233}, rows[2]]
    assert groups(alone) == {frozenset({"a:q2", "b:q1"})}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 20),
            st.integers(0, 8),
            st.sampled_from(["s1", "s2", None]),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_embedded_rows_match_their_definition(
    spans: list[tuple[int, int, str | None, bool]],
) -> None:
    """The sweep finds exactly the reported rows inside another source's row."""
    from transforms.corpus.utterances import _embedded

    records: list[dict[str, object]] = [
        {
            "article_id": "a",
            "char_start": s,
            "char_end": s + n,
            "source_id": src,
            "kind": "indirect" if reported else "full",
        }
        for s, n, src, reported in spans
    ]

    def inside(i: int, j: int) -> bool:
        a, b = records[i], records[j]
        return (
            i != j
            and b["source_id"] is not None
            and b["source_id"] != a["source_id"]
            and b["char_start"] <= a["char_start"]  # type: ignore[operator]
            and a["char_end"] <= b["char_end"]  # type: ignore[operator]
        )

    expected = {
        i
        for i, r in enumerate(records)
        if r["kind"] == "indirect"
        and r["source_id"] is not None
        and any(inside(i, j) for j in range(len(records)))
    }
    assert _embedded(records) == expected


def test_an_anonymous_source_speaks_to_the_outlet_that_relays_it() -> None:
    """The article's other speaker told journalists; the unnamed source told Verstka."""
    anon: dict[str, Any] = {
        "source_id": "a:s2",
        "source_kind": "anonymous",
        "source_name": None,
        "source_entity_id": None,
        "anonymous": True,
        "description": "source",
    }
    rows = [
        row(
            "a:q1", "conveyed their congratulations through acquaintances", medium="Verstka", **anon
        ),
        row(
            "a:q2",
            "These hopes are focused on reducing assistance",
            char_start=900,
            char_end=950,
            channel="journalists",
            **anon,
        ),
        row(
            "a:q3",
            PESKOV_A,
            kind="indirect",
            char_start=400,
            char_end=500,
            medium="journalists",
            channel="journalists",
        ),
    ]
    mapping, utterances = assign_utterances(pl.DataFrame(rows, schema=INPUT_SCHEMA))
    uid = dict(mapping.iter_rows())["a:q2"]
    medium = dict(utterances.select("utterance_id", "original_medium").iter_rows())
    assert medium[uid] == "Verstka"
    assert medium[dict(mapping.iter_rows())["a:q3"]] == "journalists"
    # A channel named in the source's own paragraph ("a source said at a briefing") stays.
    stated = [*rows[:1], rows[1] | {"channel_stated": True}, rows[2]]
    mapping, utterances = assign_utterances(pl.DataFrame(stated, schema=INPUT_SCHEMA))
    medium = dict(utterances.select("utterance_id", "original_medium").iter_rows())
    assert medium[dict(mapping.iter_rows())["a:q2"]] == "journalists"


def test_a_name_written_in_another_script_or_as_initials_counts_once() -> None:
    """Пригожина and Україну are the mentioned entities, WSJ is the-wall-street-journal:
    the entity id counts them, the word does not count again (a shared name weighed
    twice made 'Russia, Ukraine' alone look like agreement)."""
    ents = ["person:yevgeny-prigozhin", "gpe:ukraine", "media:the-wall-street-journal"]
    ru = content_items("WSJ пишет о гибели Пригожина, Украина молчит", ents, "ru")
    assert {f"@{e}" for e in ents} <= ru
    assert not {"wsj", "приго", "украи"} & ru
    cross = cross_items("Пригожина и Украину обсуждают", "ru", ents)
    assert not {"~prg", "~krn"} & cross
    # Without the entity the word is an item as before.
    assert "~prg" in cross_items("Пригожина и Украину обсуждают", "ru")


def test_paraphrases_that_state_the_same_day_need_only_three_shared_items() -> None:
    """'he will leave the club at the end of the season' / 'he is leaving the club at the end
    of the campaign', both dated to the announcement's day: a recurring line would be dated to
    other days, so the stricter count for paraphrases is not needed."""
    klopp: dict[str, Any] = {
        "kind": "indirect",
        "source_name": "Jurgen Klopp",
        "source_entity_id": "person:jurgen-klopp",
    }
    rows = [
        row("a:q1", "he will leave the club at the end of the season", occasion_date=D, **klopp),
        row(
            "b:q1",
            "he is leaving the club at the end of the 2023/24 campaign",
            occasion_date=D,
            **klopp,
        ),
    ]
    assert len(groups(rows)) == 1
    # Undated, the two paraphrases stay apart (three shared items, not four).
    assert len(groups([r | {"occasion_date": None} for r in rows])) == 2
    # Two remarks of one day that share the day's names and one word stay apart.
    ents = ["org:kremlin", "person:yevgeny-prigozhin"]
    day = [
        row(
            "a:q1",
            "the Kremlin has no information on the Prigozhin crash",
            kind="indirect",
            occasion_date=D,
            entity_ids=ents,
        ),
        row(
            "b:q1",
            "the Kremlin will wait for the inquiry into the Prigozhin crash",
            kind="indirect",
            occasion_date=D,
            entity_ids=ents,
        ),
    ]
    assert len(groups(day)) == 2


def test_english_contractions_are_their_words() -> None:
    """they'll, didn't, it's are stopwords, not items; Russia's is russia; can't is can."""
    items = content_items(
        "We didn't attack, they'll see: it's Russia's choice, we can't wait", [], "en"
    )
    assert items == {"^attack", "russi", "choic", "wait"}
    assert cross_items("We didn't attack", "en") == {"^attack"}


def test_leave_is_one_concept_but_stay_is_not_leave() -> None:
    """Transitive 'leave' in Russian and Ukrainian (оставит клуб, залишить команду) is the
    concept; the reflexive forms mean 'stay' and are not."""
    assert "^leave" in cross_items("залишить команду після сезону", "uk")
    assert "^leave" in cross_items("он оставит клуб", "ru")
    assert "^leave" not in cross_items("він залишиться в команді", "uk")
    assert "^leave" not in cross_items("он останется в клубе", "ru")


def test_a_quote_sharing_only_the_days_names_with_two_remarks_does_not_bridge_them() -> None:
    """A long quote that names the Kremlin and Prigozhin agrees with two other remarks
    naming them, but only words, not the topic's names, show it holds both."""
    ents = ["org:kremlin", "person:yevgeny-prigozhin"]
    rows = [
        row(
            "a:q1",
            "The Kremlin had nothing to do with the crash that killed Prigozhin, "
            "and the inquiry will show it",
            entity_ids=ents,
        ),
        row(
            "b:q1",
            "The Kremlin mourns Prigozhin's crash victims",
            char_start=0,
            char_end=50,
            entity_ids=ents,
        ),
        row(
            "b:q2",
            "The Kremlin will not comment on Prigozhin's inquiry",
            char_start=200,
            char_end=250,
            entity_ids=ents,
        ),
    ]
    assert not any({"b:q1", "b:q2"} <= g for g in groups(rows))


def _quote_then(second: str, gap: str, first: str, kind: str = "full") -> list[dict[str, Any]]:
    return [
        row("a:q1", first, kind=kind, char_start=1, char_end=1 + len(first)),
        row(
            "a:q2",
            second,
            char_start=1 + len(first) + len(gap),
            char_end=1 + len(first) + len(gap) + len(second),
            gap_before=gap,
        ),
    ]


def test_a_quote_that_refers_back_to_the_last_one_continues_it() -> None:
    """“… many speculations over this plane crash,” Peskov said, according to TASS. / “The West
    is selling these speculations from a certain angle,” he added: 'these speculations' takes
    up the last quote, so a paragraph break does not end the answer."""
    first = "Now there are many speculations over this plane crash"
    gap = "” Peskov said, according to TASS.\n\n“"
    refers = _quote_then("The West is selling these speculations from a certain angle", gap, first)
    assert groups(refers) == {frozenset({"a:q1", "a:q2"})}
    ru = _quote_then(
        "Конечно же, на Западе все эти спекуляции подаются с известного угла",
        "», — сказал Песков.\n\n«",
        "Сейчас возникло много спекуляций вокруг авиакатастрофы",
    )
    assert groups([r | {"language": "ru"} for r in ru]) == {frozenset({"a:q1", "a:q2"})}
    # A demonstrative before another noun ("this is why") does not refer back.
    other = _quote_then("This is why we must stand our ground", gap, first)
    assert len(groups(other)) == 2
    # Nor across another sentence told between them.
    told = "” Peskov said. Western leaders blamed Moscow.\n\n“"
    assert len(groups(_quote_then(refers[1]["text"], told, first))) == 2
    # A paraphrase followed by a quote taking up its words is left to the reports
    # (seeds: "Moscow 'has certain hopes' for Trump." / “These hopes are ...”).
    assert len(groups(_quote_then(refers[1]["text"], gap, first, kind="indirect"))) == 2
