from __future__ import annotations

import pytest

from transforms.language import detect_language

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
