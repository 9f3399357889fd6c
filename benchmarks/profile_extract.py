"""Where extraction time goes: spaCy components vs our extractors.

In one process, over a generated corpus of N articles (default 200):

1. a plain timed breakdown (no profiler): prepare_article, the tokenizer and
   each pipeline component (``transforms.nlp.load.load_nlp()``: en_core_web_sm plus
   our entity ruler, over the same paragraph chunks ``parse_bodies`` uses),
   Doc.from_docs re-joining, then each extractor as ``extract_article`` calls
   them (mentions, quotes, timex, events) and the payload serialization;
2. with ``--bare``, the yardstick: bare en_core_web_sm (all default
   components) ``nlp.pipe`` over the same bodies, as ``benchmarks.run`` does
   it, in the same process and on the same CPU clock; then the same model on
   our numeric backend (numpy's OpenBLAS instead of blis), so the gain of
   that swap and the rest of our overhead can be told apart;
3. cProfile of ``flows.stages.extract_batch`` over batches of
   ``--batch-size`` WorkItems built with the real ingest and ``stages.plan``,
   printing the top functions by own time and by cumulative time.

    uv run python -m benchmarks.profile_extract [--n 200] [--top 30] [--bare] [--pstats out.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from benchmarks.generate import generate
from transforms.nlp.load import BLAS_THREADS

CLOCK = time.process_time  # CPU seconds of this process: robust to a loaded machine


def timed_breakdown(items: Sequence[Any], max_bytes: int) -> dict[str, float]:
    from spacy.tokens import Doc

    from contract.records import ArticleExtraction
    from contract.serialize import to_payload
    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article
    from transforms.entities.mentions import extract_mentions
    from transforms.events.extract import extract_events
    from transforms.extract import needs_nlp
    from transforms.nlp.load import BATCH_SIZE, load_nlp, split_chunks
    from transforms.quotes.extract import extract_quotes
    from transforms.timex.extract import extract_timexes

    t: dict[str, float] = defaultdict(float)
    t0 = CLOCK()
    init_language_detection()
    nlp = load_nlp()
    t["setup: load_nlp + langdetect (once per process)"] = CLOCK() - t0

    t0 = CLOCK()
    prepared = [
        prepare_article(it.data, source_path=it.source_path, meta=it.meta, max_bytes=max_bytes)
        for it in items
    ]
    t["prepare_article (decode, boilerplate, metadata, language)"] = CLOCK() - t0
    english = [p for p in prepared if needs_nlp(p)]
    chunk_lists = [split_chunks(p.body_text) for p in english]
    flat = [c for cl in chunk_lists for c in cl]

    t0 = CLOCK()
    docs = [nlp.make_doc(c) for c in flat]
    t["spacy: tokenizer"] = CLOCK() - t0
    for name, proc in nlp.pipeline:
        t0 = CLOCK()
        docs = (
            list(proc.pipe(docs, batch_size=BATCH_SIZE))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        t[f"spacy: {name}"] = CLOCK() - t0

    t0 = CLOCK()
    it_docs = iter(docs)
    bodies: list[Doc] = []
    for p, cl in zip(english, chunk_lists, strict=True):
        parts = [next(it_docs) for _ in cl]
        bodies.append(
            parts[0]
            if len(parts) == 1
            else (
                Doc.from_docs(parts, ensure_whitespace=False)
                if parts
                else nlp.make_doc(p.body_text)
            )
        )
    t["spacy: Doc.from_docs re-join"] = CLOCK() - t0

    for art, doc in zip(english, bodies, strict=True):
        t0 = CLOCK()
        mentions = extract_mentions(doc)
        t1 = CLOCK()
        quotes, sources = extract_quotes(doc, mentions=mentions)
        t2 = CLOCK()
        timexes = extract_timexes(art.body_text, published_date=art.published_date, doc=doc)
        t3 = CLOCK()
        events = extract_events(
            doc,
            mentions=mentions,
            timexes=timexes,
            quotes=quotes,
            sources=sources,
            published_date=art.published_date,
        )
        t4 = CLOCK()
        to_payload(
            ArticleExtraction(
                article=art,
                mentions=mentions,
                quotes=quotes,
                sources=sources,
                timexes=timexes,
                events=events,
            )
        )
        t5 = CLOCK()
        t["ours: entities (extract_mentions)"] += t1 - t0
        t["ours: quotes + sources (extract_quotes)"] += t2 - t1
        t["ours: timex (extract_timexes)"] += t3 - t2
        t["ours: events (extract_events)"] += t4 - t3
        t["ours: to_payload (serialize)"] += t5 - t4
    return dict(t)


def bare_spacy_seconds(
    items: Sequence[Any], max_bytes: int, batch_size: int, *, use_blis: bool = True
) -> float:
    """CPU seconds of bare en_core_web_sm over the English bodies (model load excluded).

    ``use_blis=False`` loads it on the numeric backend our pipeline uses
    (``transforms.nlp.load.load_model``), to separate that gain from the rest.
    """
    from transforms.articles.prepare import prepare_article
    from transforms.extract import needs_nlp
    from transforms.nlp.load import load_model

    prepared = [
        prepare_article(it.data, source_path=it.source_path, meta=it.meta, max_bytes=max_bytes)
        for it in items
    ]
    bodies = [p.body_text for p in prepared if needs_nlp(p)]
    nlp = load_model(use_blis=use_blis)
    t0 = CLOCK()
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        for _doc in nlp.pipe(bodies, batch_size=batch_size):
            pass
    return CLOCK() - t0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--pstats", type=Path, default=None, help="also dump the raw profile here")
    ap.add_argument(
        "--bare", action="store_true", help="also time bare en_core_web_sm over the same bodies"
    )
    ap.add_argument("--bare-batch-size", type=int, default=32, help="as benchmarks.run")
    ap.add_argument("--no-cprofile", action="store_true", help="skip the cProfile section")
    args = ap.parse_args(argv)

    from contract.paths import DEFAULT_MAX_BYTES
    from flows import stages
    from flows.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="newsfacts-prof-") as d:
        raw = Path(d)
        generate(args.n, raw, seed=args.seed)
        files, _ = ingest(raw, max_bytes=DEFAULT_MAX_BYTES)
    items = stages.plan(files)
    words = sum(len(it.data.split()) for it in items)
    print(f"{len(items)} distinct articles, {words} raw words")

    w0 = time.perf_counter()
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):  # as parse_bodies
        t = timed_breakdown(items, DEFAULT_MAX_BYTES)
    print(f"(breakdown took {time.perf_counter() - w0:.1f} s wall)")
    work = {k: v for k, v in t.items() if not k.startswith("setup")}
    total = sum(work.values())
    print(
        f"\n== timed breakdown, CPU seconds, no profiler (total {total:.1f} s excluding setup) =="
    )
    for k, v in sorted(t.items(), key=lambda kv: -kv[1]):
        share = f"{100 * v / total:5.1f}%" if k in work else "     "
        print(f"{v:8.2f} s {share}  {k}")
    spacy_s = sum(v for k, v in work.items() if k.startswith("spacy"))
    ours_s = sum(v for k, v in work.items() if k.startswith("ours"))
    prep_s = sum(v for k, v in work.items() if k.startswith("prepare"))
    print(
        f"spaCy {spacy_s:.1f} s ({100 * spacy_s / total:.0f}%), our extractors {ours_s:.1f} s "
        f"({100 * ours_s / total:.0f}%), prepare {prep_s:.1f} s ({100 * prep_s / total:.0f}%)"
    )
    if args.bare:
        bare = bare_spacy_seconds(items, DEFAULT_MAX_BYTES, args.bare_batch_size)
        print(
            f"bare en_core_web_sm nlp.pipe(batch_size={args.bare_batch_size}) over the same "
            f"bodies: {bare:.1f} s; ours end to end {total:.1f} s = {total / bare:.2f}x bare"
        )
        same = bare_spacy_seconds(items, DEFAULT_MAX_BYTES, args.bare_batch_size, use_blis=False)
        print(
            f"the same on our numeric backend (NumpyOps, OpenBLAS, 1 thread): {same:.1f} s; "
            f"ours = {total / same:.2f}x that"
        )
    if args.no_cprofile:
        return 0

    batches = [items[i : i + args.batch_size] for i in range(0, len(items), args.batch_size)]
    prof = cProfile.Profile(CLOCK)
    t0 = CLOCK()
    w0 = time.perf_counter()
    prof.enable()
    for b in batches:
        stages.extract_batch(b, max_bytes=DEFAULT_MAX_BYTES)
    prof.disable()
    cpu = CLOCK() - t0
    wall = time.perf_counter() - w0
    print(
        f"\n== cProfile (CPU clock) of stages.extract_batch, {len(batches)} batches: "
        f"{cpu:.1f} CPU s, {wall:.1f} s wall (profiler overhead ~4-5x on Python code) =="
    )
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        st = pstats.Stats(prof, stream=buf)
        st.strip_dirs().sort_stats(key).print_stats(args.top)
        print(f"\n-- top {args.top} by {key} --")
        print("\n".join(line for line in buf.getvalue().splitlines() if line.strip())[-20000:])
    if args.pstats:
        prof.dump_stats(str(args.pstats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
