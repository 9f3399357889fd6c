"""extract_events on short texts, and the events scoring helpers."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from contract.records import EventRecord, TimexRecord
from evaluation.events import gold_interval, same_sentence
from transforms.entities.mentions import extract_mentions
from transforms.events.extract import extract_events
from transforms.nlp.load import parse_bodies

DCT = dt.date(2024, 11, 8)


def _timexes(text: str, dates: dict[str, tuple[dt.date, dt.date]]) -> tuple[TimexRecord, ...]:
    out = []
    for n, (surface, (a, b)) in enumerate(dates.items(), start=1):
        m = re.search(re.escape(surface), text)
        assert m is not None
        out.append(TimexRecord(n, surface, m.start(), m.end(), "DATE", a.isoformat(), a, b))
    return tuple(out)


def _events(
    nlp: Any, text: str, dates: dict[str, tuple[dt.date, dt.date]] | None = None
) -> tuple[EventRecord, ...]:
    doc = next(parse_bodies(nlp, [text]))
    return extract_events(
        doc,
        mentions=extract_mentions(doc),
        timexes=_timexes(text, dates or {}),
        quotes=(),
        sources=(),
        published_date=DCT,
    )


def test_congratulation_dated_by_parse(nlp: Any) -> None:
    thu = (dt.date(2024, 11, 7), dt.date(2024, 11, 7))
    text = "President Vladimir Putin on Thursday congratulated Donald Trump."
    evs = _events(nlp, text, {"Thursday": thu})
    ev = next(e for e in evs if e.trigger == "congratulate")
    assert ev.event_type == "support"
    assert (ev.date_start, ev.date_end) == thu
    assert ev.timex_n == 1
    assert ev.modality == "asserted"
    assert {("person", "Vladimir Putin"), ("person", "Donald Trump")} <= set(ev.actors)
    assert [e.n for e in evs] == list(range(1, len(evs) + 1))


def test_noun_trigger_with_date_modifier(nlp: Any) -> None:
    day = (dt.date(2024, 11, 5), dt.date(2024, 11, 5))
    evs = _events(nlp, "Markets rallied after Tuesday’s election.", {"Tuesday": day})
    ev = next(e for e in evs if e.trigger == "election")
    assert ev.event_type == "election"
    assert (ev.date_start, ev.date_end) == day


def test_modalities(nlp: Any) -> None:
    neg = _events(nlp, "Putin has yet to congratulate Donald Trump on his victory in the election.")
    assert next(e for e in neg if e.trigger == "congratulate").modality == "negated"
    hyp = _events(nlp, "Trump might seek to cut a deal with Putin.")
    assert {e.modality for e in hyp} == {"hypothetical"}
    fut = _events(nlp, "Putin will meet Trump in Helsinki.")
    assert next(e for e in fut if e.trigger == "meet").modality == "expected"
    rep = _events(nlp, "The two leaders spoke by phone, Russian officials told The Moscow Times.")
    assert next(e for e in rep if e.trigger == "speak").modality == "reported"
    # Saying is a quote, not an event (data contract).
    assert not any(e.trigger in ("tell", "say") for e in rep)


def test_sentence_span_slices_back(nlp: Any) -> None:
    text = "Kyiv was calm. Russia attacked Kharkiv on Monday, officials said."
    mon = (dt.date(2024, 11, 4), dt.date(2024, 11, 4))
    evs = _events(nlp, text, {"Monday": mon})
    for e in evs:
        assert text[e.char_start : e.char_end] == e.sentence
    ev = next(e for e in evs if e.trigger == "attack")
    assert ev.event_type == "assault" and ev.date_start == mon[0]


def test_gold_interval() -> None:
    d = dt.date
    assert gold_interval("2024-11-05") == (d(2024, 11, 5), d(2024, 11, 5))
    assert gold_interval("2024-11/2024-12") == (d(2024, 11, 1), d(2024, 12, 31))
    assert gold_interval("2025-W02") == (d(2025, 1, 6), d(2025, 1, 12))
    assert gold_interval("2024-SU") == (d(2024, 6, 1), d(2024, 8, 31))
    assert gold_interval("2016-11-09TMO") == (d(2016, 11, 9), d(2016, 11, 9))
    assert gold_interval("2020") == (d(2020, 1, 1), d(2020, 12, 31))
    assert gold_interval("PRESENT_REF") is None
    assert same_sentence("A  b c.", "x A b c. y")


def test_temporal_clause_shares_its_date(nlp: Any) -> None:
    wed = (dt.date(2024, 11, 6), dt.date(2024, 11, 6))
    text = (
        "As the U.S. continued to tally votes on Wednesday, President Vladimir Putin "
        "oversaw the launch of an icebreaker."
    )
    evs = _events(nlp, text, {"Wednesday": wed})
    dated = {e.trigger for e in evs if e.date_start == wed[0]}
    assert {"tally", "launch"} <= dated


def test_date_inside_reported_speech_dates_the_content(nlp: Any) -> None:
    y2020 = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    text = "Back in 2020, they tried to take victory away from him, one source said."
    evs = _events(nlp, text, {"2020": y2020})
    assert not any(e.trigger == "say" for e in evs)
    assert any(e.date_start == y2020[0] and e.trigger != "say" for e in evs)


def test_background_adjunct_is_not_reported(nlp: Any) -> None:
    tue = (dt.date(2024, 11, 5), dt.date(2024, 11, 5))
    text = "In the run-up to Tuesday’s election, Russian officials said they cared little."
    evs = _events(nlp, text, {"Tuesday": tue})
    election = next(e for e in evs if e.trigger == "election")
    assert election.modality == "asserted" and election.date_start == tue[0]


def test_declared_winner_is_an_election(nlp: Any) -> None:
    evs = _events(nlp, "Mr. Trump was declared the winner on Wednesday.")
    assert next(e for e in evs if e.trigger == "declare").event_type == "election"


def test_clause_reports_a_happening_without_names_or_date(nlp: Any) -> None:
    """Issue 19: "Firefighters rescued ..." is one happening although no named
    party or date anchors it; a noun in passing ("a rescue plan") is not, and a
    negated happening ("No injuries were reported") is kept as negated."""
    evs = _events(
        nlp,
        "Firefighters rescued twelve people from the river. No injuries were reported.",
    )
    assert any(e.trigger == "rescue" and e.event_type == "aid" for e in evs)
    inj = [e for e in evs if e.trigger == "injury"]
    assert inj and inj[0].modality == "negated"


def test_relative_clause_antecedent_is_the_actor(nlp: Any) -> None:
    evs = _events(nlp, "The board thanked Maria Keller, who resigned in protest.")
    ev = next(e for e in evs if e.trigger == "resign")
    assert ("person", "Maria Keller") in ev.actors


def test_match_victory_is_not_an_election(nlp: Any) -> None:
    evs = _events(nlp, "The Danish player claimed a 6-4 6-3 victory over his rival.")
    assert all(e.event_type != "election" for e in evs)


def test_aspectual_verb_gives_way_to_its_event_complement(nlp: Any) -> None:
    """ "The protests began on Monday": the protest is the happening, dated by
    the aspectual verb; "refused to meet": the refusal is the happening."""
    mon = (dt.date(2024, 11, 4), dt.date(2024, 11, 4))
    evs = _events(nlp, "The protests began on Monday in the capital.", {"Monday": mon})
    assert [(e.trigger, e.event_type) for e in evs] == [("protest", "protest")]
    assert (evs[0].date_start, evs[0].date_end) == mon
    evs = _events(nlp, "Boeing refused to meet the union on Monday.", {"Monday": mon})
    assert [e.trigger for e in evs] == ["refuse"]
    # without an event complement the verb keeps its own reading
    evs = _events(nlp, "Her new term begins on Monday.", {"Monday": mon})
    assert [e.trigger for e in evs] == ["begin"]


def test_place_is_not_an_actor(nlp: Any) -> None:
    evs = _events(nlp, "A child died in Lubbock, Texas Governor Greg Abbott confirmed.")
    ev = next(e for e in evs if e.trigger == "die")
    assert not any(a[1] in ("Lubbock", "Texas") for a in ev.actors)


def test_verb_object_events_and_support_verbs(nlp: Any) -> None:
    """ "takes office" is an event though "take" is phrasal only with "over";
    a support verb ("served a ban") hands its date to its object noun."""
    jan = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    evs = _events(nlp, "Spanberger takes office in January.", {"January": jan})
    assert [e.trigger for e in evs] == ["take"]
    yr = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    evs = _events(nlp, "Jannik Sinner served a doping ban in 2024.", {"2024": yr})
    assert [(e.trigger, e.date_start) for e in evs] == [("ban", yr[0])]


def test_tallies_and_coordinated_tolls(nlp: Any) -> None:
    """A counted plural is a tally, not a happening; "no injuries or deaths"
    is one (negated) row."""
    evs = _events(nlp, "Microsoft has had several rounds of layoffs. Patients had 15 events.")
    assert not any(e.trigger in ("layoff", "event") for e in evs)
    evs = _events(nlp, "No injuries or deaths have been reported.")
    assert [(e.trigger, e.modality) for e in evs] == [("injury", "negated")]


def test_relative_clause_and_support_verb_report_an_arrest(nlp: Any) -> None:
    text = (
        "The charges were brought in Pennsylvania, where he was arrested. "
        "Luigi Mangione was placed under arrest by federal authorities."
    )
    evs = _events(nlp, text)
    arrests = [e for e in evs if e.trigger == "arrest"]
    assert arrests and arrests[-1].event_type == "coerce"
    assert ("person", "Luigi Mangione") in {a for e in arrests for a in e.actors}


def test_election_article_types_victory_as_election(nlp: Any) -> None:
    text = (
        "Voters went to the polls in the governor's election. The campaign was close. "
        "Abigail Spanberger's commanding victory was hardly a surprise."
    )
    evs = _events(nlp, text)
    assert [e.event_type for e in evs if e.trigger == "victory"] == ["election"]
    sport = "Abigail Spanberger's commanding victory was hardly a surprise."
    assert all(e.event_type != "election" for e in _events(nlp, sport))


def test_dated_participle_or_sequence_verb_is_no_event(nlp: Any) -> None:
    night = (dt.date(2024, 11, 7), dt.date(2024, 11, 7))
    evs = _events(nlp, "Rescuers reached cars stuck in floods overnight.", {"overnight": night})
    assert not any(e.trigger == "stick" for e in evs)
    may = (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    evs = _events(nlp, "It follows initial talks in Geneva in early May.", {"early May": may})
    assert [e.trigger for e in evs] == ["talk"]


def test_thanking_is_said_and_a_participle_of_an_event_noun_is_part_of_it(nlp: Any) -> None:
    evs = _events(nlp, "Mayor Brandon Johnson thanked aldermen after the vote.")
    assert not any(e.trigger == "thank" for e in evs)
    evs = _events(nlp, "Beijing criticised the deal signed by Donald Trump.")
    assert [(e.trigger, e.actors) for e in evs if e.event_type == "agree"] == [
        ("deal", (("person", "Donald Trump"),))
    ]


def test_adverbial_gerund_takes_its_clause_subject(nlp: Any) -> None:
    text = "Luigi Mangione was transported to New York after waiving his right to a hearing."
    evs = _events(nlp, text)
    ev = next(e for e in evs if e.trigger == "waive")
    assert ev.event_type == "concede" and ("person", "Luigi Mangione") in ev.actors
    evs = _events(nlp, "Federal prosecutors seek a five-year sentence for Sean Combs.")
    assert [e.event_type for e in evs if e.trigger == "seek"] == ["request"]


def test_what_a_reported_act_caused_took_place(nlp: Any) -> None:
    text = "The talks in Geneva led both sides to postpone tariff hikes."
    assert "postpone" in [e.trigger for e in _events(nlp, text)]
    text = "Officials used ladders to postpone the hikes."
    assert "postpone" not in [e.trigger for e in _events(nlp, text)]


def test_condition_is_no_happening_and_a_guilty_verdict_is_coercion(nlp: Any) -> None:
    text = "Sean Combs, who faced life in prison if convicted, was found guilty on two charges."
    evs = _events(nlp, text)
    assert [(e.trigger, e.event_type) for e in evs] == [("find", "coerce")]


def test_conjunct_shares_its_head_subject(nlp: Any) -> None:
    text = "Two items were dropped by the robbers and were recovered near the scene."
    assert "recover" in [e.trigger for e in _events(nlp, text)]


def test_dated_complement_of_an_unlisted_verb_is_no_event(nlp: Any) -> None:
    morning = (dt.date(2024, 11, 7), dt.date(2024, 11, 7))
    text = "Firefighters continued working through the morning."
    evs = _events(nlp, text, {"through the morning": morning})
    assert not any(e.trigger == "work" for e in evs)


def test_dated_noun_mistagged_as_verb_is_no_event(nlp: Any) -> None:
    sat = (dt.date(2023, 4, 8), dt.date(2023, 4, 8))
    text = "There were eight Premier League fixtures throughout the day on Saturday."
    doc = next(parse_bodies(nlp, [text]))
    evs = _events(nlp, text, {"Saturday": sat})
    # whatever the tagger makes of "fixtures", a noun's function is no event
    assert not any(e.trigger == "fixture" for e in evs), [(t.text, t.pos_) for t in doc]


def test_adverbial_clause_reports_a_happening_and_aspect_is_none(nlp: Any) -> None:
    text = "The unrest continued even after the apps were restored."
    assert "restore" in [e.trigger for e in _events(nlp, text)]
    text = "Crews kept working as the rain started to taper off."
    assert "start" not in [e.trigger for e in _events(nlp, text)]


def test_verb_object_pairs_that_name_no_happening(nlp: Any) -> None:
    text = "Ross Stores' earnings beat expectations, and Walmart cut the deficit to two points."
    evs = _events(nlp, text)
    assert not any(e.trigger in ("beat", "cut") for e in evs)
    assert [e.trigger for e in _events(nlp, "Walmart cut 1,500 jobs on Monday.")] == ["cut"]


def test_schedule_changes_and_market_moves_are_events(nlp: Any) -> None:
    # Words of ACE Business/Justice happenings and economic changes the
    # vocabulary lacked (issue 19: misses on unseen news).
    mon = (dt.date(2024, 11, 4), dt.date(2024, 11, 4))
    text = (
        "The court on Monday rescheduled the hearing. Shares of Acme Corp. plunged on Monday. "
        "The closure of the Acme Corp. plant was confirmed on Monday. "
        "The judge set John Smith's sentencing for Monday."
    )
    evs = _events(nlp, text, {"on Monday": mon})
    triggers = {e.trigger: e for e in evs}
    assert {"reschedule", "plunge", "closure", "sentencing"} <= set(triggers)
    assert triggers["sentencing"].event_type == "coerce"
    assert all(triggers[t].event_type == "other" for t in ("reschedule", "plunge", "closure"))


def test_noun_and_verb_of_one_happening_share_a_family() -> None:
    from transforms.events.extract import family

    assert family("closure") == family("close")
    assert family("cancellation") == family("cancel")
    assert family("postponement") == family("postpone")
    assert family("sentencing") == family("sentence")


def test_event_noun_as_passive_subject_of_a_light_verb_is_reported(nlp: Any) -> None:
    # Neither a named participant nor a date: the clause itself reports one
    # happening ("A recount was conducted"), as a finite verb would.
    evs = _events(nlp, "A recount was conducted after the narrow result.")
    assert [e.trigger for e in evs] == ["recount"]
    # a noun in passing stays out without an anchor
    assert not _events(nlp, "Nobody expects a recount.")


def test_instruction_to_the_reader_is_no_event(nlp: Any) -> None:
    evs = _events(nlp, "For more details, please visit the council's website.")
    assert not [e for e in evs if e.trigger == "visit"]
    evs = _events(nlp, "The mayor visited the council on Monday.", {"Monday": (DCT, DCT)})
    assert [e for e in evs if e.trigger == "visit"]


def test_since_date_opens_an_interval_and_dates_nothing(nlp: Any) -> None:
    y2017 = (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    text = "McIlroy won the Masters, beating Rose in the first playoff at Augusta since 2017."
    evs = _events(nlp, text, {"2017": y2017})
    assert evs and not any(e.date_start == y2017[0] for e in evs)
    # The same year without "since" dates the happening.
    evs = _events(nlp, "McIlroy beat Rose in a playoff at Augusta in 2017.", {"2017": y2017})
    assert any(e.trigger == "beat" and e.date_start == y2017[0] for e in evs)
