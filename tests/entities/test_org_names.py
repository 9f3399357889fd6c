"""Organization names by their form and context (transforms.entities.org_names) through
extract_mentions, on short invented texts."""

from __future__ import annotations

from typing import Any

from transforms.entities.mentions import extract_mentions
from transforms.entities.org_names import is_alert, is_code_name, strip_legal_form
from transforms.nlp.load import parse_bodies


def _ents(nlp: Any, text: str) -> set[tuple[str, str]]:
    doc = next(parse_bodies(nlp, [text]))
    out = set()
    for m in extract_mentions(doc):
        assert text[m.char_start : m.char_end] == m.text
        out.add(m.entity)
    return out


def test_strip_legal_form() -> None:
    assert strip_legal_form("Nippon Steel Corp.") == "Nippon Steel"
    assert strip_legal_form("Acme Holdings Ltd") == "Acme Holdings"
    assert strip_legal_form("Siemens AG") == "Siemens"
    assert strip_legal_form("Corp.") == "Corp."  # nothing left but the form
    assert strip_legal_form("Boeing") == "Boeing"


def test_code_names() -> None:
    assert is_code_name("GLP-1") and is_code_name("COVID-19") and is_code_name("F-35")
    assert not is_code_name("NASA") and not is_code_name("Ford")


def test_legal_form_makes_a_company_over_a_place(nlp: Any) -> None:
    # the model reads "United Kingdom" inside the company name as a place
    ents = _ents(nlp, "Investors cheered after United Kingdom Mining Corp. raised its outlook.")
    assert ("org", "United Kingdom Mining Corp.") in ents
    assert not any(t == "gpe" for t, _ in ents)


def test_legal_form_short_name_when_the_article_uses_it(nlp: Any) -> None:
    text = (
        "Harland Foods Inc. said on Monday that profit rose. Harland Foods also raised its "
        "dividend, and Harland Foods shares gained 4%."
    )
    ents = _ents(nlp, text)
    assert ("org", "Harland Foods") in ents
    assert ("org", "Harland Foods Inc.") not in ents


def test_stock_ticker_makes_a_company(nlp: Any) -> None:
    ents = _ents(nlp, "Rival chain Kroger KR.N said last week that sales were flat.")
    assert ("org", "Kroger") in ents


def test_awards_code_names_and_headings_are_no_organizations(nlp: Any) -> None:
    text = (
        "Maria Lopez won Best Supporting Actress at the ceremony. The regulator cleared a "
        "new GLP-1 medication on Tuesday.\nBUDGET FIGHT The council met again on Friday "
        "and the mayor spoke for an hour about the plan."
    )
    names = {n for _, n in _ents(nlp, text)}
    assert "Maria Lopez" in names
    assert not names & {"Best Supporting Actress", "GLP-1", "BUDGET FIGHT"}


def test_product_named_once_is_a_product_everywhere(nlp: Any) -> None:
    text = (
        "The diabetes drug Ozempra cut heart attacks by a fifth. Patients taking Ozempra "
        "also lost weight, and Ozempra sales doubled."
    )
    assert not any(n == "Ozempra" for _, n in _ents(nlp, text))


def test_compass_region_is_a_place(nlp: Any) -> None:
    ents = _ents(nlp, "The company will reopen its Pacific Northwest plants next month.")
    assert ("gpe", "Pacific Northwest") in ents
    assert ("org", "Pacific Northwest") not in ents


def test_untagged_league_and_court_with_their_country(nlp: Any) -> None:
    ents = _ents(nlp, "There were six Premier League games on Sunday.")
    assert ("org", "Premier League") in ents
    ents = _ents(nlp, "The U.S. Supreme Court has agreed to hear the case.")
    assert ("org", "U.S. Supreme Court") in ents


def test_owner_before_a_possessive_is_kept(nlp: Any) -> None:
    ents = _ents(nlp, "The outage hit PayPal’s Venmo payment platform on Monday.")
    assert ("org", "PayPal") in ents
    assert not any(t == "person" for t, _ in ents)


