"""The scoring arithmetic shared by ``evaluation.timex`` and the gate."""

from __future__ import annotations

from evaluation.timex import (
    Span,
    combine,
    locate,
    metrics,
    parse_tml,
    score_document,
    score_values,
    seed_gold_spans,
)


def S(start: int, end: int, *values: str) -> Span:
    return Span(start, end, frozenset(values))


def test_value_extent_counts() -> None:
    gold = [S(0, 5, "2024-11-05"), S(10, 15, "2024-11-06", "PRESENT_REF"), S(20, 25, "P3Y")]
    pred = [S(0, 5, "2024-11-05"), S(9, 15, "PRESENT_REF"), S(30, 33, "2020")]
    c = score_document(gold, pred)
    assert (c.n_gold, c.n_pred, c.relaxed_tp, c.strict_tp, c.value_tp) == (3, 3, 2, 1, 2)
    m = {x.name: x.value for x in metrics(c, "t")}
    assert m["value_accuracy"] == 2 / 3
    assert m["extent_precision"] == 2 / 3
    assert m["extent_strict_recall"] == 1 / 3


def test_one_to_one_prefers_exact_then_largest_overlap() -> None:
    gold = [S(0, 4, "a"), S(5, 9, "b")]
    pred = [S(0, 9, "b"), S(5, 9, "b")]
    c = score_document(gold, pred)
    assert c.relaxed_tp == 2 and c.strict_tp == 1
    assert c.value_tp == 1  # the long prediction is paired with gold "a" and is wrong


def test_combine_and_empty() -> None:
    total = combine([score_document([], []), score_document([S(0, 1, "x")], [])])
    assert (total.n_gold, total.n_pred) == (1, 0)
    assert {m.name: m.value for m in metrics(total, "t")}["value_f1"] == 0.0


def test_parse_tml_offsets_and_dct() -> None:
    raw = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3>'
        '</DCT><TEXT>It <EVENT eid="e1">ended</EVENT> &amp; said '
        '<TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.</TEXT></TimeML>'
    )
    doc = parse_tml(raw, "x")
    assert str(doc.dct) == "2013-03-22"
    assert doc.text == "It ended & said Friday."
    (g,) = doc.gold
    assert doc.text[g.start : g.end] == "Friday" and g.values == {"2013-03-22"}


def test_locate_gold_in_a_cleaned_body() -> None:
    raw = "Menu\nNow it is Thursday.\nShare\nBy now, on Thursday, more.\n"
    body = "Now it is Thursday.\nBy now, on Thursday, more."
    gold = seed_gold_spans(
        [
            {
                "text": "Thursday",
                "value": "2024-11-07",
                "start": raw.rindex("Thursday"),
                "end": raw.rindex("Thursday") + 8,
            }
        ]
    )
    loc = locate(raw, gold[0], body)
    assert loc is not None and body[loc.start : loc.end] == "Thursday"
    assert loc.start == body.rindex("Thursday")
    assert locate(raw, S(0, 4, "x"), body) is None  # "Menu" was boilerplate


def test_score_values_alt_is_accepted_but_not_strict() -> None:
    gold: list[dict[str, object]] = [
        {
            "doc": "a",
            "text": "8 p.m.",
            "value": "2025-11-04T20:00-05:00",
            "alt": ["2025-11-04T20:00"],
        },
        {"doc": "a", "text": "Monday", "value": "2025-11-03"},
        {"doc": "b", "text": "last year", "value": "2024"},
    ]
    preds = {
        "a": [("8 p.m.", "2025-11-04T20:00"), ("Monday", "2025-11-10"), ("soon", "FUTURE_REF")],
        "b": [("last year", "2024")],
    }
    got = {m.name: (m.value, m.support) for m in score_values(gold, preds, "timex/x")}
    assert got["timex_value_accuracy"] == (
        2 / 3,
        3,
    )  # the alt clock time counts, the wrong Monday not
    assert got["timex_value_strict_accuracy"] == (1 / 3, 3)
    assert got["timex_precision"] == (3 / 4, 4)  # "soon" matches no gold expression
