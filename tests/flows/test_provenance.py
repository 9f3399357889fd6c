"""Every NLP library and model version is in the cache key and the inputs fingerprint."""

from __future__ import annotations

from pathlib import Path

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


def test_a_change_of_the_utterance_rules_changes_the_inputs_fingerprint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Utterances are decided after extraction, so their rules are not in the cache key,
    but a run with unchanged files must still rebuild when they change."""
    before = stages.inputs_fingerprint([])
    key = stages.cache_key("ab" * 32, None)
    monkeypatch.setattr(stages, "utterance_rules_fingerprint", lambda: "0" * 64)
    assert stages.inputs_fingerprint([]) != before
    assert stages.cache_key("ab" * 32, None) == key


def test_utterance_rules_fingerprint_covers_code_and_lexicon() -> None:
    from transforms.corpus import utterances

    # Every lexicon beside the matching decides which rows form one utterance.
    data = Path(utterances.__file__).with_name("data")
    lexicons = {f"data/{f.name}" for f in data.glob("*.json")}
    assert lexicons >= {"data/media_phrases.json", "data/news_concepts.json"}
    assert lexicons <= set(utterances.RULE_FILES)
    assert len(utterances.rules_fingerprint()) == 64
