"""Person-name forms and entity types on invented sentences: roles before a name,
fuller names with initials, degrees after a name, owned products, shouted
datelines and city-plus-team names."""

from __future__ import annotations

from typing import Any

from contract.records import MentionRecord
from transforms.entities.canonical import _key_parts
from transforms.entities.mentions import _no_place_if_org, extract_mentions
from transforms.nlp.load import parse_bodies


def _ents(nlp: Any, text: str) -> set[tuple[str, str]]:
    doc = next(parse_bodies(nlp, [text]))
    return {m.entity for m in extract_mentions(doc)}


def test_role_before_a_name_is_no_part_of_it(nlp: Any) -> None:
    ents = _ents(nlp, "Fire Capt. Maria Delgado said the crew arrived in minutes.")
    assert ("person", "Maria Delgado") in ents
    assert not any("Capt" in name or "Fire" in name for _, name in ents)


def test_sport_role_before_a_surname(nlp: Any) -> None:
    ents = _ents(nlp, "Midfielder Okafor scored twice before the break on Saturday.")
    assert not any(name.startswith("Midfielder") for _, name in ents)


def test_middle_initial_and_suffix_kept_in_the_name(nlp: Any) -> None:
    ents = _ents(
        nlp,
        "Thomas R. Whitfield Jr. led the review. Whitfield said the results were clear.",
    )
    people = {name for etype, name in ents if etype == "person"}
    assert people == {"Thomas R. Whitfield Jr."}


def test_suffix_does_not_split_a_person_across_articles() -> None:
    assert _key_parts("Thomas R. Whitfield Jr.")[-1] == "Whitfield"
    assert _key_parts("Thomas Whitfield") == ["Thomas", "Whitfield"]


def test_degree_after_a_name_is_no_place(nlp: Any) -> None:
    ents = _ents(nlp, "Helen K. Marsh, M.D., from the county hospital, led the study.")
    assert not any(etype == "gpe" for etype, _ in ents)
    ents = _ents(nlp, "Officials in Baltimore, Md., said the road was closed.")
    assert any(etype == "gpe" and name != "Baltimore" for etype, name in ents)


def test_a_name_owned_by_its_is_no_person(nlp: Any) -> None:
    ents = _ents(nlp, "On Monday, Ford cut the price of its electric Mustang Mach-E again.")
    assert not any(etype == "person" for etype, _ in ents)


def test_shouted_dateline_city_typed_org_is_a_place(nlp: Any) -> None:
    ents = _ents(nlp, "DETROIT – Ford Motor is set to report its earnings after the bell.")
    assert ("gpe", "Detroit") in ents
    assert ("org", "DETROIT") not in ents


def test_city_and_plural_team_name_are_one_team(nlp: Any) -> None:
    ents = _ents(nlp, "The Dallas Cowboys edged out the Eagles 40-37 in overtime Sunday afternoon.")
    assert ("org", "Dallas Cowboys") in ents
    assert ("gpe", "Dallas") not in ents


def test_fire_rescue_service_is_a_body(nlp: Any) -> None:
    ents = _ents(nlp, "Laramie Fire-Rescue responded to two structure fires on Friday.")
    assert not any(etype == "person" for etype, _ in ents)


def test_job_title_cut_from_the_employer_before_a_name(nlp: Any) -> None:
    ents = _ents(nlp, "Netflix Inc. Co-Chief Executive Ted Sarandos pledged to keep the window.")
    assert ("org", "Netflix Inc.") in ents
    assert ("person", "Ted Sarandos") in ents
    ents = _ents(nlp, "The Office of the President said no.")
    assert ("org", "Office of the President") in ents


def test_league_division_is_no_region(nlp: Any) -> None:
    ents = _ents(nlp, "The Cowboys are now in contention in the wide open NFC East, thanks to him.")
    assert ("org", "NFC East") in ents
    assert not any(etype == "gpe" for etype, _ in ents)


def test_a_body_read_once_as_a_place_is_the_body() -> None:
    recs = [
        MentionRecord("Streamflix", 0, 10, ("org", "Streamflix")),
        MentionRecord("Streamflix’s", 40, 52, ("gpe", "Streamflix")),
        MentionRecord("Georgia", 60, 67, ("gpe", "Georgia")),
        MentionRecord("Georgia", 80, 87, ("org", "Georgia")),
    ]
    out = _no_place_if_org(recs)
    assert out[1].entity == ("org", "Streamflix")
    assert out[2].entity == ("gpe", "Georgia")  # a known place keeps its sense


def test_a_surname_the_tagger_calls_plural_is_still_a_name(nlp: Any) -> None:
    text = (
        "Rogers showed skill when cutting in to bend home a strike late in a first half "
        "that ended with Matheus Cunha levelling for United after Matty Cash was dispossessed."
    )
    assert ("person", "Matheus Cunha") in _ents(nlp, text)
    assert not any(etype == "person" for etype, _ in _ents(nlp, "She bought two Apple Watches."))


def test_a_numbered_body_keeps_its_number(nlp: Any) -> None:
    text = (
        "Crews raced to a house fire on Elm Road around 7:20 a.m. on November 29. "
        "According to District No. 1 Fire Chief Dana Kohl, the second floor was burning."
    )
    ents = _ents(nlp, text)
    assert ("org", "District No. 1") in ents
    assert ("org", "District No") not in ents


def _mention_ents(nlp: Any, text: str) -> set[tuple[str, str]]:
    from transforms.entities.mentions import extract_mentions
    from transforms.nlp.load import parse_bodies

    doc = next(parse_bodies(nlp, [text]))
    return {m.entity for m in extract_mentions(doc)}


def test_people_listed_with_people(nlp: Any) -> None:
    # the model types some cast names ORG inside a list of people
    ents = _mention_ents(
        nlp,
        "The film stars Rory Kinnear, Maxine Peake, Neil Bell and Philip Jackson, "
        "with music by Dick Pope (cinematography), Suzie Davies (production design) "
        "and Gary Yershon (music).",
    )
    assert ("person", "Maxine Peake") in ents
    assert ("person", "Suzie Davies") in ents
    assert not any(t == "org" for t, _ in ents)


def test_hyphenated_surname_links_to_the_person(nlp: Any) -> None:
    ents = _mention_ents(
        nlp,
        "Jeremy Saint and Perla Alarcon-Flory voted no. "
        "Alarcon-Flory said the board is trying to do what is best.",
    )
    assert ("person", "Perla Alarcon-Flory") in ents
    assert ("org", "Alarcon-Flory") not in ents


def test_two_people_sharing_a_surname_stay_two(nlp: Any) -> None:
    ents = _mention_ents(
        nlp,
        "Owner Jerry Jones spoke after the game. Jones said the team must improve. "
        "Punter Chris Jones kicked the ball 30 yards.",
    )
    assert ("person", "Jerry Jones") in ents
    assert ("person", "Chris Jones") in ents


def test_player_read_as_a_building_is_a_person(nlp: Any) -> None:
    ents = _mention_ents(
        nlp,
        "Rojo's long-range strike was brilliantly tipped over the crossbar by the agile Brad Guzan.",
    )
    assert ("person", "Brad Guzan") in ents


def test_title_in_quotation_marks_is_no_person(nlp: Any) -> None:
    ents = _mention_ents(
        nlp,
        "New Line Cinema’s “Don’t Worry Darling,” the second feature from director "
        "Olivia Wilde, will premiere in Venice.",
    )
    assert ("person", "Olivia Wilde") in ents
    assert not any(t == "person" and "Darling" in n for t, n in ents)
