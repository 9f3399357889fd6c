"""The batched recognizer gives exactly spaCy's entity annotations.

spaCy's ``EntityRecognizer`` (same model, same numeric backend) and
``fast_ner.BatchedRecognizer`` run on copies of the same docs: real text parsed
by the product's pipeline up to the recognizer (so with the entity ruler's
preset entities), and random token sequences with random preset entities,
blocked, outside and missing tokens, whitespace tokens and sentence starts,
which reach every branch of the validity rules the decoder re-implements.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from threadpoolctl import threadpool_limits

from benchmarks.generate import generate
from tests.conftest import SEEDS_RAW, SHARED
from transforms.nlp import fast_ner
from transforms.nlp.load import BLAS_THREADS, load_model, split_chunks

POLNEAR = SHARED / "benchmarks" / "polnear" / "text"
N_GENERATED = 40
N_POLNEAR = 20


def _ent_view(doc: Doc) -> list[tuple[int, int, int, int]]:
    return [(t.ent_iob, t.ent_type, t.ent_kb_id, t.ent_id) for t in doc]


@pytest.fixture(scope="module")
def stock() -> EntityRecognizer:
    """spaCy's own recognizer, on the numeric backend the product uses."""
    ner = load_model().get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    return ner


@pytest.fixture(scope="module")
def batched(stock: EntityRecognizer) -> fast_ner.BatchedRecognizer:
    return fast_ner.BatchedRecognizer(stock)


def _compare(stock: EntityRecognizer, batched: fast_ner.BatchedRecognizer, docs: list[Doc]) -> int:
    expected = [d.copy() for d in docs]
    ours = [d.copy() for d in docs]
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        list(stock.pipe(expected, batch_size=32))
        list(batched.pipe(ours, batch_size=32))
    for want, got in zip(expected, ours, strict=True):
        assert _ent_view(got) == _ent_view(want), want.text[:200]
    return sum(len(d) for d in docs)


def _real_texts(tmp_path: Path) -> Iterator[str]:
    for p in sorted(SEEDS_RAW.glob("*.txt")):
        yield p.read_text(encoding="utf-8")
    for p in generate(N_GENERATED, tmp_path / "generated", seed=3):
        yield p.read_text(encoding="utf-8")
    if POLNEAR.is_dir():
        for p in sorted(POLNEAR.glob("*.txt"))[:N_POLNEAR]:
            yield p.read_text(encoding="utf-8")
    yield from (" ", "\n", "Moscow\n\nPeskov said.", "a")


def test_same_as_spacy_on_real_text(
    nlp: Language,
    stock: EntityRecognizer,
    batched: fast_ner.BatchedRecognizer,
    tmp_path: Path,
) -> None:
    chunks = [c for text in _real_texts(tmp_path) for c in split_chunks(text)]
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        docs = list(nlp.pipe(chunks, disable=["ner"]))
    assert any(t.ent_iob == 3 for d in docs for t in d), "no ruler presets reached the test"
    assert _compare(stock, batched, docs) > 30_000


# Phrases the model tags as entities (so that random sentence starts and presets
# fall inside the spans it wants), glue words, and whitespace tokens.
PHRASES = (
    "Dmitry Peskov",
    "Donald J. Trump",
    "The Moscow Times",
    "the Russian Foreign Ministry",
    "Moscow",
    "last Thursday",
    "25 percent",
    "$ 3 million",
    "the Kremlin",
    "Verstka",
    "said",
    "told",
    "in",
    "on",
    ",",
    ".",
    '"',
    "\n",
    "\n\n",
    "  ",
)
LABELS = ("PERSON", "ORG", "GPE", "DATE", "NORP", "MONEY")


@st.composite
def _random_doc(draw: Any, vocab: Any) -> Doc:
    phrases = draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=14))
    words = [w for p in phrases for w in (p.split() or [p])]
    n = len(words)
    starts = [True] + [draw(st.sampled_from([None, None, None, False, True])) for _ in range(n - 1)]
    doc = Doc(vocab, words=words, sent_starts=starts)
    # Non-overlapping preset spans of four kinds, left to right.
    kinds: dict[str, list[Span]] = {"entities": [], "blocked": [], "outside": [], "missing": []}
    i = 0
    while i < n:
        if draw(st.booleans()):
            i += 1
            continue
        end = min(n, i + draw(st.integers(1, 4)))
        kind = draw(st.sampled_from(tuple(kinds)))
        label = draw(st.sampled_from(LABELS)) if kind == "entities" else 0
        kinds[kind].append(Span(doc, i, end, label=label))
        i = end
    default = draw(st.sampled_from(["unmodified", "missing", "outside"]))
    doc.set_ents(**kinds, default=default)
    return doc


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_same_as_spacy_with_random_presets(
    stock: EntityRecognizer, batched: fast_ner.BatchedRecognizer, data: st.DataObject
) -> None:
    docs = data.draw(st.lists(_random_doc(stock.vocab), min_size=1, max_size=6))
    _compare(stock, batched, docs)


def test_single_doc_call_and_empty_docs(
    stock: EntityRecognizer, batched: fast_ner.BatchedRecognizer
) -> None:
    vocab = stock.vocab
    empty = Doc(vocab, words=[])
    assert batched(empty) is empty and len(empty.ents) == 0
    doc = Doc(vocab, words=["Vladimir", "Putin", "met", "Xi", "Jinping", "in", "Beijing", "."])
    want = stock(doc.copy())
    got = batched(doc.copy())
    assert _ent_view(got) == _ent_view(want)
    assert {e.label_ for e in got.ents} >= {"PERSON", "GPE"}
    # A batch mixing empty and non-empty docs keeps its order and annotates each.
    docs = [Doc(vocab, words=[]), doc.copy(), Doc(vocab, words=["\n"])]
    assert list(batched.pipe(docs, batch_size=2)) == docs
    assert _ent_view(docs[1]) == _ent_view(want)
    assert [t.ent_iob_ for t in docs[2]] == ["O"]


def test_load_nlp_installs_it(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe(fast_ner.PIPE_NAME), fast_ner.BatchedRecognizer)
    assert nlp.get_pipe_meta(fast_ner.PIPE_NAME).factory == fast_ner.FACTORY
    assert nlp.pipe_names[-1] == fast_ner.PIPE_NAME


def test_unsupported_recognizers_are_kept() -> None:
    """Beam search, or a recognizer without trained labels, stays spaCy's component."""
    beam = spacy.blank("en")
    beam.add_pipe("beam_ner")
    beam.get_pipe("beam_ner").add_label("ORG")  # type: ignore[attr-defined]
    beam.initialize()
    beam.rename_pipe("beam_ner", "ner")
    assert fast_ner.install(beam) is False
    assert not isinstance(beam.get_pipe("ner"), fast_ner.BatchedRecognizer)
    assert fast_ner.install(spacy.blank("en")) is False
