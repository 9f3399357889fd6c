"""A dict-lookup stand-in for the model's ``attribute_ruler``, built from its own patterns.

en_core_web_sm's attribute_ruler holds ~180 small patterns (TAG -> POS/MORPH
maps, LOWER+TAG exceptions, a few DEP, IS_SPACE and two-token ones) but runs them
through the generic ``Matcher``, which cost as much CPU as half the parser. The
result for one token of a one-token pattern depends only on that token's own
attribute values, so this component compiles the same patterns into per-value
indexes, caches the outcome per distinct combination of values, and writes all
columns back with one ``Doc.from_array``.

Semantics reproduced from spaCy 3.8 ``AttributeRuler``:
- every pattern is matched against the doc as it was *before* the ruler ran
  (the Matcher runs first, all attributes are set afterwards);
- matches are applied in pattern order, so for each attribute of a token the
  last (highest-numbered) pattern that sets it wins;
- a multi-token pattern sets attributes on the token at its ``index``
  (negative counts from the end of the match).

Only the predicate kinds the compiler understands are accepted (plain values,
``IN``, ``NOT_IN``, ``REGEX`` on TAG, LOWER, DEP, IS_SPACE; writes to TAG, POS,
MORPH, LEMMA, DEP). Anything else raises ``UnsupportedPattern`` and
``install`` keeps the original component: never a silently different parse.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from transforms.nlp.spacy_private import normalize_token_attrs

FACTORY = "newsfacts_fast_attribute_ruler"
PIPE_NAME = "attribute_ruler"

log = logging.getLogger(__name__)

_MATCH_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_WRITE_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)
# Columns read per token: what patterns test plus what they may write (an
# attribute no pattern sets keeps the value read).
_READ_ATTRS = tuple(sorted(set(_MATCH_ATTRS.values()) | set(_WRITE_ATTRS)))
_COL = {attr: i for i, attr in enumerate(_READ_ATTRS)}
_WRITE_COLS = tuple(_COL[a] for a in _WRITE_ATTRS)
# Attributes to index rules by, most selective first.
_INDEX_PREFERENCE = (LOWER, TAG, DEP, IS_SPACE)
# Distinct token keys remembered per component; a long-lived worker clears the
# cache rather than growing without bound.
_MAX_CACHE = 500_000

Key = tuple[int, ...]


class UnsupportedPattern(ValueError):
    """A pattern uses a feature the compiler does not reproduce exactly."""


@dataclass(frozen=True, slots=True)
class _Test:
    """One predicate on one column: ``eq``, ``in``, ``not_in`` (hash sets) or ``regex``."""

    col: int
    kind: str
    value: Any  # int for eq, frozenset[int] for in/not_in, re.Pattern[str] for regex

    def __call__(self, key: Key, strings: Any) -> bool:
        v = key[self.col]
        if self.kind == "eq":
            return bool(v == self.value)
        if self.kind == "in":
            return v in self.value
        if self.kind == "not_in":
            return v not in self.value
        # The Matcher searches the attribute's string form.
        return self.value.search(strings[v]) is not None


TokenSpec = tuple[_Test, ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One alternative of one pattern entry; ``order`` is the entry's position."""

    order: int
    tokens: tuple[TokenSpec, ...]
    index: int  # non-negative position in the match of the token to set
    sets: tuple[tuple[int, int], ...]  # (write position, value)


@dataclass(frozen=True, slots=True)
class _Entry:
    """The one-token outcome for a key, and the multi-token rules that may start there."""

    row: tuple[int, ...]  # values for _WRITE_ATTRS
    orders: tuple[int, ...]  # per write position: order of the rule that set it, -1 if none
    starts: tuple[_Rule, ...]


def _spec_matches(spec: TokenSpec, key: Key, strings: Any) -> bool:
    return all(t(key, strings) for t in spec)


def _compile_value(attr_name: str, col: int, value: Any) -> _Test:
    if isinstance(value, dict):
        if len(value) != 1:
            raise UnsupportedPattern(f"{attr_name}: more than one predicate in {value!r}")
        ((op, arg),) = value.items()
        op = str(op).upper()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            if not all(isinstance(v, str) for v in arg):
                raise UnsupportedPattern(f"{attr_name} {op}: non-string values {arg!r}")
            return _Test(col, op.lower(), frozenset(get_string_id(v) for v in arg))
        if op == "REGEX" and isinstance(arg, str) and attr_name != "IS_SPACE":
            return _Test(col, "regex", re.compile(arg))
        raise UnsupportedPattern(f"{attr_name}: predicate {op} {arg!r}")
    if attr_name == "IS_SPACE":
        if not isinstance(value, bool):
            raise UnsupportedPattern(f"IS_SPACE: non-boolean value {value!r}")
        return _Test(col, "eq", int(value))
    if not isinstance(value, str):
        raise UnsupportedPattern(f"{attr_name}: value {value!r}")
    return _Test(col, "eq", get_string_id(value))


def _compile_token(spec: Any) -> TokenSpec:
    if not isinstance(spec, dict):
        raise UnsupportedPattern(f"token pattern {spec!r} is not a dict")
    tests = []
    for raw_attr, value in spec.items():
        name = raw_attr.upper() if isinstance(raw_attr, str) else None
        if name not in _MATCH_ATTRS:  # also OP (quantifiers), "_" (extensions), int ids
            raise UnsupportedPattern(f"token attribute {raw_attr!r}")
        tests.append(_compile_value(name, _COL[_MATCH_ATTRS[name]], value))
    return tuple(tests)


