"""Attribution shapes, split quotes, scare quotes and source resolution."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import Run, direct, source_of


def test_trailing_speaker_then_verb(run: Run) -> None:
    qs, ss = run("“Psychologically, it will be easier for us,” one Russian diplomat said.")
    (q,) = qs
    assert (q.kind, q.cue, q.speaker_text) == ("full", "say", "one Russian diplomat")
    s = source_of(q, ss)
    assert s.anonymous and s.kind == "anonymous"
    assert s.description == "Russian diplomat"
    assert s.n_people == 1
    assert s.affiliation == "diplomatic"


def test_trailing_verb_then_speaker(run: Run) -> None:
    qs, ss = run("“The principle is clear,” said a Russian government official.")
    (q,) = qs
    assert (q.cue, q.speaker_text) == ("say", "a Russian government official")
    assert source_of(q, ss).affiliation == "government"


def test_told_medium(run: Run) -> None:
    qs, _ = run("“We are watching closely,” one Russian official told The Moscow Times.")
    (q,) = qs
    assert (q.cue, q.medium) == ("tell", "The Moscow Times")


def test_told_channel_medium_strips_article(run: Run) -> None:
    qs, ss = run(
        "Boris Bondarev resigned in 2022.\n"
        "“It could force allies to decide,” Bondarev told the Breakfast Show YouTube channel."
    )
    (q,) = qs
    assert q.medium == "Breakfast Show YouTube channel"
    s = source_of(q, ss)
    assert not s.anonymous and s.name == "Boris Bondarev"


def test_leading_said_and_colon(run: Run) -> None:
    qs, ss = run('A high-ranking government official added: "I am a bureaucrat, and I welcome it."')
    (q,) = qs
    assert (q.cue, q.speaker_text) == ("add", "A high-ranking government official")
    assert source_of(q, ss).description == "high-ranking government official"


def test_saying_colon(run: Run) -> None:
    qs, _ = run(
        "A Russian government official expressed confidence in JD Vance, saying: "
        '"If he becomes vice president, some of the people will be rational."'
    )
    (q,) = direct(qs)
    assert (q.cue, q.speaker_text) == ("say", "A Russian government official")


def test_according_to_fragment_is_partial(run: Run) -> None:
    qs, ss = run(
        "Putin conveyed congratulations — not through an official call, but "
        "“through acquaintances,” according to a high-ranking parliamentary source "
        "who spoke to the independent outlet Verstka."
    )
    # A mixed attribution (DATA_CONTRACT, ATTRIBUTIONS.md): the clause that
    # "according to" sources is an indirect row, the quoted fragment inside it
    # a partial row, both with the same source and medium.
    clause, q = qs
    assert (q.kind, q.cue, q.medium) == ("partial", "according to", "Verstka")
    assert (clause.kind, clause.cue, clause.medium) == ("indirect", "according to", "Verstka")
    assert clause.text.startswith("Putin conveyed congratulations")
    assert clause.char_start <= q.char_start and q.char_end <= clause.char_end
    assert clause.source_n == q.source_n
    s = source_of(q, ss)
    assert s.description == "high-ranking parliamentary source"
    assert s.affiliation == "parliament"


def test_split_quote_continues(run: Run) -> None:
    qs, _ = run(
        "“I very much expect that our relationship will be restored,” Mr. Putin said. "
        "“We are open to this.”"
    )
    assert len(qs) == 2
    assert qs[0].source_n == qs[1].source_n
    assert qs[1].continues_n == qs[0].n
    assert qs[0].continues_n is None
    assert qs[1].cue == "say"


def test_split_quote_across_stray_blank_line(run: Run) -> None:
    qs, _ = run(
        "“Until the inauguration, we will keep advancing,” a Russian government official\n\n"
        "said. “It would be good to reach the borders by January.”"
    )
    assert [q.speaker_text for q in qs] == ["a Russian government official"] * 2
    assert qs[1].continues_n == 1
    assert len({q.source_n for q in qs}) == 1


def test_shared_attribution_between_fragments(run: Run) -> None:
    qs, _ = run(
        "After the “lies, incompetence and malice of the Biden administration,” "
        "Mr. Dmitriev said, there were now “new opportunities for resetting relations.”"
    )
    qs = direct(qs)
    assert [q.kind for q in qs] == ["partial", "partial"]
    assert qs[1].continues_n == qs[0].n


def test_pronoun_resolves_to_named_speaker(run: Run) -> None:
    qs, ss = run(
        "Vladimir Pozner, a television journalist, said in an interview that his friends "
        "had wanted Kamala Harris to lose.\n"
        "“There is this general feeling that Trump would be better for Russia,” he said."
    )
    (q,) = direct(qs)
    assert q.speaker_text == "he"
    assert source_of(q, ss).name == "Vladimir Pozner"


def test_definite_description_reuses_source(run: Run) -> None:
    qs, ss = run(
        "“Psychologically, it will be easier for us,” one Russian diplomat said.\n"
        "“But whether contacts lead anywhere is an open question,” the diplomat added."
    )
    assert qs[0].source_n == qs[1].source_n
    assert qs[1].cue == "add" and qs[1].continues_n is None
    assert source_of(qs[0], ss).n_quotes == 2


def test_company_noun_refers_back_past_a_government_body(run: Run) -> None:
    qs, ss = run(
        "Shares of Boeing Co. fell after the Federal Aviation Administration ordered checks.\n"
        "“We are working closely with our customers,” the company said."
    )
    (q,) = direct(qs)
    s = source_of(q, ss)
    assert s.anonymous is False and "Boeing" in (s.name or "")


def test_body_noun_needs_its_word_in_the_name(run: Run) -> None:
    qs, ss = run(
        "Ministers met officials of the Red Cross and the Iranian Foreign Ministry on Monday.\n"
        "“The talks were constructive,” the ministry said.\n"
        "“We saw progress,” the hospital said."
    )
    ministry, hospital = direct(qs)
    assert (source_of(ministry, ss).name or "").endswith("Foreign Ministry")
    # no earlier name holds "hospital": an unnamed body stays a descriptor
    assert source_of(hospital, ss).anonymous is True


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("The mayor resigned, according to a news release from Mayor Nancy Young.", "Nancy Young"),
        (
            "According to a report by The Wall Street Journal, the deal could close soon.",
            "The Wall Street Journal",
        ),
        (
            "Apple said in a statement that sales rose. The statement added that no date was set.",
            "Apple",
        ),
    ],
)
def test_a_cited_document_is_its_issuer(run: Run, body: str, issuer: str) -> None:
    qs, ss = run(body)
    assert qs and all(q.kind == "indirect" for q in qs)
    for q in qs:
        s = source_of(q, ss)
        assert (s.anonymous, s.name) == (False, issuer)


def test_a_document_nobody_issued_before_stays_a_descriptor(run: Run) -> None:
    qs, ss = run(
        "Iran's Foreign Ministry said talks would resume. Separately, the report said prices rose."
    )
    last = source_of(qs[-1], ss)
    assert last.anonymous is True and last.description == "report"


def test_indefinite_descriptions_are_new_sources(run: Run) -> None:
    qs, _ = run(
        "“We will keep advancing,” a Russian official said.\n"
        "“No one is there to talk to,” another Russian official said."
    )
    assert qs[0].source_n != qs[1].source_n


def test_the_source_refers_to_latest_anonymous_source(run: Run) -> None:
    qs, ss = run(
        "A source close to the Kremlin confirmed this to the outlet.\n"
        "“These hopes are focused on reducing assistance to Ukraine,” the source explained."
    )
    (q,) = direct(qs)
    s = source_of(q, ss)
    assert s.description == "source close to the Kremlin"
    assert s.affiliation == "kremlin"
    assert q.cue == "explain"


def test_following_quote_paragraph_inherits_speaker(run: Run) -> None:
    qs, _ = run(
        "“No one is writing songs for Hillary,” he said of the campaign, adding nothing.\n\n"
        "“Right now, the vote is against Trump. It’s not for Hillary.”"
    )
    assert len(qs) == 2
    assert qs[1].source_n == qs[0].source_n


def test_scare_quotes_are_not_rows(run: Run) -> None:
    qs, _ = run(
        "Russian institutions have banned the “global L.G.B.T.Q. movement” as extremist.\n"
        "Observers point to leaders who both espouse conservative, “traditional” values.\n"
        "This is further confirmation of the “multipolar” world order that Putin espouses, "
        "a Russian government official told The Moscow Times."
    )
    assert direct(qs) == ()


def test_attributed_fragment_is_partial(run: Run) -> None:
    qs, _ = run(
        "Trump’s claim is viewed by Russia’s top officials as “laughable,” the source said."
    )
    (q,) = direct(qs)
    assert (q.kind, q.text, q.cue) == ("partial", "laughable,", "say")


def test_anonymity_reason_and_head_count(run: Run) -> None:
    _, ss = run(
        "Putin and Trump’s teams were in contact, two Russian government officials told "
        "The Moscow Times. Both officials spoke on condition of anonymity due to the "
        "sensitivity of the matter."
    )
    anon = [s for s in ss if s.anonymous]
    assert anon
    assert anon[0].n_people == 2
    assert anon[0].anonymity_reason == "due to the sensitivity of the matter"


def test_outlet_reporting_is_a_media_source(run: Run) -> None:
    qs, ss = run("The two spoke by phone, the independent news outlet Verstka reported.")
    media = [s for s in ss if s.kind == "media"]
    assert [s.name for s in media] == ["Verstka"]
    # The outlet's report is a reported-speech row (issue 17), not a direct quote.
    assert direct(qs) == ()
    assert [(q.kind, q.text, q.cue) for q in qs] == [
        ("indirect", "The two spoke by phone", "report")
    ]
    assert media[0].n_quotes == 1 and qs[0].source_n == media[0].n


def test_offsets_slice_back_and_numbering(run: Run) -> None:
    body = "“A,” she said. “B is here.”\n\n“C is new,” the official said."
    qs, ss = run(body)
    assert [q.n for q in qs] == list(range(1, len(qs) + 1))
    for q in qs:
        assert body[q.char_start : q.char_end] == q.text
    assert [s.n for s in ss] == list(range(1, len(ss) + 1))


@pytest.mark.parametrize(
    "body",
    [
        # The parser heads the subject with the title; the name is its appositive.
        "Governor of the Bank of Ruritania Jane Doran said the rate would rise soon.\n\n"
        "The governor also said the bank had acted too late.",
        "The bank's governor Jane Doran told reporters the rate would rise soon.\n\n"
        "The governor also said the bank had acted too late.",
    ],
)
def test_title_with_appositive_name_is_the_named_person(run: Run, body: str) -> None:
    qs, ss = run(body)
    assert len(qs) == 2
    speakers = {source_of(q, ss).name for q in qs}
    assert speakers == {"Jane Doran"}


def test_definite_title_prefers_the_person_with_its_modifiers(run: Run) -> None:
    # Two foreign ministers named; "the Finnish foreign minister" is the Finnish one,
    # although the Estonian one was named last.
    qs, ss = run(
        "Finnish Foreign Minister Anna Berg said the talks with Estonian Foreign Minister "
        "Karl Tamm made no progress on Monday.\n\n"
        "“We did not start this,” the Finnish foreign minister said."
    )
    (q,) = direct(qs)
    assert source_of(q, ss).name == "Anna Berg"


def test_a_name_after_of_is_not_the_titled_speaker(run: Run) -> None:
    qs, ss = run("The wife of John Doran said the family would stay in town.")
    (q,) = qs
    assert source_of(q, ss).name != "John Doran"


def test_the_singular_demonym_is_the_person_in_the_story(run: Run) -> None:
    qs, ss = run(
        'Coach Tom Berger will leave the club in May.\n\n"I am running out of energy," '
        "the 56-year-old German said."
    )
    (q,) = direct(qs)
    assert source_of(q, ss).name == "Tom Berger"


def test_police_are_a_force_named_by_their_place(run: Run) -> None:
    qs, ss = run(
        "Officers from Riverton police went to the house on Monday.\n"
        "“The suspect fled on foot,” police said.\n"
        "“Nobody was hurt,” Riverton police said."
    )
    first, second = direct(qs)
    s = source_of(first, ss)
    assert (s.anonymous, s.kind, s.name) == (False, "organization", "Riverton police")
    assert second.source_n == first.source_n


def test_police_without_a_named_force_are_still_a_body(run: Run) -> None:
    qs, ss = run("“The road will stay closed overnight,” police said.")
    s = source_of(direct(qs)[0], ss)
    assert (s.anonymous, s.name) == (False, "police")


def test_the_department_refers_back_to_the_police_force(run: Run) -> None:
    qs, ss = run(
        "Two men were arrested by Lakewood police on Sunday.\n"
        "“Both men were released on bail,” the department said.\n"
        "The state Department of Justice is also investigating.\n"
        "“More details will follow,” the department said."
    )
    first, second = direct(qs)
    assert source_of(first, ss).name == "Lakewood police"
    # the same speaker phrase keeps its referent past a department named in between
    assert second.source_n == first.source_n


def test_body_named_by_its_own_phrase_is_not_anonymous(run: Run) -> None:
    qs, ss = run("“He will miss the game,” the Czech national team said in a statement.")
    s = source_of(direct(qs)[0], ss)
    assert (s.anonymous, s.kind, s.name) == (False, "organization", "Czech national team")


def test_it_as_first_speaker_is_the_body_named_before(run: Run) -> None:
    qs, ss = run("Shares of Intel fell on Monday after it said quarterly sales would be lower.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    s = source_of(q, ss)
    assert s.anonymous is False and s.name == "Intel"


def test_pronoun_prefers_the_main_speaker_over_one_inside_a_report(run: Run) -> None:
    qs, ss = run(
        "Governor Alan Price spoke in Dover on Monday. He said Mayor Rita Stone acted wisely, "
        "adding that Ms. Stone’s stated wish to close the bridge “deserves support.” "
        "And he suggested that the state would pay for the repairs."
    )
    (q,) = [q for q in qs if q.kind == "indirect" and q.text.startswith("the state")]
    assert source_of(q, ss).name == "Alan Price"


def test_quantified_group_is_described_by_its_group(run: Run) -> None:
    qs, ss = run("Some of the mayor’s fiercest critics said the new budget would fail.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    s = source_of(q, ss)
    assert s.anonymous is True and "critics" in (s.description or "")


def test_document_of_a_body_noun_is_issued_by_the_body_named_before(run: Run) -> None:
    qs, ss = run(
        "Shares of Intel fell on Monday.\n"
        "The company’s statement said quarterly sales would be lower than expected."
    )
    (q,) = [q for q in qs if q.kind == "indirect"]
    s = source_of(q, ss)
    assert s.anonymous is False and s.name == "Intel"


def test_plural_bodies_are_not_unnamed_people(run: Run) -> None:
    qs, ss = run("The news organizations argued the records should be released to the public.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    s = source_of(q, ss)
    assert (s.anonymous, s.kind, s.name) == (False, "media", "news organizations")
