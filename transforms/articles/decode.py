"""Raw bytes -> text, with the name of the encoding that was used.

Order of evidence, strongest first: a byte-order mark; a BOM-less UTF-16 byte
pattern; strict UTF-8; then a choice among single-byte code pages scored on how
natural the decoded letters look. Mojibake (UTF-8 read as cp1252 and saved
again) is repaired with ftfy's encoding fixer only: its other fixes (quote
uncurling, width folding, HTML unescaping) would change characters the gold and
the quote extractor rely on. No-break spaces are kept: they are part of the
published sentences and replacing them would make body strings differ from the
source.

Line endings are normalised to ``\\n`` here so every later offset refers to one
line convention.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

from contract.records import RejectedInput

# Magic numbers of formats people drop into a news folder by mistake; naming the
# format makes the rejection reason actionable.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "old Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "RTF document"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# Single-byte candidates, in order of preference when scores tie.
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic")
_LATIN_CODECS = ("cp1252", "latin_1")
_CODEC_NAMES = {
    "cp1251": "windows-1251",
    "koi8_r": "koi8-r",
    "koi8_u": "koi8-u",
    "cp866": "cp866",
    "mac_cyrillic": "mac-cyrillic",
    "cp1252": "windows-1252",
    "latin_1": "iso-8859-1",
}

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired_mojibake: bool = False


def _sniff_magic(raw: bytes) -> str | None:
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    return None


# Unicode category Cc minus the whitespace controls (tab, newlines, form feed).
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_BAD_CONTROL.findall(text)) / len(text)


def _looks_like_text(text: str) -> bool:
    """Decoded output a person would call text: few control chars, some letters."""
    if _control_ratio(text) > 0.02:
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    return letters >= max(1, len(text) // 10) or len(text.strip()) == 0


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """Detect BOM-less UTF-16 by the near-constant high byte of each code unit.

    Text in one script has code units sharing a high byte (0x00 for Latin,
    0x04 for Cyrillic), so one byte parity is dominated by a couple of values
    while the other varies.
    """
    if len(raw) < 16 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]

    def dominance(part: bytes) -> float:
        counts: dict[int, int] = {}
        for b in part:
            counts[b] = counts.get(b, 0) + 1
        top = sorted(counts.values(), reverse=True)[:2]
        return sum(top) / len(part)

    def diversity(part: bytes) -> int:
        return len(set(part))

    d_even, d_odd = dominance(even), dominance(odd)
    candidates: list[str] = []
    if d_odd >= 0.9 and d_odd > d_even and diversity(even) > diversity(odd):
        candidates.append("utf-16-le")
    if d_even >= 0.9 and d_even > d_odd and diversity(odd) > diversity(even):
        candidates.append("utf-16-be")
    for codec in candidates:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and "\x00" not in text:
            return text, codec
    return None


def _case_naturalness(text: str) -> float:
    """Share of words cased like prose (``word``, ``Word``, short ``ABC``).

    A wrong Cyrillic code page (KOI8-R read as cp1251 and vice versa) swaps the
    case of almost every letter, so this separates them cleanly.
    """
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if not words:
        return 0.0
    good = 0
    for w in words:
        if w.islower() or (w[0].isupper() and w[1:].islower()) or (w.isupper() and len(w) <= 5):
            good += 1
    return good / len(words)


def _cyrillic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() and ord(ch) > 127]
    if not letters:
        return 0.0
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return cyr / len(letters)


def _high_bytes_as_letters(raw: bytes, text: str) -> float:
    """Share of high-bit bytes that became letters (single-byte codecs map 1:1)."""
    high = [ch for b, ch in zip(raw, text, strict=False) if b >= 0x80]
    if not high:
        return 0.0
    return sum(1 for ch in high if ch.isalpha()) / len(high)


def _high_letter_words_share(raw: bytes) -> float:
    """Share of high-bit bytes that sit in words made only of high-bit bytes.

    Cyrillic single-byte text has whole words of bytes >= 0x80; Western European
    text uses them for the odd accented letter inside an ASCII word.
    """
    total = 0
    in_pure = 0
    for word in re.findall(rb"[A-Za-z\x80-\xff]+", raw):
        high = sum(1 for b in word if b >= 0x80)
        total += high
        if high == len(word) and len(word) >= 2:
            in_pure += high
    return in_pure / total if total else 0.0


def _single_byte(raw: bytes) -> tuple[str, str]:
    if _high_letter_words_share(raw) >= 0.5:
        best: tuple[float, int, str, str] | None = None
        for rank, codec in enumerate(_CYRILLIC_CODECS):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if _cyrillic_share(text) < 0.9:
                continue
            # Small preference for the common code pages on near-ties.
            score = _case_naturalness(text) * _high_bytes_as_letters(raw, text) - rank * 0.001
            if best is None or score > best[0]:
                best = (score, rank, codec, text)
        if best is not None and best[0] >= 0.5:
            return best[3], _CODEC_NAMES[best[2]]
    for codec in _LATIN_CODECS:
        try:
            return raw.decode(codec), _CODEC_NAMES[codec]
        except UnicodeDecodeError:
            continue
    return raw.decode("latin_1"), _CODEC_NAMES["latin_1"]  # pragma: no cover


def _charset_normalizer_guess(raw: bytes) -> tuple[str, str] | None:
    """Second opinion for non-Latin, non-Cyrillic single-byte code pages."""
    from charset_normalizer import from_bytes

    match = from_bytes(raw).best()
    if match is None or match.encoding is None:
        return None
    return str(match), match.encoding.replace("_", "-")


def _repair(text: str) -> str:
    """ftfy's mojibake fix, unless it leaves more control characters than it found."""
    fixed = ftfy.fix_encoding(text)
    return fixed if _control_ratio(fixed) <= _control_ratio(text) else text


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a truncated character, one stray byte).

    Accepted when well-formed multi-byte characters outnumber the broken ones
    ten to one; text in a single-byte code page has almost none well-formed.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if bad and good >= 10 * bad else None


