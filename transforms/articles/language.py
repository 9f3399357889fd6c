"""Language identification with langdetect, made deterministic.

langdetect samples n-grams at random; ``DetectorFactory.seed`` pins the sampling
so equal inputs give equal outputs (the published dataset must rebuild
byte-identically). Call ``init_language_detection()`` once per process before
``detect_language``; it also loads the profiles up front so the first article
does not pay for it inside a timed task.

langdetect turns every character it is given (up to 10,000) into n-grams in pure
Python, which made it the costliest step of preparing an article. A few evenly
spaced windows of a long body decide its language just as well, so only those
are handed to it; short texts are passed whole.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, detect_langs
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
# Below this many letters langdetect's answer is close to a coin toss.
MIN_LETTERS = 20
# What langdetect sees of a longer text: SAMPLE_WINDOWS slices spread from start to
# end (a quoted foreign passage or a trailing English credit line cannot
# dominate), SAMPLE_CHARS characters in all.
SAMPLE_CHARS = 2_000
SAMPLE_WINDOWS = 4

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


def _has_letters(text: str, n: int) -> bool:
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= n:
                return True
    return False


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without the partial words at its edges (if it has any space)."""
    if start > 0 and not text[start - 1].isspace():
        cut = next((i for i in range(start, end) if text[i].isspace()), None)
        if cut is not None:
            start = cut + 1
    if end < len(text) and not text[end].isspace():
        cut = next((i for i in range(end - 1, start - 1, -1) if text[i].isspace()), None)
        if cut is not None:
            end = cut
    return text[start:end]


def detection_sample(text: str) -> str:
    """The part of ``text`` langdetect reads: all of it, or evenly spaced windows.

    Windows without enough letters (a long table of figures around one prose
    paragraph) give way to the whole text, as before sampling.
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    width = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - width) / (SAMPLE_WINDOWS - 1)
    starts = (round(i * step) for i in range(SAMPLE_WINDOWS))
    sample = "\n".join(_whole_words(text, s, s + width) for s in starts)
    return sample if _has_letters(sample, MIN_LETTERS) else text


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; ``("und", 0.0)`` when there is too little text."""
    if not _initialized:
        raise RuntimeError("call init_language_detection() once per process before detect_language")
    if not _has_letters(text, MIN_LETTERS):
        return UNDETERMINED, 0.0
    try:
        ranked = detect_langs(detection_sample(text))
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
