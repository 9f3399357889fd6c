"""The model's entity recognizer, its greedy decoding run for a whole batch at once.

spaCy's ``EntityRecognizer`` scores every token with the same network we keep
(its own tok2vec, then the precomputed lower layer, a maxout and the output
layer), but walks each doc's transitions in a C loop that tests all 74 actions'
validity one function call at a time for 8 docs per step. Measured over 200
generated articles (4,575 paragraphs, 185k tokens) on one core: 9.8 CPU-s for
``ner.predict``, of which 2.7 s is the network's per-token part and ~7 s that
loop, half of it in ``TransitionSystem.set_valid`` (py-spy, native frames).

The BILUO system moves one token per action, so all docs of a batch can step
in lockstep: step t scores token t of every doc still running with one array
operation per quantity and one matrix product, and the validity of every action
is computed as boolean arrays with the rules of spaCy's ``ner.pyx`` (preset
entities from the entity ruler, sentence starts, whitespace, open entity).
Annotations are written by the same ``Doc.set_ents`` call with the same spans
as spaCy's ``BiluoPushDown.set_annotations``.

Why the result is the same: features, maxout and first-best valid action are
spaCy's, on per-token arrays computed by the model's own layers. Float sums may
run in another order (the network over the pipeline's batches of 32 docs
instead of spaCy's sorted sub-batches of 8; the output layer on numpy's BLAS,
not blis), which could flip a near-tie, as with our numeric backend.
tests/test_fast_ner.py compares every token's entity annotation with spaCy's
component on real text and on random docs with random preset entities; over
1.18 million tokens of generated, PolNeAR, TempEval and seed text there was no
difference. Measured on those 200 articles: 10.5 -> 3.2 CPU-s.

``install`` keeps spaCy's component for any configuration this does not
reproduce (beam search, other feature sets, no maxout, unseen classes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

PIPE_NAME = "ner"
FACTORY = "newsfacts_batched_ner"
_STAGING = "newsfacts_batched_ner_staging"
# Docs decoded together by ``pipe`` (measured over 200 generated articles, one
# core: 3.8 CPU-s at 32, 3.2 at 128, 3.1 at 256; spaCy's component 10.5).
DECODE_DOCS = 128
# ... and at most this many tokens: the per-token table the decoder reads holds
# 3 x 64 x 2 floats (1.5 kB) a token, so a group of long chunks (a 20,000-char
# paragraph is ~4,000 tokens) stays near 12 MB instead of growing with them.
DECODE_TOKENS = 8_192

# Move types as spaCy's ner.pyx names them in class names ("B-ORG", "U-", "O").
_B, _I, _L, _U, _O = "BILUO"
# TokenC.ent_iob values: 0 missing (no preset), 1 inside, 2 outside, 3 begin.
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3


@dataclass(frozen=True, slots=True)
class _Classes:
    """Per output class: its move type (one boolean row per type) and label hash."""

    is_b: np.ndarray
    is_i: np.ndarray
    is_l: np.ndarray
    is_u: np.ndarray
    is_o: np.ndarray
    label: np.ndarray  # uint64 string hashes, 0 for "U-" and "O"
    nonzero: np.ndarray


def _classes(ner: EntityRecognizer) -> _Classes:
    strings = ner.vocab.strings
    moves: list[str] = []
    labels: list[int] = []
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)
        move, _, label = name.partition("-")
        if move not in "BILUO" or len(move) != 1:
            raise ValueError(f"unexpected NER action {name!r}")
        moves.append(move)
        labels.append(strings.add(label) if label else 0)
    mv = np.array(moves)
    lb = np.array(labels, dtype=np.uint64)
    return _Classes(
        is_b=mv == _B,
        is_i=mv == _I,
        is_l=mv == _L,
        is_u=mv == _U,
        is_o=mv == _O,
        label=lb,
        nonzero=lb != 0,
    )


class BatchedRecognizer:
    """Runs ``inner``'s model and decodes a batch of docs in lockstep; see the module docstring."""

    def __init__(self, inner: EntityRecognizer) -> None:
        self.inner = inner
        self.name = inner.name
        model = inner.model
        self._tok2vec = model.layers[0]
        self._lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self._bias = self._lower.get_param("b")  # (nO, nP)
        self._w = np.ascontiguousarray(upper.get_param("W").T)  # (nH, n_classes)
        self._b = upper.get_param("b")
        self._classes = _classes(inner)

    # spaCy calls these; everything else about the component is the inner one's.
    @property
    def labels(self) -> tuple[str, ...]:
        labels: tuple[str, ...] = self.inner.labels
        return labels

    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        # The network runs over ``batch_size`` docs at a time, as the rest of
        # the pipeline; decoding over up to DECODE_DOCS, since a decoding step
        # costs about the same for 32 docs as for 128.
        size = max(batch_size, DECODE_DOCS)
        group: list[Doc] = []
        tokens = 0
        for doc in docs:
            group.append(doc)
            tokens += len(doc)
            if len(group) >= size or tokens >= DECODE_TOKENS:
                self.annotate(group, network_batch=batch_size)
                yield from group
                group, tokens = [], 0
        if group:
            self.annotate(group, network_batch=batch_size)
            yield from group

    def annotate(self, docs: Sequence[Doc], *, network_batch: int | None = None) -> None:
        """Set entities on ``docs`` as spaCy's recognizer would."""
        running = sorted((d for d in docs if len(d)), key=len)
        if not running:
            return
        size = network_batch or len(running)
        feats: list[np.ndarray] = []
        pad: np.ndarray | None = None
        for start in range(0, len(running), size):
            yf = self._lower.predict(self._tok2vec.predict(running[start : start + size]))
            pad = yf[0]
            feats.append(yf[1:])
        assert pad is not None
        table = np.concatenate([pad[None], *feats])  # row 0: padding, row k + 1: token k
        for doc, ents in zip(running, self._decode(running, table), strict=True):
            _set_annotations(doc, ents)

    def _decode(self, docs: Sequence[Doc], table: np.ndarray) -> list[list[tuple[int, int, int]]]:
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        arr = np.concatenate([d.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]) for d in docs])
        iob = arr[:, 0].astype(np.int64)
        etype = arr[:, 1].astype(np.uint64)
        space = arr[:, 3] != 0
        total = len(iob)
        last = offsets + lengths - 1
        # The next token's preset and sentence start; spaCy's empty token (0s) past the end.
        n_iob = np.zeros(total, dtype=np.int64)
        n_iob[:-1] = iob[1:]
        n_iob[last] = 0
        n_ss = np.zeros(total, dtype=np.int64)
        n_ss[:-1] = arr[1:, 2].astype(np.int64)
        n_ss[last] = 0

        # Docs longest first, so the docs still running at step t are a prefix.
        order = np.argsort(-lengths, kind="stable")
        s_len = lengths[order]
        s_off = offsets[order]
        n_docs = len(docs)
        open_start = np.full(n_docs, -1, dtype=np.int64)  # token index in the doc, -1 if none
        open_label = np.zeros(n_docs, dtype=np.uint64)
        stopped = np.zeros(n_docs, dtype=bool)
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(n_docs)]
        c = self._classes
        neg_inf = np.float32(-np.inf)
        # Ascending copy for counting the docs longer than t.
        asc = s_len[::-1]

        for t in range(int(s_len[0])):
            n = n_docs - int(np.searchsorted(asc, t, side="right"))
            tok = s_off[:n] + t
            o_start = open_start[:n]
            is_open = o_start >= 0
            live = ~stopped[:n]
            # Feature rows: B(0); the open entity's first token; B(0) - 1 inside an entity.
            f1 = np.where(is_open, s_off[:n] + o_start + 1, 0)
            f2 = np.where(is_open, tok, 0)
            h = table[tok + 1, 0] + table[f1, 1]
            h += table[f2, 2]
            h += self._bias
            scores = h.max(axis=2) @ self._w
            scores += self._b

            p_iob = iob[tok]
            p_lab = etype[tok]
            nx_iob = n_iob[tok]
            nx_ss = n_ss[tok]
            o_lab = open_label[:n]
            eq_p = c.label[None, :] == p_lab[:, None]
            eq_o = c.label[None, :] == o_lab[:, None]
            pre_b = p_iob == _IOB_B
            pre_i = p_iob == _IOB_I
            buf2 = s_len[:n] - t >= 2
            not_sp = ~space[tok]
            col = np.newaxis
            valid = (
                c.is_b
                & c.nonzero
                & (~is_open & buf2 & ~pre_i)[:, col]
                & np.where(
                    pre_b[:, col],
                    eq_p & (nx_iob == _IOB_I)[:, col],
                    ((nx_iob != _IOB_B) & (nx_ss != 1) & not_sp)[:, col],
                )
            )
            valid |= (
                c.is_i
                & c.nonzero
                & eq_o
                & (is_open & buf2 & ~pre_b & (nx_iob != _IOB_B))[:, col]
                & np.where(
                    pre_i[:, col],
                    ((nx_iob != 0) & (nx_iob != _IOB_O))[:, col] & eq_p,
                    # spaCy tests B(1) != -1 first; past the end nx_ss is 0 anyway.
                    (nx_ss != 1)[:, col],
                )
            )
            valid |= (
                c.is_l
                & c.nonzero
                & is_open[:, col]
                & np.where(
                    (pre_i & (nx_iob != _IOB_I))[:, col],
                    eq_p,
                    eq_o & (nx_iob != _IOB_I)[:, col],
                )
            )
            valid |= c.is_u & np.where(
                c.nonzero,
                (~is_open & (nx_iob != _IOB_I))[:, col]
                & np.where(pre_b[:, col], eq_p, not_sp[:, col]),
                ((p_lab == 0) & pre_b)[:, col],
            )
            valid |= c.is_o & (~is_open & ~pre_b & ~pre_i)[:, col]
            valid &= live[:, col]

            best = np.where(valid, scores, neg_inf).argmax(axis=1)
            ok = valid[np.arange(n), best]
            # No valid action: spaCy forces the state final; an open entity is dropped.
            stuck = live & ~ok
            if stuck.any():
                stopped[:n] |= stuck
                open_start[:n][stuck] = -1
            act = np.flatnonzero(ok)
            if not len(act):
                continue
            chosen = best[act]
            begins = act[c.is_b[chosen]]
            open_start[begins] = t
            open_label[begins] = c.label[chosen[c.is_b[chosen]]]
            for k in act[c.is_l[chosen]].tolist():
                found[k].append((int(open_start[k]), t + 1, int(open_label[k])))
                open_start[k] = -1
            units = c.is_u[chosen]
            for k, lab in zip(act[units].tolist(), c.label[chosen[units]].tolist(), strict=True):
                found[k].append((t, t + 1, int(lab)))

        out: list[list[tuple[int, int, int]]] = [[] for _ in range(n_docs)]
        for rank, k in enumerate(order.tolist()):
            out[k] = found[rank]
        return out