def test_glued_wire_credit_is_split(nlp: Any) -> None:
    text = "Osaka, May 2 (Kyodo News)--Daiwa Chemical Corp. said Friday it had closed the deal."
    ents = _ents(nlp, text)
    assert ("media", "Kyodo News") in ents
    assert ("org", "Daiwa Chemical Corp.") in ents


def test_weather_alert_names(nlp: Any) -> None:
    doc = next(parse_bodies(nlp, ["A Tornado Warning and Human Rights Watch and Flood Emergency."]))
    assert is_alert(doc, 1, 3)  # Tornado Warning
    assert not is_alert(doc, 4, 7)  # Human Rights Watch: 'watch' ends bodies' names
    assert is_alert(doc, 8, 10)


def test_place_before_a_facility_noun_names_the_facility(nlp: Any) -> None:
    # the model types "Saratov" here as an organization
    ents = _ents(nlp, "Drones struck the Saratov oil refinery overnight, officials in Moscow said.")
    assert ("gpe", "Saratov oil refinery") in ents
    assert not any(n == "Saratov" for _, n in ents)
    assert ("gpe", "Moscow") in ents


def test_generic_general_staff_takes_its_country(nlp: Any) -> None:
    ents = _ents(nlp, "Ukraine’s General Staff said its forces hit a fuel depot.")
    assert ("org", "General Staff of the Armed Forces of Ukraine") in ents


def test_possessive_owner_named_in_full_is_a_person(nlp: Any) -> None:
    # the model reads "Dave Leip’s Atlas" as one person
    text = "That record prompted Dave Leip’s Atlas of U.S. Presidential Elections to look again."
    ents = _ents(nlp, text)
    assert ("person", "Dave Leip") in ents
    assert ("org", "Dave Leip") not in ents


def test_office_before_a_name_is_no_company(nlp: Any) -> None:
    ents = _ents(nlp, "The letter came from Principal Deputy Assistant AG Peter Kadzik on Monday.")
    assert ("person", "Peter Kadzik") in ents
    assert ("org", "Assistant AG") not in ents  # the model's own "AG" may stay


def test_known_body_name_cut_by_the_model_is_rejoined(nlp: Any) -> None:
    # the model tags "the National" and the gazetteer "Security Council" apart
    text = "Dan Kritenbrink, senior director for Asian affairs at the National Security Council, spoke."
    assert ("org", "National Security Council") in _ents(nlp, text)
    text = "Turnout was 42%, according to the Florida Department of State."
    assert ("org", "Florida Department of State") in _ents(nlp, text)


def test_house_speaker_is_no_product(nlp: Any) -> None:
    text = "Republicans met.\n\nFormer House speaker and Ohioan John Boehner headlined a reception."
    assert ("person", "John Boehner") in _ents(nlp, text)


def test_metric_abbreviation_is_no_organization(nlp: Any) -> None:
    ents = _ents(nlp, "If Acme Corp. beats estimates, EPS would more than double, analysts said.")
    assert not any(n == "EPS" for _, n in ents)
    assert ("org", "Acme Corp.") in ents


def test_possessive_inside_company_and_office_names(nlp: Any) -> None:
    ents = _ents(nlp, "Shares of Kohl’s Corp fell 10% on Tuesday, traders said.")
    assert ("org", "Kohl’s Corp") in ents
    ents = _ents(
        nlp, "The Rowan County Sheriff’s Office said in a report that a homeowner was awakened."
    )
    assert ("org", "Rowan County Sheriff’s Office") in ents


def test_brand_word_fiscal_year_and_event_are_no_people_or_places(nlp: Any) -> None:
    ents = _ents(nlp, "SpaceX completed a major test on Sunday, the company said.")
    assert ("org", "SpaceX") in ents and ("person", "SpaceX") not in ents
    ents = _ents(nlp, "The district's spending authority will reach $45.3 million in FY22.")
    assert not any(n == "FY22" for _, n in ents)
    ents = _ents(nlp, "The film retells the Peterloo Massacre of 1819 in Manchester.")
    assert not any(n == "Peterloo Massacre" for _, n in ents)
