"""The replaced spaCy components run only on the spaCy release they were verified against."""

from __future__ import annotations

import logging

import pytest
from spacy import about

from transforms.nlp import guard
from transforms.nlp.fast_attribute_ruler import FastAttributeRuler
from transforms.nlp.fast_lemmatizer import CachedLemmatizer
from transforms.nlp.fast_ner import BatchedRecognizer
from transforms.nlp.load import build_pipeline

FAST = (FastAttributeRuler, CachedLemmatizer, BatchedRecognizer)


def test_the_installed_spacy_is_a_verified_one() -> None:
    # A failure here after an upgrade: run tests/nlp/test_fast_*.py, then add it.
    assert about.__version__ in guard.VERIFIED_SPACY
    assert guard.fast_components_allowed()


def test_another_release_falls_back_with_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="newsfacts.nlp"):
        assert not guard.fast_components_allowed("3.9.0")
    assert len(caplog.records) == 1
    assert "3.9.0" in caplog.records[0].getMessage()


@pytest.mark.parametrize("fast", [True, False])
def test_pipeline_components_follow_the_guard(fast: bool) -> None:
    nlp = build_pipeline(fast=fast)
    swapped = [name for name, pipe in nlp.pipeline if isinstance(pipe, FAST)]
    assert swapped == (["attribute_ruler", "lemmatizer", "ner"] if fast else [])
    doc = nlp("Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was ready.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Dmitry Peskov"]


def test_both_pipelines_annotate_alike() -> None:
    text = "Officials in Kyiv said Volodymyr Zelensky met Joe Biden in Washington last week."
    a, b = build_pipeline(fast=True)(text), build_pipeline(fast=False)(text)
    assert [(t.lemma_, t.tag_, t.dep_, t.ent_iob_, t.ent_type_) for t in a] == [
        (t.lemma_, t.tag_, t.dep_, t.ent_iob_, t.ent_type_) for t in b
    ]
