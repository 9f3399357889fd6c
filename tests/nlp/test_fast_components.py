"""The compiled attribute ruler and the cached lemmatizer give exactly spaCy's output.

Original and replacement run on copies of the same docs (parsed up to that
component by the unmodified model), so any difference is the component's own.
Real text: the seed articles, generated articles and, when ../shared has them,
PolNeAR articles. Synthetic docs cover precedence corners the model's attribute
ruler patterns do not reach. Last, parse_bodies' batched parsing gives the
annotations of one-paragraph-at-a-time parsing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from benchmarks.generate import generate
from tests.conftest import SEEDS_RAW, SHARED
from transforms.nlp import fast_attribute_ruler as far
from transforms.nlp import fast_lemmatizer
from transforms.nlp.load import _import_model, load_model, parse_bodies, split_chunks

POLNEAR = SHARED / "benchmarks" / "polnear" / "text"
N_GENERATED = 50
N_POLNEAR = 20
EDGE_TEXTS = (
    "We 're gon na win, let 's go. Y' all ai n't seen nothin' yet, c'm on! "
    "There is 'nuff. It gets ol' quickly; he got 'em. I 'd do it.\n\n  \n",
    " ",
    "\n",
    "Do you have it? Did I? Had they been being there? Those that were here did.",
)


def _token_view(doc: Doc) -> list[tuple[Any, ...]]:
    return [
        (
            t.i,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.is_sent_start,
        )
        for t in doc
    ]


def _assert_same(original: AttributeRuler, docs: list[Doc], vocab: Any) -> int:
    fast = far.FastAttributeRuler(vocab, "fast", far.compile_rules(vocab, original.patterns))
    tokens = 0
    for doc in docs:
        expected = _token_view(original(doc.copy()))
        assert _token_view(fast(doc.copy())) == expected, doc.text[:200]
        tokens += len(doc)
    return tokens


@pytest.fixture(scope="module")
def model() -> Language:
    """A fresh, unmodified en_core_web_sm (load_nlp's copy has the compiled ruler)."""
    nlp: Language = _import_model().load()
    return nlp


def _real_texts(tmp_path: Path) -> Iterator[str]:
    for p in sorted(SEEDS_RAW.glob("*.txt")):
        yield p.read_text(encoding="utf-8")
    for p in generate(N_GENERATED, tmp_path / "generated"):
        yield p.read_text(encoding="utf-8")
    if POLNEAR.is_dir():
        for p in sorted(POLNEAR.glob("*.txt"))[:N_POLNEAR]:
            yield p.read_text(encoding="utf-8")
    yield from EDGE_TEXTS


@pytest.fixture(scope="module")
def parsed(model: Language, tmp_path_factory: pytest.TempPathFactory) -> list[Doc]:
    """Real text parsed by the unmodified model up to (not including) the attribute ruler."""
    texts = _real_texts(tmp_path_factory.mktemp("texts"))
    chunks = [c for text in texts for c in split_chunks(text)]
    before = model.pipe_names[: model.pipe_names.index(far.PIPE_NAME)]
    with model.select_pipes(enable=before):
        return list(model.pipe(chunks))


def test_same_as_spacy_on_real_text(model: Language, parsed: list[Doc]) -> None:
    original = model.get_pipe(far.PIPE_NAME)
    assert isinstance(original, AttributeRuler)
    assert _assert_same(original, parsed, model.vocab) > 30_000


def test_cached_lemmatizer_same_as_spacy_on_real_text(model: Language, parsed: list[Doc]) -> None:
    ruler = model.get_pipe(far.PIPE_NAME)
    original = model.get_pipe(fast_lemmatizer.PIPE_NAME)
    assert isinstance(original, Lemmatizer)
    cached = fast_lemmatizer.CachedLemmatizer(original)
    docs = [ruler(doc.copy()) for doc in parsed]
    for doc in docs:
        expected = _token_view(original(doc.copy()))
        assert _token_view(cached(doc.copy())) == expected, doc.text[:200]
    # Twice: answers from the cache equal the first ones.
    for doc in docs[:50]:
        assert _token_view(cached(doc.copy())) == _token_view(original(doc.copy()))


def _full_view(doc: Doc) -> tuple[list[tuple[Any, ...]], list[tuple[int, int, str]]]:
    return _token_view(doc), [(e.start, e.end, e.label_) for e in doc.ents]


def test_openblas_backend_same_as_blis_on_real_text(
    model: Language, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """load_model()'s numpy/OpenBLAS layers annotate exactly like the stock blis ones.

    Float sums in another order could flip a near-tie argmax; this pins that
    they do not on real news text (tags, morphology, lemmas, parse, entities).
    """
    numpy_model = load_model()
    models = [getattr(pipe, "model", None) for _, pipe in numpy_model.pipeline]
    layers = [node for m in models if isinstance(m, Model) for node in m.walk()]
    assert layers and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in layers)
    chunks = [c for text in _real_texts(tmp_path_factory.mktemp("ops")) for c in split_chunks(text)]
    tokens = 0
    with threadpool_limits(limits=1, user_api="blas"):
        pairs = zip(model.pipe(chunks), numpy_model.pipe(chunks), strict=True)
        for stock, ours in pairs:
            assert _full_view(ours) == _full_view(stock), stock.text[:200]
            tokens += len(stock)
    assert tokens > 30_000


def test_load_nlp_uses_the_fast_components(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe(far.PIPE_NAME), far.FastAttributeRuler)
    assert nlp.get_pipe_meta(far.PIPE_NAME).factory == far.FACTORY
    lemmatizer = nlp.get_pipe(fast_lemmatizer.PIPE_NAME)
    assert isinstance(lemmatizer, fast_lemmatizer.CachedLemmatizer)
    assert nlp.get_pipe_meta(fast_lemmatizer.PIPE_NAME).factory == fast_lemmatizer.FACTORY
    assert [t.lemma_ for t in nlp("They were gon na say it")] == [
        "they",
        "be",
        "go",
        "to",
        "say",
        "it",
    ]


def _doc(vocab: Any, spec: list[tuple[str, str, str]]) -> Doc:
    words = [w for w, _, _ in spec]
    return Doc(
        vocab,
        words=words,
        tags=[t for _, t, _ in spec],
        deps=[d for _, _, d in spec],
        heads=[0] * len(words),
    )


def test_precedence_and_indices_match_spacy() -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    patterns: list[Any] = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "n1"}},
        # A later two-token rule overrides LEMMA of its last token, not POS.
        {
            "patterns": [[{"LOWER": "a"}, {"LOWER": {"REGEX": "^b+$"}}]],
            "attrs": {"LEMMA": "ab"},
            "index": -1,
        },
        # Overlapping matches of one rule: both second tokens are set.
        {"patterns": [[{"LOWER": "x"}, {}]], "attrs": {"MORPH": "Number=Sing"}, "index": 1},
        # A still later one-token rule overrides the two-token one.
        {"patterns": [[{"LOWER": "bbb", "TAG": "NN"}]], "attrs": {"LEMMA": "late"}},
        {
            "patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}, "TAG": {"IN": ["NN", "VB"]}}]],
            "attrs": {"POS": "VERB", "DEP": "obj"},
        },
        # Two alternatives of one entry, both matching "x"/VB.
        {"patterns": [[{"IS_SPACE": False}], [{"TAG": "VB"}]], "attrs": {"TAG": "XX"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    ]
    ruler.add_patterns(patterns)
    docs = [
        _doc(
            nlp.vocab,
            [
                ("a", "DT", "det"),
                ("bb", "NN", "nsubj"),
                ("x", "NN", "dep"),
                ("x", "VB", "ROOT"),
                ("bbb", "NN", ""),
                ("a", "DT", "det"),
                ("bbb", "NN", "attr"),
                ("x", "NN", "dep"),
            ],
        ),
        _doc(nlp.vocab, [("x", "VB", "ROOT")]),
        _doc(nlp.vocab, [("a", "DT", "det"), ("\n", "_SP", "dep")]),
    ]
    assert _assert_same(ruler, docs, nlp.vocab) == 11


@pytest.mark.parametrize(
    "entry",
    [
        {"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"ORTH": "a"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": {"FUZZY": "a"}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "b"}},
        {"patterns": [[{"LOWER": "a"}]], "attrs": {"POS": "X"}, "index": 1},
    ],
)
def test_unsupported_patterns_keep_spacys_ruler(entry: dict[str, Any]) -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}, entry])
    assert far.install(nlp) is False
    assert nlp.get_pipe(far.PIPE_NAME) is ruler


def test_install_replaces_in_place() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "a"}]], "attrs": {"POS": "DET"}}])
    nlp.add_pipe("sentencizer", name="after")
    assert far.install(nlp) is True
    assert nlp.pipe_names == ["sentencizer", far.PIPE_NAME, "after"]
    assert [t.pos_ for t in nlp("a b")] == ["DET", ""]


def test_batching_does_not_change_annotations(nlp: Language) -> None:
    """parse_bodies' batches of paragraphs give what parsing one paragraph at a time gives."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_RAW.glob("*.txt"))]
    batched = list(parse_bodies(nlp, bodies))
    for body, doc in zip(bodies, batched, strict=True):
        parts = [nlp(chunk) for chunk in split_chunks(body)]
        single = Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
        assert doc.text == single.text == body
        assert _token_view(doc) == _token_view(single)
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [
            (e.start, e.end, e.label_) for e in single.ents
        ]
