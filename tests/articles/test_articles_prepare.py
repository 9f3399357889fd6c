from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract.records import PreparedArticle, RejectedInput
from transforms.articles.prepare import prepare_article

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

ARTICLE = "\n\n".join(
    [
        "Skip to content",
        "Kremlin says it is ready for talks with new administration",
        "By Jane Roe",
        "November 8, 2024",
        "The Kremlin said on Friday it was ready to hold talks with the incoming U.S. "
        "administration, but only on terms that reflect the situation on the ground.",
        "“We are open to dialogue,” Kremlin spokesman Dmitry Peskov told reporters, adding "
        "that no meeting had yet been scheduled.",
        "Analysts said the statement was aimed at testing the president-elect's resolve.",
        "© 2024 The Moscow Times. All rights reserved.",
    ]
)

HTML = """<!DOCTYPE html><html><head>
<title>Kremlin says ready for talks</title>
<link rel="canonical" href="https://www.themoscowtimes.com/2024/11/08/kremlin-ready-a1">
<meta property="og:site_name" content="The Moscow Times">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-11-08T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Kremlin says ready for talks</h1>
<p>The Kremlin said on Friday it was ready to hold talks with the incoming U.S.
administration, but only on terms that reflect the situation on the ground.</p>
<p>“We are open to dialogue,” Kremlin spokesman Dmitry Peskov told reporters, adding
that no meeting had yet been scheduled for the coming weeks.</p>
<p>Analysts said the statement was aimed at testing the president-elect's resolve
before his inauguration in January, and at reassuring allies.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_text_article() -> None:
    art = prepare_article(ARTICLE.encode(), source_path="a/story.txt")
    assert isinstance(art, PreparedArticle)
    assert art.format == "text" and art.encoding == "utf-8"
    assert art.title == "Kremlin says it is ready for talks with new administration"
    assert art.authors == ("Jane Roe",)
    assert art.published_date == dt.date(2024, 11, 8)
    assert art.published_date_source == "text"
    assert art.outlet == "The Moscow Times" and art.outlet_evidence == "boilerplate"
    assert art.body_text.startswith("The Kremlin said on Friday")
    assert art.body_text.endswith("president-elect's resolve.")
    assert art.language == "en" and art.language_confidence > 0.9
    assert art.n_boilerplate_lines == 5
    assert art.n_words == len(art.body_text.split())


def test_html_article() -> None:
    art = prepare_article(HTML.encode(), source_path="page.html")
    assert art.format == "html"
    assert art.title == "Kremlin says ready for talks"
    assert art.url == "https://www.themoscowtimes.com/2024/11/08/kremlin-ready-a1"
    assert art.outlet == "The Moscow Times" and art.outlet_evidence == "url"
    assert art.published_date == dt.date(2024, 11, 8)
    assert art.authors == ("Jane Roe",)
    assert "Home" not in art.body_text and "Subscribe" not in art.body_text
    assert "“We are open to dialogue,”" in art.body_text


def test_sidecar_overrides() -> None:
    art = prepare_article(
        ARTICLE.encode(),
        source_path="story.txt",
        meta={
            "outlet": "nyt",
            "published_date": "2024-11-09",
            "title": "Given title",
            "authors": ["A B", "C D"],
            "url": "https://example.org/x",
        },
    )
    assert art.outlet == "The New York Times" and art.outlet_evidence == "sidecar"
    assert art.published_date == dt.date(2024, 11, 9)
    assert art.published_date_source == "sidecar"
    assert art.title == "Given title" and art.authors == ("A B", "C D")
    assert art.url == "https://example.org/x"


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02\x03binary\x00" * 30, "binary file"),
        (b"%PDF-1.4 " + bytes(range(256)), "PDF"),
        (b"\n\n  \n* indicates required\nSubscribe\n12 mins read\n", "no words left"),
    ],
)
def test_rejections(raw: bytes, match: str) -> None:
    with pytest.raises(RejectedInput, match=match):
        prepare_article(raw, source_path="x.txt")


def test_oversized() -> None:
    with pytest.raises(RejectedInput, match=r"file is 7\.2 MB, over the 5 MB limit"):
        prepare_article(b"a" * 7_200_000, source_path="big.txt")
    small = prepare_article(ARTICLE.encode(), source_path="s.txt", max_bytes=10_000)
    assert small.n_words > 0
    with pytest.raises(RejectedInput, match="raise --max-bytes"):
        prepare_article(ARTICLE.encode(), source_path="s.txt", max_bytes=100)


def test_cyrillic_in_legacy_encodings() -> None:
    text = (
        "Путин поздравил Трампа\n\n"
        "Президент России Владимир Путин в четверг поздравил Дональда Трампа с победой на "
        'выборах в США. Об этом он заявил на заседании клуба "Валдай" в Сочи.\n\n'
        "Ранее пресс-секретарь Кремля Дмитрий Песков говорил, что поздравлений не будет."
    )
    for codec, name in (("cp1251", "windows-1251"), ("koi8_r", "koi8-r"), ("utf-16", "utf-16-le")):
        art = prepare_article(text.encode(codec), source_path="ru.txt")
        assert art.encoding == name
        assert art.language == "ru"
        assert art.body_text.startswith("Президент России")
        assert art.title == "Путин поздравил Трампа"
    uk = (
        "Президент України Володимир Зеленський у середу привітав Дональда Трампа з перемогою "
        "на виборах. Він висловив сподівання на подальшу підтримку України."
    )
    art = prepare_article(uk.encode("cp1251"), source_path="uk.txt")
    assert art.language == "uk" and art.encoding == "windows-1251"


def test_seed_files_do_not_raise() -> None:
    for p in sorted(RAW.glob("*.txt")):
        art = prepare_article(p.read_bytes(), source_path=p.name)
        assert art.n_words > 100
        # No-break spaces are kept: gold sentences contain them.
        if p.name.startswith("003"):
            assert "\u00a0" in art.body_text


def test_deterministic() -> None:
    a = prepare_article(ARTICLE.encode(), source_path="x.txt")
    b = prepare_article(ARTICLE.encode(), source_path="x.txt")
    assert a == b


_line = st.one_of(
    st.text(min_size=0, max_size=120),
    st.sampled_from(
        [
            "",
            "By Jane Roe",
            "November 7, 2024",
            "Skip to content",
            "Evan Vucci / AP / TASS",
            "The minister said on Monday that talks would continue.",
            "“We are open to this,” he said.",
            "Related article: [X](#)",
            "<https://www.themoscowtimes.com/2024/11/06/x>",
            "This article was first published by VPost.",
        ]
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=30), st.sampled_from(["a.txt", "b.html"]))
def test_property_prepare_never_crashes(lines: list[str], name: str) -> None:
    raw = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    try:
        art = prepare_article(raw, source_path=name)
    except RejectedInput as exc:
        assert exc.reason
    else:
        assert art.n_words > 0
        assert art.language == "und" or len(art.language) == 2
        assert art.published_date_source in {None, "text"}


_STORY = (
    "Russian President Vladimir Putin on Thursday congratulated Donald Trump on his victory.\n"
    "He said he was ready for contacts with the president-elect.\n"
    "The Kremlin had earlier said no call was planned.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Is Putin ready to talk to Trump?\nBy Jane Roe\nNovember 7, 2024\n",
            "Is Putin ready to talk to Trump?",
        ),
        (
            "Putin congratulates Trump\nPutin congratulates Trump\nBy Jane Roe\n",
            "Putin congratulates Trump",
        ),
        (
            "World\nEurope\nPutin congratulates Trump privately\nBy Jane Roe\n",
            "Putin congratulates Trump privately",
        ),
        (
            "# Putin congratulates Trump privately\n\n**By Jane Roe**\n\n",
            "Putin congratulates Trump privately",
        ),
        ("", None),
    ],
)
def test_titles(head: str, title: str | None) -> None:
    art = prepare_article((head + _STORY).encode(), source_path="t.txt")
    assert art.title == title
    assert art.body_text == _STORY.rstrip("\n")
