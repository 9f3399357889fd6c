"""Shared plumbing for evaluation suites.

A suite is a module with ``run(ctx: EvalContext) -> list[Metric]``. Suites read
the published snapshot (for the seed gold) or run the pure extractors on
benchmark texts; they never write anything.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl


@dataclass(frozen=True, slots=True)
class Metric:
    suite: str  # e.g. "quotes/seeds", "timex/tempeval3"
    name: str  # e.g. "precision", "recall", "f1", "speaker_accuracy"
    value: float
    support: int  # how many items the figure is computed over
    note: str = ""


@dataclass
class EvalContext:
    snapshot_dir: Path
    shared_dir: Path
    _tables: dict[str, pl.DataFrame] = field(default_factory=dict)

    @property
    def seed_gold(self) -> Path:
        return self.shared_dir / "gold" / "seeds"

    @property
    def benchmarks(self) -> Path:
        return self.shared_dir / "benchmarks"

    def table(self, name: str) -> pl.DataFrame:
        if name not in self._tables:
            self._tables[name] = pl.read_parquet(self.snapshot_dir / f"{name}.parquet")
        return self._tables[name]

    def articles_by_doc(self) -> dict[str, dict[str, Any]]:
        """Article rows keyed by the raw file's stem, which is how the gold names docs."""
        out: dict[str, dict[str, Any]] = {}
        for row in self.table("articles").iter_rows(named=True):
            stem = Path(row["source_path"]).stem
            out[stem] = row
        return out

    def gold(self, name: str) -> list[dict[str, Any]]:
        return read_jsonl(self.seed_gold / name)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@functools.cache
def load_eval_nlp() -> Any:
    """The same spaCy pipeline the product runs, loaded once per process."""
    from transforms.nlp.load import load_nlp

    return load_nlp()


_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    """Case-folded word tokens with multiplicity (the gold README's matching unit)."""
    return Counter(m.group(0).casefold() for m in _WORD.finditer(text))


def overlap_match(pred: str, gold: str) -> bool:
    """True when the two share at least half of the tokens of the longer one."""
    tp, tg = tokens(pred), tokens(gold)
    longer = max(sum(tp.values()), sum(tg.values()))
    if longer == 0:
        return False
    shared = sum((tp & tg).values())
    return shared * 2 >= longer


def greedy_pairs(preds: Sequence[str], golds: Sequence[str]) -> Iterator[tuple[int, int]]:
    """One-to-one matching: each prediction matches at most one gold item.

    Pairs are taken best overlap first so that a long prediction does not steal a
    gold item from the prediction that matches it exactly.
    """
    scored: list[tuple[float, int, int]] = []
    for i, p in enumerate(preds):
        tp = tokens(p)
        for j, g in enumerate(golds):
            if not overlap_match(p, g):
                continue
            tg = tokens(g)
            shared = sum((tp & tg).values())
            longer = max(sum(tp.values()), sum(tg.values()))
            scored.append((shared / longer, i, j))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in scored:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        yield i, j


def prf(tp: int, n_pred: int, n_gold: int, suite: str) -> list[Metric]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [
        Metric(suite, "precision", p, n_pred),
        Metric(suite, "recall", r, n_gold),
        Metric(suite, "f1", f, n_gold),
    ]


def accuracy(correct: int, total: int, suite: str, name: str, note: str = "") -> Metric:
    return Metric(suite, name, correct / total if total else 0.0, total, note)


_ANN_T = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_ANN_E = re.compile(r"^(E\d+)\t(.*)$")


def read_brat(
    ann: str,
) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    """A brat ``.ann`` file (PolNeAR): text-bound spans by id (label, character
    pieces) and each event line's role -> span id."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels: list[dict[str, str]] = []
    for line in ann.splitlines():
        m = _ANN_T.match(line)
        if m:
            pieces = []
            for part in m.group(3).split(";"):
                a, b = part.split()
                pieces.append((int(a), int(b)))
            spans[m.group(1)] = (m.group(2), pieces)
            continue
        e = _ANN_E.match(line)
        if e:
            rels.append(dict(x.split(":", 1) for x in e.group(2).split() if ":" in x))
    return spans, rels
