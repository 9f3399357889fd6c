"""Every NLP library and model version is in the cache key and the inputs fingerprint."""

from __future__ import annotations

import pytest

from contract import versions
from flows import stages


def test_nlp_versions_name_spacy_the_model_and_langdetect() -> None:
    v = versions.nlp_versions()
    assert {"spacy", "thinc", "langdetect"} <= set(v)
    assert any(name in v for name in versions.ENGLISH_MODEL_DISTRIBUTIONS)
    assert all(ver and ver != "not installed" for ver in v.values()), v


def test_changing_the_model_version_changes_the_cache_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = stages.cache_key("ab" * 32, None)
    model = next(n for n in versions.ENGLISH_MODEL_DISTRIBUTIONS if n in versions.nlp_versions())
    newer = {**versions.nlp_versions(), model: "9.9.9"}
    monkeypatch.setattr(stages, "nlp_fingerprint", lambda: versions.nlp_fingerprint(newer))
    assert stages.cache_key("ab" * 32, None) != before


def test_fingerprint_is_order_free_and_sensitive() -> None:
    a = {"spacy": "3.8.18", "thinc": "8.3.14"}
    assert versions.nlp_fingerprint(a) == versions.nlp_fingerprint(dict(reversed(a.items())))
    assert versions.nlp_fingerprint(a) != versions.nlp_fingerprint({**a, "spacy": "3.8.19"})
