"""Sports clubs by their form and context (transforms.entities.teams) through
extract_mentions, on short invented match reports."""

from __future__ import annotations

from typing import Any

from transforms.entities.mentions import extract_mentions
from transforms.entities.teams import sports_report
from transforms.nlp.load import parse_bodies


def _ents(nlp: Any, text: str) -> set[tuple[str, str]]:
    doc = next(parse_bodies(nlp, [text]))
    out = set()
    for m in extract_mentions(doc):
        assert text[m.char_start : m.char_end] == m.text
        out.add(m.entity)
    return out


REPORT = (
    "Manchester City eased to a 3-0 victory over Southampton on Saturday. "
    "The striker Erling Haaland scored twice before the referee awarded a penalty. "
    "City now trail leaders Arsenal by five points."
)


def test_sports_report_needs_two_sport_words(nlp: Any) -> None:
    assert sports_report(next(parse_bodies(nlp, [REPORT])))
    # one metaphor is no match report
    plain = "The agency imposed a penalty on Southampton port operators on Monday."
    assert not sports_report(next(parse_bodies(nlp, [plain])))


def test_clubs_named_after_places_are_organizations(nlp: Any) -> None:
    ents = _ents(nlp, REPORT)
    assert ("org", "Manchester City") in ents  # club form
    assert ("org", "Southampton") in ents  # "victory over"
    assert not any(t == "gpe" for t, _ in ents)
    assert ("person", "Erling Haaland") in ents


def test_place_outside_sport_stays_a_place(nlp: Any) -> None:
    ents = _ents(nlp, "Flooding closed roads in Southampton on Monday, the council said.")
    assert ("gpe", "Southampton") in ents


def test_one_word_player_is_one_person(nlp: Any) -> None:
    text = (
        "Midfielder Herrera fired home just before the break. "
        "Rooney then doubled the lead before Herrera added his second goal in stoppage time."
    )
    ents = _ents(nlp, text)
    assert ("org", "Herrera") not in ents
    assert ("person", "Herrera") in ents


def test_nba_teams_by_nickname_and_place(nlp: Any) -> None:
    text = (
        "Ingram scored 29 points and the Lakers erased a 13-point halftime deficit in an NBA game. "
        "In Milwaukee, the Bucks rallied to beat the Utah Jazz 114-102."
    )
    ents = _ents(nlp, text)
    assert ("org", "Lakers") in ents
    assert ("org", "Utah Jazz") in ents
    assert ("gpe", "Utah") not in ents
    assert ("gpe", "Milwaukee") in ents


def test_coach_read_as_organization_in_a_match_report(nlp: Any) -> None:
    text = (
        "Morgan Rogers' brilliant brace has helped Aston Villa to a 10th successive win as "
        "Unai Emery's Premier League title contenders beat Manchester United. "
        "The Portuguese midfielder was replaced at half-time."
    )
    ents = _ents(nlp, text)
    assert ("person", "Unai Emery") in ents  # the model reads "Unai Emery's" as ORG
    assert ("org", "Unai Emery") not in ents
    assert ("org", "Aston Villa") in ents
