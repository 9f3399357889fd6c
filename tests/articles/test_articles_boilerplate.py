from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.articles.boilerplate import classify_line, find_body, is_credit

BODY = [
    "The central bank raised its key rate by two percentage points on Friday, citing inflation.",
    "“We had no choice,” the governor told reporters in Moscow after the meeting.",
    "Economists said the move had been widely expected but warned of slower growth next year.",
    "The ruble, which had fallen sharply this week, recovered some of its losses.",
]

PAGE = "\n".join(
    [
        "Skip to content",
        "Become a member Gift membership",
        "Business",
        "",
        "Central bank raises key rate to curb inflation",
        "By Anna Smith and John Doe",
        "March 3, 2024 10:15 AM",
        "The bank's headquarters in Moscow. March 1, 2024.",
        "Ivan Petrov / Reuters",
        "",
        BODY[0],
        "",
        BODY[1],
        "Related article: [Ruble slides to a record low](#)",
        BODY[2],
        "",
        BODY[3],
        "",
        "Anna Smith is a correspondent for Example News based in Moscow.",
        "Markets brace for more volatility",
        "Traders say the next weeks will be decisive for the currency and for bond prices",
        "5 mins read",
        "Enter your email to subscribe",
        "* indicates required",
        "Subscribe",
        "* indicates required",
    ]
)


def test_body_found_verbatim_and_in_order() -> None:
    result = find_body(PAGE)
    assert result.body_text == "\n".join(BODY)
    assert result.n_removed == len([ln for ln in PAGE.split("\n") if ln.strip()]) - len(BODY)


def test_clean_text_untouched() -> None:
    text = "\n".join(BODY)
    result = find_body(text)
    assert result.body_text == text
    assert result.n_removed == 0


def test_broken_sentence_rejoined() -> None:
    text = "\n\n".join(
        [
            BODY[0],
            "“We will keep going,” a government official",
            "said. “It would be good to finish by January.”",
            "He noted that the bank has often found it easier to act alone than",
            "ministries.",
            BODY[2],
        ]
    )
    body = find_body(text).body_text
    assert "a government official said. “It would be good" in body
    assert "alone than ministries." in body


def test_dek_repeating_the_story_is_not_body() -> None:
    dek = (
        "Officials voiced optimism that the talks could end the dispute. "
        "The minister said the proposals “deserve attention.”"
    )
    body = [
        "The government tried for years to settle the dispute with its neighbor.",
        "Now it sees a second chance.",
        "The minister, speaking in the capital, said the talks could end the dispute and "
        "that the new proposals “deserve attention.”",
        "Officials voiced optimism in private, according to two people familiar with the talks.",
    ]
    result = find_body("\n".join([dek, *body]))
    assert result.body_text == "\n".join(body)


def test_first_paragraph_with_a_quote_is_kept() -> None:
    lines = [
        "Police said the suspect had been “cooperative” and was released on Monday.",
        "The man, 34, was detained after a brief chase through the city center.",
        "Officers later described him as “cooperative,” a spokesman said.",
    ]
    assert find_body("\n".join(lines)).body_text == "\n".join(lines)


def test_credit_lines() -> None:
    assert is_credit("Evan Vucci / AP / TASS")
    assert is_credit("Win McNamee / Getty Images")
    assert is_credit("Photo: Reuters")
    assert not is_credit("Ukraine / Russia talks resume in Geneva after a long pause.")


def test_furniture_kinds() -> None:
    assert classify_line("Skip to main content")[1] == "navigation"
    assert classify_line("12 mins read")[1] == "read_time"
    assert classify_line("This article was first [published](#) by VPost.")[1] == "republished"
    assert classify_line("Original url:")[1] == "url"
    assert classify_line("<https://example.com/a/b>")[1] == "url"
    assert classify_line("Source: Verstka")[1] == "source_attribution"
    assert classify_line("* indicates required")[1] == "widget"
    assert classify_line("This audio is created with AI assistance")[1] == "widget"
    assert (
        classify_line(
            "Millions read the Kyiv Independent, but only one in 10,000 readers makes a financial "
            "contribution. Thanks to our community we've been able to keep our reporting free."
        )[1]
        == "appeal"
    )
    assert classify_line("Reporting by Guy Faulconbridge; Editing by Andrew Osborn")[2]
    assert (
        classify_line(
            "Anton Troianovski is the Moscow bureau chief for The Times. He writes about Russia."
        )[1]
        == "bio"
    )


