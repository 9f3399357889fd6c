from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract.records import RejectedInput
from transforms.articles.decode import decode_bytes

RU = (
    "Президент России Владимир Путин в четверг поздравил Дональда Трампа с победой на "
    "выборах. «Мы открыты для этого», — сказал он журналистам в Сочи."
)
UK = (
    "Президент України Володимир Зеленський у середу привітав Дональда Трампа з перемогою. "
    "Він заявив, що розраховує на подальшу підтримку і єдність союзників."
)
EN = "Mr. Putin said on Thursday that “we are open to this” — and café owners agreed.\u00a0"
FR = "Le président a déclaré jeudi que la réunion à Genève était « très productive » et réussie."
# KOI8 has no guillemets or dashes.
RU_PLAIN = RU.replace("«", '"').replace("»", '"').replace("—", "-")
DE = "Die Bundesregierung hält an der Unterstützung fest, sagte der Sprecher am Dienstag in Berlin."


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (RU, "cp1251", "windows-1251"),
        (UK, "cp1251", "windows-1251"),
        (RU_PLAIN, "koi8_r", "koi8-r"),
        (UK, "koi8_u", "koi8-u"),
        (FR, "cp1252", "windows-1252"),
        (DE, "latin_1", "windows-1252"),
    ],
)
def test_single_byte_code_pages(text: str, codec: str, expected: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected


@pytest.mark.parametrize("text", [RU, UK, EN, FR])
def test_utf8(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text  # no-break space and curly quotes kept
    assert decoded.encoding == "utf-8"


def test_utf8_bom() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbf" + RU.encode("utf-8"))
    assert decoded.text == RU
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("text", [RU, EN])
@pytest.mark.parametrize(
    ("codec", "name"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_utf16_with_and_without_bom(text: str, codec: str, name: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    assert decode_bytes(bom + text.encode(codec)).text == text
    bomless = decode_bytes(text.encode(codec))
    assert bomless.text == text
    assert bomless.encoding == name


def test_mojibake_is_repaired() -> None:
    original = "Mr. Putin’s café said “we are open” — it’s a start."
    broken = original.replace("”", '"').encode("utf-8").decode("cp1252").encode("utf-8")
    decoded = decode_bytes(broken)
    assert decoded.text == original.replace("”", '"')
    assert decoded.repaired_mojibake


@pytest.mark.parametrize("wrong", ["cp1251", "latin_1"])
def test_cyrillic_mojibake_is_repaired(wrong: str) -> None:
    broken = RU.encode("utf-8").decode(wrong).encode("utf-8")
    decoded = decode_bytes(broken)
    assert decoded.text == RU
    assert decoded.repaired_mojibake


def test_mostly_utf8_with_a_stray_byte() -> None:
    raw = RU.encode("utf-8") + b" \xff " + RU.encode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(RU)


def test_newlines_and_nfc() -> None:
    decoded = decode_bytes("Cafe\u0301 one.\r\nTwo.\rThree.".encode())
    assert decoded.text == "Café one.\nTwo.\nThree."


def test_empty_rejected() -> None:
    with pytest.raises(RejectedInput, match="empty file"):
        decode_bytes(b"")


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n" + bytes(range(256)),
        b"abc\x00\x01\x02\x03" * 50,
        bytes(range(0, 32)) * 20,
    ],
)
def test_binary_rejected(raw: bytes) -> None:
    with pytest.raises(RejectedInput, match="binary file"):
        decode_bytes(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_never_crashes_on_arbitrary_bytes(raw: bytes) -> None:
    try:
        decoded = decode_bytes(raw)
    except RejectedInput as exc:
        assert exc.reason
    else:
        assert isinstance(decoded.text, str)
        assert "\r" not in decoded.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_utf8_text_roundtrips(text: str) -> None:
    import unicodedata

    decoded = decode_bytes(text.encode("utf-8"))
    # ftfy may repair text that *looks* like mojibake; plain text must survive.
    if not decoded.repaired_mojibake:
        assert decoded.text == unicodedata.normalize("NFC", text)