def normalize_newlines(text: str) -> str:
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a raw article file; raise ``RejectedInput`` when it is not text."""
    if not raw:
        raise RejectedInput("empty file (0 bytes); remove it or replace it with the article text")
    magic = _sniff_magic(raw)
    if magic is not None:
        raise RejectedInput(
            f"binary file ({magic}), not text; newsfacts reads .txt and .html — "
            "convert it to plain text first"
        )

    text: str | None = None
    encoding = ""
    # _repair(text), when the UTF-8 check below has already computed it: ftfy's
    # repair reads the whole text and is the costliest step here.
    repaired_text: str | None = None
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec.replace("-sig", ""))
                encoding = name
            except UnicodeDecodeError:
                text = raw[len(bom) :].decode(codec.replace("-sig", ""), errors="replace")
                encoding = name
            break

    if text is None and b"\x00" not in raw:
        # Valid UTF-8 without NULs and control characters is UTF-8: checked before
        # the UTF-16 heuristic, which short byte strings can satisfy by chance.
        # Control characters are counted after mojibake repair: UTF-8 read as
        # Latin-1 and saved again is full of C1 controls until ftfy undoes it.
        try:
            candidate: str | None = raw.decode("utf-8")
        except UnicodeDecodeError:
            candidate = _mostly_utf8(raw)
        if candidate is not None:
            fixed_candidate = _repair(candidate)
            if _control_ratio(fixed_candidate) <= 0.02:
                text, encoding, repaired_text = candidate, "utf-8", fixed_candidate

    if text is None:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            text, encoding = utf16

    if text is None:
        if b"\x00" in raw:
            raise RejectedInput(
                "binary file (contains NUL bytes / not text); newsfacts reads .txt and .html"
            )
        text, encoding = _single_byte(raw)
        if _control_ratio(text) > 0.02:
            guess = _charset_normalizer_guess(raw)
            if guess is not None:
                text, encoding = guess

    repaired = False
    fixed = _repair(text) if repaired_text is None else repaired_text
    if fixed != text:
        text = fixed
        repaired = True
    if _control_ratio(text) > 0.02 or "\x00" in text:
        raise RejectedInput(
            "binary file (too many control characters / not text); newsfacts reads .txt and .html"
        )
    text = unicodedata.normalize("NFC", normalize_newlines(text))
    return Decoded(text=text, encoding=encoding, repaired_mojibake=repaired)
