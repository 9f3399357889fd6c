"""Which spaCy versions the replaced components were verified against.

``transforms.nlp.load`` swaps three of en_core_web_sm's components for
equivalents that give the same annotations for less CPU (attribute ruler,
lemmatizer, the entity recognizer's decoding). "The same" was shown by tests
that compare every token against spaCy's own components
(``tests/nlp/test_fast_*.py``) on the spaCy releases listed in
``VERIFIED_SPACY``. On any other release the pipeline keeps spaCy's own
components and says so in one log line: a spaCy upgrade may then be slower,
but it cannot change the dataset through code that was never checked against
it. To verify a new release: install it, run those tests, add it here.
"""

from __future__ import annotations

import logging

from spacy import about

log = logging.getLogger("newsfacts.nlp")

VERIFIED_SPACY = frozenset({"3.8.18"})


def fast_components_allowed(version: str | None = None) -> bool:
    """True when the running (or the given) spaCy release was verified; logs once when not."""
    running = version if version is not None else about.__version__
    if running in VERIFIED_SPACY:
        return True
    log.warning(
        "spaCy %s is not one the replaced components were verified against (%s); "
        "using spaCy's own attribute_ruler, lemmatizer and ner",
        running,
        ", ".join(sorted(VERIFIED_SPACY)),
    )
    return False