def test_bio_inside_the_story_is_not_an_end_marker() -> None:
    lines = [
        "A court in Yekaterinburg on Friday extended the detention of a U.S. journalist.",
        "Evan Gershkovich is a reporter for The Wall Street Journal.",
        "He has denied the charges, which his employer calls baseless.",
        "Diplomats said they expected a prisoner exchange to be discussed in the coming months.",
        "The Kremlin declined to comment on the case on Friday, citing the ongoing investigation.",
    ]
    assert find_body("\n".join(lines)).body_text == "\n".join(lines)


def test_bio_of_a_subject_at_the_end_is_story() -> None:
    lines = [
        "A court in Yekaterinburg on Friday extended the detention of a U.S. journalist.",
        "Prosecutors said Gershkovich had gathered secret information, which he denies.",
        "Diplomats said they expected a prisoner exchange to be discussed in the coming months.",
        "Evan Gershkovich is a reporter for The Wall Street Journal.",
    ]
    assert find_body("\n".join(lines)).body_text == "\n".join(lines)


def test_citations_that_look_like_furniture_stay_in_the_story() -> None:
    lines = [
        "The Kremlin denied on Monday that Putin and Trump had spoken by phone after the vote.",
        "Reporting by The Washington Post said the two men discussed the war in Ukraine.",
        "The investigation was first published by Verstka on Wednesday and widely shared.",
        "Peskov called the report “pure fiction” and said no call had taken place.",
        "Analysts said the denial was consistent with the Kremlin's cautious line on Trump.",
    ]
    assert find_body("\n".join(lines)).body_text == "\n".join(lines)


def test_pull_quote_keeps_the_story_copy() -> None:
    quote = "“We view all of this very positively,” the official said."
    lines = [BODY[0], quote, BODY[2], quote, BODY[3]]
    assert find_body("\n".join(lines)).body_text == "\n".join([BODY[0], quote, BODY[2], BODY[3]])


def test_no_prose_keeps_text() -> None:
    assert find_body("Short note without punctuation").body_text == (
        "Short note without punctuation"
    )


_sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(
        st.sampled_from(
            [
                "the",
                "minister",
                "said",
                "on",
                "monday",
                "that",
                "talks",
                "with",
                "officials",
                "would",
                "continue",
                "in",
                "moscow",
                "despite",
                "sanctions",
                "and",
                "pressure",
                "from",
                "allies",
                "abroad",
            ]
        ),
        min_size=8,
        max_size=25,
    ),
    st.sampled_from([".", "?", "!", ".”", '."']),
)
_furniture = st.sampled_from(
    [
        "Skip to content",
        "Related article: [Something else entirely](#)",
        # A line directly above a credit is its caption, so credits follow a blank line.
        "\nEvan Vucci / AP / TASS",
        "12 mins read",
        "Subscribe",
        "* indicates required",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_sentence, min_size=3, max_size=12, unique=True), st.data())
def test_property_body_lines_kept_in_order(sentences: list[str], data: st.DataObject) -> None:
    lines: list[str] = []
    for s in sentences:
        lines.append(s)
        lines.append(data.draw(_furniture))
    body = find_body("\n".join(lines)).body_text
    assert body.split("\n") == sentences


def test_repeated_teaser_lines_do_not_make_paragraphs_look_wrapped() -> None:
    """Found by the property above: three copies of one link line between short
    paragraphs were counted as three wrapped lines and joined to the paragraphs."""
    sentences = [
        "The the the the the the the the.",
        "The the the the the the the the?",
        "The the the the the the the the the.",
        "Minister allies from talks sanctions pressure allies pressure.",
    ]
    furniture = ["Related article: [Something else entirely](#)"] * 3 + ["Skip to content"]
    lines = [x for pair in zip(sentences, furniture, strict=True) for x in pair]
    assert find_body("\n".join(lines)).body_text.split("\n") == sentences
