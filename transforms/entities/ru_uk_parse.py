"""A Russian or Ukrainian body as the ru/uk extractors see it: tokens, sentences, NER spans.

It lives in the entities room, the lowest domain that reads it, because the
domain layers put ``transforms.nlp`` above ``entities``; ``transforms.nlp.ru``
builds it, the entity, quote and per-article extractors read it.

The parse is plain data so the extractors stay pure functions of it. It is made
by ``analyze`` from the loaded components (``transforms.nlp.ru``): razdel's
tokenizer and sentence splitter (shipped with natasha), Slovnet's news NER where
it is used, and pymorphy3 morphology for lemmas and name/place grammemes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# pymorphy3 grammemes the extractors care about: given names, surnames,
# patronymics, place names and organisation names (OpenCorpora / VESUM tags).
NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """One morphological reading of a word (pymorphy3 ``Parse``, reduced)."""

    lemma: str
    pos: str | None
    grams: frozenset[str]
    nominative: str  # the word inflected to nominative singular (same gender), or the lemma
    known: bool = True  # the dictionary has the word (False: pymorphy3 guessed the reading)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    analyses: tuple[Analysis, ...]  # best first; empty for punctuation

    @property
    def lemma(self) -> str:
        return self.analyses[0].lemma if self.analyses else self.text.lower()

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper()

    def has_gram(self, gram: str) -> bool:
        return any(gram in a.grams for a in self.analyses)

    def lemmas(self) -> frozenset[str]:
        return frozenset(a.lemma for a in self.analyses) | {self.text.lower()}


@dataclass(frozen=True, slots=True)
class NerSpan:
    start: int
    end: int
    label: str  # PER | LOC | ORG (Slovnet's labels)


@dataclass(frozen=True, slots=True)
class Parse:
    lang: str  # "ru" | "uk"
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # char spans
    ner: tuple[NerSpan, ...]
    # Token starts, derived once: ``tokens_in`` is called per sentence by every
    # extractor, and a scan of all tokens each time is quadratic in the article.
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(t.start for t in self.tokens))

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens inside ``[start, end)`` (tokens are in text order and do not overlap)."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]


Analyzer = Callable[[str], tuple[Analysis, ...]]
Tokenizer = Callable[[str], Sequence[tuple[int, int]]]
NerTagger = Callable[[str], Sequence[NerSpan]]


def analyze(
    text: str,
    lang: str,
    *,
    tokenize: Tokenizer,
    sentenize: Tokenizer,
    morph: Analyzer,
    ner: NerTagger | None,
) -> Parse:
    """Tokens with their readings, sentence spans and NER spans of ``text``."""
    tokens = []
    for s, e in tokenize(text):
        word = text[s:e]
        analyses = morph(word) if any(ch.isalpha() for ch in word) else ()
        tokens.append(Token(word, s, e, analyses))
    sentences = tuple(sentenize(text))
    spans = tuple(ner(text)) if ner is not None else ()
    return Parse(lang, text, tuple(tokens), sentences, spans)


def future_at(parse: Parse) -> Callable[[int], bool]:
    """``offset -> bool``: the finite verb nearest the offset in its sentence is
    in the future tense ("посетит", "будет", "атакуватиме"). Used to place a
    bare weekday in the coming week rather than the past one."""
    verbs: list[tuple[int, bool]] = [
        (t.start, "futr" in t.analyses[0].grams)
        for t in parse.tokens
        if t.analyses and t.analyses[0].pos == "VERB"
    ]

    def at(offset: int) -> bool:
        sent = next(((a, b) for a, b in parse.sentences if a <= offset < b), None)
        if sent is None:
            return False
        near = [(abs(pos - offset), fut) for pos, fut in verbs if sent[0] <= pos < sent[1]]
        return min(near)[1] if near else False

    return at
