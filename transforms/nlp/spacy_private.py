"""The one private spaCy function this project calls.

``normalize_token_attrs`` turns an attribute ruler's ``attrs`` dict into
``{attr id: value id}`` exactly as spaCy's own ``AttributeRuler`` does when
it applies a pattern; ``transforms.nlp.fast_attribute_ruler`` compiles the same
patterns and must read them the same way. It lives in the private module
``spacy.tokens._retokenize`` (spaCy 3.8). ``tests/nlp/test_private_apis.py``
fails when a spaCy upgrade moves or changes it; the runtime guard
(``transforms.nlp.guard``) keeps spaCy's own components on any unverified
spaCy version anyway.
"""

from __future__ import annotations

from spacy.tokens._retokenize import normalize_token_attrs

__all__ = ["normalize_token_attrs"]