def _set_annotations(doc: Doc, ents: list[tuple[int, int, int]]) -> None:
    """``BiluoPushDown.set_annotations``: the spans, then unannotated tokens to O."""
    spans = [
        Span(doc, start, end, label=label, kb_id=doc[start].ent_kb_id) for start, end, label in ents
    ]
    covered = np.zeros(len(doc), dtype=bool)
    for span in spans:
        if span.label:  # set_ents drops label-0 spans; their tokens stay missing
            covered[span.start : span.end] = True
    missing = (doc.to_array(ENT_IOB) == 0) & ~covered
    outside = [doc[i : i + 1] for i in np.flatnonzero(missing).tolist()]
    doc.set_ents(spans, outside=outside, default="unmodified")


def supported(ner: Any) -> bool:
    """Whether ``ner`` is a recognizer whose decoding this module reproduces."""
    if not isinstance(ner, EntityRecognizer):
        return False
    model = ner.model
    if ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper", False):
        return False
    if model.attrs.get("unseen_classes"):
        return False
    try:
        lower = model.get_ref("lower")
        _classes(ner)
    except (KeyError, ValueError):
        return False
    return bool(lower.get_dim("nF") == 3 and lower.get_dim("nP") >= 2)


@Language.factory(FACTORY, default_config={"inner": PIPE_NAME})
def make_batched_recognizer(nlp: Language, name: str, inner: str) -> BatchedRecognizer:
    component = nlp.get_pipe(inner)
    if not supported(component):
        raise ValueError(f"pipe {inner!r} is not an entity recognizer this decoder reproduces")
    assert isinstance(component, EntityRecognizer)
    return BatchedRecognizer(component)


def install(nlp: Language) -> bool:
    """Swap the pipeline's ``ner`` for a ``BatchedRecognizer`` over the same model."""
    if PIPE_NAME not in nlp.pipe_names or not supported(nlp.get_pipe(PIPE_NAME)):
        return False
    # Added beside the original (which the factory wraps), then takes its name and place.
    nlp.add_pipe(FACTORY, name=_STAGING, after=PIPE_NAME, config={"inner": PIPE_NAME})
    nlp.remove_pipe(PIPE_NAME)
    nlp.rename_pipe(_STAGING, PIPE_NAME)
    return True