def compile_rules(vocab: Vocab, patterns: Iterable[Mapping[str, Any]]) -> tuple[_Rule, ...]:
    """Rules from ``AttributeRuler.patterns``, in application order."""
    rules: list[_Rule] = []
    for order, entry in enumerate(patterns):
        if set(entry) - {"patterns", "attrs", "index"}:
            raise UnsupportedPattern(f"pattern entry keys {sorted(entry)}")
        attrs = normalize_token_attrs(vocab, dict(entry["attrs"]))
        if not set(attrs) <= set(_WRITE_ATTRS):
            raise UnsupportedPattern(f"writes {entry['attrs']!r}")
        sets = tuple((_WRITE_ATTRS.index(a), int(v)) for a, v in attrs.items())
        index = int(entry.get("index", 0))
        for alternative in entry["patterns"]:
            tokens = tuple(_compile_token(t) for t in alternative)
            n = len(tokens)
            if n == 0 or not -n <= index < n:
                # spaCy raises at match time here; keep its behaviour by not replacing it.
                raise UnsupportedPattern(f"index {index} outside a {n}-token pattern")
            rules.append(_Rule(order, tokens, index % n, sets))
    return tuple(rules)


def _index_test(spec: TokenSpec) -> _Test | None:
    for attr in _INDEX_PREFERENCE:
        for t in spec:
            if t.col == _COL[attr] and t.kind in ("eq", "in"):
                return t
    return None


class FastAttributeRuler:
    """Applies compiled attribute-ruler rules; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str, rules: Sequence[_Rule]) -> None:
        self.name = name
        self._strings = vocab.strings
        # First-token candidates: rules indexed by one eq/IN test, plus the rest.
        self._indexed: dict[tuple[int, int], list[_Rule]] = {}
        self._unindexed: list[_Rule] = []
        for rule in rules:
            t = _index_test(rule.tokens[0])
            if t is None:
                self._unindexed.append(rule)
                continue
            values = [t.value] if t.kind == "eq" else sorted(t.value)
            for v in values:
                self._indexed.setdefault((t.col, v), []).append(rule)
        self._index_cols = sorted({col for col, _ in self._indexed})
        self._cache: dict[Key, _Entry] = {}

    def _candidates(self, key: Key) -> list[_Rule]:
        found: dict[int, _Rule] = {id(r): r for r in self._unindexed}
        for col in self._index_cols:
            for r in self._indexed.get((col, key[col]), ()):
                found[id(r)] = r
        return sorted(found.values(), key=lambda r: r.order)

    def _entry(self, key: Key) -> _Entry:
        row = [key[c] for c in _WRITE_COLS]
        orders = [-1] * len(_WRITE_COLS)
        starts: list[_Rule] = []
        for rule in self._candidates(key):
            if not _spec_matches(rule.tokens[0], key, self._strings):
                continue
            if len(rule.tokens) > 1:
                starts.append(rule)
                continue
            for pos, value in rule.sets:
                row[pos] = value
                orders[pos] = rule.order
        entry = _Entry(tuple(row), tuple(orders), tuple(starts))
        if len(self._cache) >= _MAX_CACHE:
            self._cache.clear()
        self._cache[key] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        keys: list[Key] = [tuple(r) for r in doc.to_array(list(_READ_ATTRS)).tolist()]
        cache = self._cache
        entries = [cache.get(k) or self._entry(k) for k in keys]
        out = np.array([e.row for e in entries], dtype=np.uint64)
        for target, row in self._multi_token_rows(keys, entries).items():
            out[target] = row
        # spaCy annotates the array as thinc's Ints2d; a uint64 array is what it reads.
        doc.from_array(list(_WRITE_ATTRS), out)  # type: ignore[arg-type]
        return doc

    def _multi_token_rows(
        self, keys: Sequence[Key], entries: Sequence[_Entry]
    ) -> dict[int, list[int]]:
        """Rows of tokens that a multi-token rule sets, with rule precedence applied."""
        state: dict[int, tuple[list[int], list[int]]] = {}
        n = len(keys)
        for i, entry in enumerate(entries):
            for rule in entry.starts:
                end = i + len(rule.tokens)
                if end > n or not all(
                    _spec_matches(spec, keys[i + j], self._strings)
                    for j, spec in enumerate(rule.tokens[1:], start=1)
                ):
                    continue
                target = i + rule.index
                if target not in state:
                    base = entries[target]
                    state[target] = (list(base.row), list(base.orders))
                row, orders = state[target]
                for pos, value in rule.sets:
                    if rule.order > orders[pos]:
                        row[pos] = value
                        orders[pos] = rule.order
        return {t: row for t, (row, _) in state.items()}


@Language.factory(FACTORY, default_config={"patterns": []})
def make_fast_attribute_ruler(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, compile_rules(nlp.vocab, patterns))


def install(nlp: Language) -> bool:
    """Replace the model's attribute_ruler with the compiled one, if every pattern compiles."""
    if PIPE_NAME not in nlp.pipe_names:
        return False
    original = nlp.get_pipe(PIPE_NAME)
    if not isinstance(original, AttributeRuler):
        return False
    patterns = original.patterns
    try:
        compile_rules(nlp.vocab, patterns)
    except UnsupportedPattern as exc:
        log.warning("keeping spaCy's attribute_ruler: %s", exc)
        return False
    nlp.replace_pipe(PIPE_NAME, FACTORY, config={"patterns": patterns})
    return True
