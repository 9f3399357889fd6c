"""The model's lemmatizer, applied once per distinct (ORTH, POS, MORPH) instead of per token.

spaCy's rule lemmatizer already caches its answer per (orth, pos, morph), but
still walks every token in Python, asks the cache and sets ``token.lemma_``
one by one. Its result is a function of those three values alone (the rule
mode reads the text, POS and morphology; the lookup mode the text), so this
wrapper asks the wrapped lemmatizer once per distinct triple and writes the
whole LEMMA column with one ``Doc.from_array``. Tokens that already have a
lemma (set by the attribute ruler) keep it, as in the original.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "newsfacts_cached_lemmatizer"
PIPE_NAME = "lemmatizer"
# Modes whose answer depends on nothing but ORTH, POS and MORPH.
_PURE_MODES = frozenset({"rule", "lookup"})
# Distinct keys remembered; a long-lived worker clears rather than grows without bound.
_MAX_CACHE = 500_000


class CachedLemmatizer:
    """Calls ``inner.lemmatize`` once per distinct key; see the module docstring."""

    def __init__(self, inner: Lemmatizer) -> None:
        self.inner = inner
        self.name = inner.name
        self._lemma_of: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        strings = doc.vocab.strings
        lemma_of = self._lemma_of
        overwrite = self.inner.overwrite
        out: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        ):
            if lemma and not overwrite:
                out.append(lemma)
                continue
            key = (orth, pos, morph)
            value = lemma_of.get(key)
            if value is None:
                if len(lemma_of) >= _MAX_CACHE:
                    lemma_of.clear()
                value = lemma_of[key] = strings.add(self.inner.lemmatize(doc[i])[0])
            out.append(value)
        # spaCy annotates the array as thinc's Ints2d; a uint64 array is what it reads.
        doc.from_array([LEMMA], np.array(out, dtype=np.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory(FACTORY, default_config={"mode": "rule", "overwrite": False})
def make_cached_lemmatizer(
    nlp: Language, name: str, mode: str, overwrite: bool
) -> CachedLemmatizer:
    # The language's own lemmatizer (EnglishLemmatizer for English); its tables
    # are loaded by ``install`` from the model's instance.
    inner = nlp.create_pipe("lemmatizer", name=name, config={"mode": mode, "overwrite": overwrite})
    if not isinstance(inner, Lemmatizer):
        raise TypeError(f"the {nlp.lang} lemmatizer factory made a {type(inner).__name__}")
    return CachedLemmatizer(inner)


def install(nlp: Language) -> bool:
    """Wrap the pipeline's lemmatizer, if it is spaCy's rule or lookup lemmatizer."""
    if PIPE_NAME not in nlp.pipe_names:
        return False
    old: Any = nlp.get_pipe(PIPE_NAME)
    if not isinstance(old, Lemmatizer) or old.mode not in _PURE_MODES or old.model is not None:
        return False
    new = nlp.replace_pipe(
        PIPE_NAME, FACTORY, config={"mode": old.mode, "overwrite": old.overwrite}
    )
    assert isinstance(new, CachedLemmatizer)
    # initialize validates the tables, as the original does on its first call.
    new.inner.initialize(lookups=old.lookups)
    return True
