"""Affiliation rules, anonymity reasons and the pure scoring functions."""

from __future__ import annotations

import pytest

from evaluation.quotes import (
    GoldQuote,
    PredQuote,
    names_match,
    parse_ann,
    score_polnear,
    score_seed_quotes,
    speakers_match,
)
from transforms.quotes.extract import is_title
from transforms.quotes.sources import affiliation_of, anonymity_reasons


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Russian government official", "government"),
        ("source close to the Kremlin", "kremlin"),
        ("source close to the Foreign Ministry", "foreign_ministry"),
        ("diplomatic source", "diplomatic"),
        ("high-ranking parliamentary source", "parliament"),
        ("senior executive at a major state corporation", "business"),
        ("Kremlin-linked political analyst", "expert"),
        ("Moscow newspaper editor close to the Kremlin", "media"),
        ("prominent anti-Kremlin politician", "opposition"),
        ("U.S. official", "foreign_government"),
        ("source", None),
    ],
)
def test_affiliation(description: str, expected: str | None) -> None:
    assert affiliation_of(description) == expected


def test_anonymity_reasons() -> None:
    text = (
        "All of these sources spoke on condition of anonymity as they are not authorized "
        "to give comments to foreign media. Others spoke on condition of anonymity."
    )
    assert [r for _, r in anonymity_reasons(text)] == [
        "as they are not authorized to give comments to foreign media"
    ]


def test_titles() -> None:
    assert is_title("Fox News Sunday,")
    assert is_title("Make Your Kid a Millionaire")
    assert not is_title("The Donald. Big Daddy.")
    assert not is_title("We view all of this very positively,")
    assert not is_title("workhorse")


def test_name_and_speaker_matching() -> None:
    assert names_match("Dmitri Peskov", "Dmitry Peskov")
    assert not names_match("Vladimir Putin", "Vladimir Pozner")
    assert speakers_match("Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov")
    assert speakers_match("he", "he")
    assert not speakers_match("she", "Warren")


def test_seed_scoring_counts_scare_predictions_as_errors() -> None:
    gold = [
        {
            "doc": "d",
            "text": "We are open to this.",
            "kind": "full",
            "speaker": "Vladimir Putin",
            "anonymous": False,
            "cue": "say",
            "speaker_id": "Vladimir Putin",
            "continues_previous": False,
        },
        {"doc": "d", "text": "multipolar", "kind": "scare"},
        {
            "doc": "d",
            "text": "It will be easier,",
            "kind": "full",
            "speaker": "Russian diplomat",
            "anonymous": True,
            "cue": "say",
            "speaker_id": "S1",
            "continues_previous": False,
        },
        {
            "doc": "d",
            "text": "It is an open question,",
            "kind": "full",
            "speaker": "Russian diplomat",
            "anonymous": True,
            "cue": "add",
            "speaker_id": "S1",
            "continues_previous": False,
        },
    ]
    preds = {
        "d": [
            PredQuote(
                "We are open to this.", "full", "say", "Mr. Putin", "1", False, "Vladimir Putin"
            ),
            PredQuote("multipolar", "partial", "tell", "an official", "2", True),
            PredQuote("It will be easier,", "full", "say", "one diplomat", "3", True),
            PredQuote("It is an open question,", "full", "say", "the diplomat", "4", True),
        ]
    }
    got = {m.name: m.value for m in score_seed_quotes(gold, preds)}
    assert got["recall"] == 1.0
    assert got["precision"] == 0.75
    # The two diplomat quotes went to two different sources: identity broken once.
    assert got["speaker_accuracy"] == pytest.approx(2 / 3)
    assert got["cue_accuracy"] == pytest.approx(2 / 3)
    assert got["anonymous_accuracy"] == 1.0


def test_polnear_ann_parsing_and_scoring() -> None:
    text = "“We will win,” he said. She wrote that “it is over.”"
    ann = (
        "T1\tSource 15 17\the\nT2\tCue 18 22\tsaid\nT3\tContent 0 14\t“We will win,”\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    rels, contents = parse_ann(ann, text)
    assert rels == [("“We will win,”", "he", "said")]
    assert contents == ["“We will win,”"]
    gold = {"a": [GoldQuote("We will win,", "he", "said")]}
    preds = {"a": [PredQuote("We will win,", speaker_text="he"), PredQuote("it is over.")]}
    got = {m.name: m.value for m in score_polnear(gold, {"a": ["We will win,"]}, preds)}
    assert got == {"recall": 1.0, "speaker_accuracy": 1.0, "precision": 0.5}
