"""Language identification with langdetect, made deterministic.

langdetect samples n-grams at random; ``DetectorFactory.seed`` pins the sampling
so equal inputs give equal outputs (the published dataset must rebuild
byte-identically). Call ``init_language_detection()`` once per process before
``detect_language``; it also loads the profiles up front so the first article
does not pay for it inside a timed task.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, detect_langs
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
# Below this many letters langdetect's answer is close to a coin toss.
MIN_LETTERS = 20

_initialized = False

# Letters only one of the two languages uses; langdetect confuses them on short
# or name-heavy texts.
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


def init_language_detection() -> None:
    global _initialized
    DetectorFactory.seed = 0
    init_factory()
    _initialized = True


def _normalize_code(code: str) -> str:
    # langdetect reports Chinese as zh-cn / zh-tw; the contract wants ISO 639-1.
    return code.split("-")[0].lower()


def _cyrillic_tiebreak(text: str, code: str) -> str:
    if code not in {"ru", "uk", "bg", "mk"}:
        return code
    uk = len(_UK_ONLY.findall(text))
    ru = len(_RU_ONLY.findall(text))
    if uk >= 3 and uk > 2 * ru:
        return "uk"
    if ru >= 3 and ru > 2 * uk:
        return "ru"
    return code


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; ``("und", 0.0)`` when there is too little text."""
    if not _initialized:
        raise RuntimeError("call init_language_detection() once per process before detect_language")
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < MIN_LETTERS:
        return UNDETERMINED, 0.0
    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return UNDETERMINED, 0.0
    if not ranked:
        return UNDETERMINED, 0.0
    top = ranked[0]
    code = _cyrillic_tiebreak(text, _normalize_code(str(top.lang)))
    prob = float(top.prob)
    if code != _normalize_code(str(top.lang)):
        # The tie-break overrode langdetect: report the probability it gave that language.
        prob = next((float(c.prob) for c in ranked if _normalize_code(str(c.lang)) == code), 0.5)
        prob = max(prob, 0.5)
    return code, round(prob, 4)
