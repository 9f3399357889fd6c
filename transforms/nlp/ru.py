"""Loading the Russian/Ukrainian NLP components, once per process and only on demand.

Nothing here runs at import time: ``components(lang)`` loads on the first call
for that language and keeps the result (``functools.cache``), so a worker that
never sees a Russian or Ukrainian article never pays for these models.

- Tokens and sentences: razdel (natasha's segmenter), rule-based, for both languages.
- Morphology: pymorphy3 with its Russian (OpenCorpora) or Ukrainian (VESUM)
  dictionary; readings are cached per word form.
- NER: Slovnet's news NER from natasha (Russian news, Navec embeddings, both
  shipped inside the natasha wheel). Trained on Russian; for Ukrainian text it
  is used too, because measured on the uk dev set it finds names the morphology
  alone misses (see docs/decisions.md), and its labels are checked against the
  Ukrainian dictionary by the entity extractor.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from transforms.entities.ru_uk_parse import Analysis, NerSpan, Parse, analyze

LANGUAGES = ("ru", "uk")
# Readings kept per word: enough for the name/case ambiguities the extractors
# resolve (a surname that is also a common noun), small enough to stay cheap.
MAX_READINGS = 4
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Components:
    lang: str
    morph: Any  # pymorphy3.MorphAnalyzer
    ner: Any | None  # natasha.NewsNERTagger

    def readings(self, word: str) -> tuple[Analysis, ...]:
        return _readings(self.lang, word)

    def parse(self, text: str) -> Parse:
        return analyze(
            text,
            self.lang,
            tokenize=_tokenize,
            sentenize=_sentenize,
            morph=self.readings,
            ner=self._ner if self.ner is not None else None,
        )

    def _ner(self, text: str) -> Sequence[NerSpan]:
        # Paragraph by paragraph: Slovnet tags a whole text as one sequence, and
        # a paragraph bounds its memory whatever the article's length.
        paras = [(m.start(), m.group(0)) for m in _PARAGRAPH.finditer(text) if m.group(0).strip()]
        out: list[NerSpan] = []
        if self.ner is None:
            return out
        for (offset, _), markup in zip(paras, self.ner.map([p for _, p in paras]), strict=True):
            out.extend(NerSpan(offset + s.start, offset + s.stop, s.type) for s in markup.spans)
        return out


@functools.cache
def _embedding() -> Any:
    from natasha import NewsEmbedding

    return NewsEmbedding()


@functools.cache
def components(lang: str) -> Components:
    """The loaded components for ``lang`` ("ru" or "uk"); loaded once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"no Russian/Ukrainian components for language {lang!r}")
    import pymorphy3
    from natasha import NewsNERTagger

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    ner = NewsNERTagger(_embedding())
    return Components(lang, morph, ner)


@functools.lru_cache(maxsize=200_000)
def _readings(lang: str, word: str) -> tuple[Analysis, ...]:
    morph = components(lang).morph
    out: list[Analysis] = []
    known = bool(morph.word_is_known(word))
    for p in morph.parse(word)[:MAX_READINGS]:
        grams = frozenset(str(g) for g in p.tag.grammemes)
        nom = p.inflect({"nomn"}) if "nomn" not in grams else None
        nominative = (
            nom.word if nom is not None else (word.lower() if "nomn" in grams else p.normal_form)
        )
        out.append(
            Analysis(p.normal_form, str(p.tag.POS) if p.tag.POS else None, grams, nominative, known)
        )
    return tuple(out)


def _tokenize(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize

    return [(t.start, t.stop) for t in tokenize(text)]


def _sentenize(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]
