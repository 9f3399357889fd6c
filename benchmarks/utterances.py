"""Cost of the utterance clustering alone (transforms/corpus/utterances.py) on synthetic rows.

Builds ``utterance_input`` rows directly (no extraction): ``--articles``
articles of ``--quotes`` rows each (full quotes, a partial inside an indirect
row, continuation chains), speakers drawn from ``--speakers`` people (with
``--one-sound`` all their surnames share one skeleton), half of the articles
undated, and a share of the statements relayed by several articles with
reworded text. Prints the wall time of ``cluster`` and, with ``--profile``,
its 15 costliest functions. Run on an idle machine for figures worth quoting:

    uv run python -m benchmarks.utterances --articles 5000 --quotes 20 [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import random
import sys
import time
from collections.abc import Sequence
from typing import Any

import polars as pl

from transforms.corpus.utterances import INPUT_SCHEMA, cluster

# A vocabulary as large as news text's (random letter strings of 5-9 letters):
# with a few dozen words every two statements of a speaker would agree.
_ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _vocabulary(rng: random.Random, size: int = 20000) -> list[str]:
    return ["".join(rng.choices(_ALPHA, k=rng.randint(5, 9))) for _ in range(size)]


def _statement(rng: random.Random, words: list[str]) -> list[str]:
    return rng.sample(words, rng.randint(8, 20))


def rows(
    articles: int, quotes: int, speakers: int, seed: int, one_sound: bool
) -> list[dict[str, Any]]:
    """The synthetic input rows (INPUT_SCHEMA)."""
    rng = random.Random(seed)
    people = [
        (f"Ann Pesk{i}v" if one_sound else f"Ann Surname{i:04d}", f"person:p{i}")
        for i in range(speakers)
    ]
    vocabulary = _vocabulary(rng)
    pool = [_statement(rng, vocabulary) for _ in range(max(1, articles * quotes // 4))]
    start = dt.date(2024, 1, 1)
    out: list[dict[str, Any]] = []
    for a in range(articles):
        aid = f"art{a:06d}"
        dated = a % 2 == 0
        published = start + dt.timedelta(days=rng.randint(0, 120)) if dated else None
        lang = "en" if rng.random() < 0.7 else "ru"
        pos = 0
        prev: str | None = None
        for q in range(quotes):
            name, eid = people[rng.randrange(speakers)]
            words = list(rng.choice(pool))
            if rng.random() < 0.3:  # a reworded relay of a common statement
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            text = " ".join(words)
            kind = rng.choice(("full", "full", "indirect", "partial"))
            qid = f"{aid}:q{q}"
            length = len(text)
            # Every fifth row overlaps the previous one (a partial inside an indirect row).
            begin = pos - length // 2 if q % 5 == 4 and pos > length else pos
            out.append(
                {
                    "quote_id": qid,
                    "article_id": aid,
                    "kind": kind,
                    "text": text,
                    "char_start": begin,
                    "char_end": begin + length,
                    "continues": prev if q % 7 == 6 else None,
                    "medium": None,
                    "source_id": f"{aid}:s{q % 4}",
                    "source_kind": "person",
                    "source_name": name,
                    "source_entity_id": eid,
                    "anonymous": False,
                    "description": None,
                    "published_date": published,
                    "outlet": f"Outlet {a % 40}",
                    "language": lang,
                    "entity_ids": [],
                    "speaker_forms": [name],
                    "occasion_date": None,
                    "left_context": "he said, ",
                    "gap_before": ", he said. " if q % 3 == 0 else None,
                    "channel": None,
                }
            )
            pos = begin + length + 40
            prev = qid
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--quotes", type=int, default=20, help="rows per article")
    ap.add_argument("--speakers", type=int, default=300)
    ap.add_argument("--one-sound", action="store_true", help="all surnames share one skeleton")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    inp = pl.DataFrame(
        rows(args.articles, args.quotes, args.speakers, args.seed, args.one_sound),
        schema=INPUT_SCHEMA,
    )
    prof = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    roots = cluster(inp)
    if prof:
        prof.disable()
    took = time.perf_counter() - t0
    print(f"{inp.height} rows, {len(set(roots))} utterances: cluster {took:.1f} s", file=sys.stderr)
    if prof:
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
