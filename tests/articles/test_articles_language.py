from __future__ import annotations

import pytest

from transforms.articles.language import SAMPLE_CHARS, detect_language, detection_sample

PARAGRAPHS = {
    "en": (
        "The city council voted on Tuesday to expand the bus network, after months of "
        "complaints from residents who said the service had become unreliable and slow."
    ),
    "ru": (
        "Городской совет во вторник проголосовал за расширение автобусной сети после "
        "нескольких месяцев жалоб жителей, которые говорили, что транспорт стал ненадёжным."
    ),
    "uk": (
        "Міська рада у вівторок проголосувала за розширення автобусної мережі після кількох "
        "місяців скарг мешканців, які казали, що транспорт став ненадійним і повільним."
    ),
    "fr": (
        "Le conseil municipal a voté mardi l'extension du réseau de bus, après des mois de "
        "plaintes d'habitants qui jugeaient le service peu fiable et beaucoup trop lent."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag für den Ausbau des Busnetzes gestimmt, nachdem sich "
        "Anwohner monatelang beschwert hatten, der Verkehr sei unzuverlässig und langsam."
    ),
    "es": (
        "El ayuntamiento votó el martes a favor de ampliar la red de autobuses, tras meses de "
        "quejas de vecinos que decían que el servicio se había vuelto lento y poco fiable."
    ),
}


@pytest.mark.parametrize(("code", "text"), sorted(PARAGRAPHS.items()))
def test_detects_news_paragraphs(code: str, text: str) -> None:
    got, confidence = detect_language(text)
    assert got == code
    assert 0.5 <= confidence <= 1.0


def test_too_short_is_undetermined() -> None:
    assert detect_language("Kyiv, Nov. 6") == ("und", 0.0)
    assert detect_language("") == ("und", 0.0)
    assert detect_language("12345 67890 !!! ???") == ("und", 0.0)


def test_deterministic() -> None:
    text = PARAGRAPHS["uk"][:80]
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_short_text_is_read_whole() -> None:
    text = PARAGRAPHS["en"] * 5
    assert len(text) <= SAMPLE_CHARS
    assert detection_sample(text) is text


def test_long_text_sample_is_bounded_spread_and_whole_words() -> None:
    words = [f"w{i:05d}" for i in range(3000)]
    text = " ".join(words)
    sample = detection_sample(text)
    assert sample == detection_sample(text)
    assert len(sample) <= SAMPLE_CHARS
    got = sample.split()
    assert set(got) <= set(words)  # no word cut in half
    assert got[0] == words[0] and got[-1] == words[-1]  # from the start to the end
    quarters = {int(w[1:]) * 4 // len(words) for w in got}
    assert quarters == {0, 1, 2, 3}  # and spread over the whole text


def test_long_sample_without_letters_reads_the_whole_text() -> None:
    text = "1234 5678 " * 400 + PARAGRAPHS["fr"] + " 99" * 500
    assert detection_sample(text) is text
    assert detect_language(text)[0] == "fr"


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_long_texts_keep_their_language(code: str) -> None:
    body = "\n\n".join([PARAGRAPHS[code]] * 40)
    other = "en" if code != "en" else "ru"
    # A foreign paragraph at the end or a quoted one in the middle does not flip it.
    assert detect_language(body + "\n\n" + PARAGRAPHS[other])[0] == code
    middle = len(body) // 2
    assert detect_language(body[:middle] + "\n" + PARAGRAPHS[other] + body[middle:])[0] == code
