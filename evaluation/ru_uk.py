"""Scoring Russian and Ukrainian extraction (issue 18) on annotated excerpt sets.

A set is a folder laid out like ``shared/gold/ru-dev`` (see ``gold/RU_UK.md``):
``raw/<doc>.txt`` (+ ``.meta.json``), ``quotes.jsonl``, ``entities.jsonl``,
``timex.jsonl``. Each raw file goes through the product's own steps: body
preparation (``prepare_article``, with the sidecar), the ru/uk components and
``extract_ru_uk_article``. The set's language is the folder's (``ru``/``uk``).

Metrics per set (suite ``ru_uk/<set name>``):
- quotes: ``quote_precision`` / ``quote_recall`` / ``quote_f1`` over gold quotes
  of kind full/partial (scare quotes are not in the gold set, so predicting one
  costs precision), matched per document with the seeds' half-token-overlap rule;
  over matched pairs whose gold names a speaker (gold speaker null: characters
  in a retold anecdote) ``speaker_accuracy`` (named gold speaker: the predicted
  source is named with the same surname, transliteration-insensitive;
  unnamed gold speaker: the predicted source is anonymous), ``anonymous_accuracy``
  (predicted anonymous flag equals gold's; no source counts as wrong),
  ``cue_accuracy`` (lemma equality; gold null cue matches any prediction).
- people: ``person_precision`` / ``person_recall`` / ``person_f1`` per document on
  English names (same given-name and surname keys as the corpus step,
  ``transforms.entities.canonical.name_key``; a bare surname matches on the
  surname); borderline gold people are neither required nor errors.
- time: ``timex_value_accuracy`` = gold expressions matched (token overlap) by a
  prediction with the same TIMEX3 value / gold; ``timex_precision``.
- events (when the set has event gold in ``evaluation/gold/ru-uk-events/<set>.jsonl``):
  ``event_precision`` / ``event_recall`` / ``event_typed_recall`` and
  ``rows_per_gold_event`` with the English dev set's one-to-one rule
  (``evaluation.devset.score_event_rows``: same sentence, and the type agrees or
  the triggers are of one lemma family of ``transforms.events.ru_uk``), and
  ``event_dated_recall``: gold events with a date found in their sentence with
  that date.
- ``cross_script_linking`` (suite ``ru_uk/linking``): across the English seeds
  and the sets, the share of CHECK_PEOPLE whose mentions all map to exactly one
  entity whose name has their English given name and surname keys.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract.records import ArticleExtraction
from evaluation.base import Metric, accuracy, greedy_pairs, prf, read_jsonl
from transforms.entities.canonical import name_key

CHECK_PEOPLE = (
    "Vladimir Putin",
    "Dmitry Peskov",
    "Volodymyr Zelensky",
    "Sergei Lavrov",
    "Maria Zakharova",
)


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    extraction: ArticleExtraction


def extract_set(directory: Path, lang: str) -> list[Doc]:
    """Every raw file of a set through the product's preparation and ru/uk extraction."""
    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article
    from transforms.extract import extract_ru_uk_article
    from transforms.nlp.ru import components

    init_language_detection()
    out = []
    for path in sorted((directory / "raw").glob("*.txt")):
        meta_path = path.with_suffix(".meta.json")
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else None
        article = prepare_article(path.read_bytes(), source_path=path.name, meta=meta)
        # The set says the language; langdetect may hesitate on a short excerpt.
        article = dataclasses.replace(article, language=lang)
        parse = components(lang).parse(article.body_text)
        out.append(Doc(path.stem, extract_ru_uk_article(article, parse)))
    return out


def _person_keys(name: str) -> tuple[str | None, str]:
    parts = name.split()
    if not parts:
        return None, ""
    return (name_key(parts[0]) if len(parts) > 1 else None), name_key(parts[-1])


def people_match(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    pg, ps = _person_keys(pred)
    gg, gs = _person_keys(gold)
    return ps == gs and (pg is None or gg is None or pg == gg)


def score_quotes(
    gold: Sequence[Mapping[str, Any]], docs: Sequence[Doc], suite: str
) -> list[Metric]:
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for g in gold:
        if g.get("kind") in ("full", "partial"):
            by_doc.setdefault(str(g["doc"]), []).append(g)
    tp = n_pred = n_gold = 0
    speaker_ok = anon_ok = cue_ok = n_speaker = n_indirect = 0
    misses: list[str] = []
    for d in docs:
        gs = by_doc.get(d.name, [])
        ex = d.extraction
        sources = {s.n: s for s in ex.sources}
        # The gold has direct quotes only; reported-speech rows are counted apart.
        ps = [q for q in ex.quotes if q.kind != "indirect"]
        n_indirect += len(ex.quotes) - len(ps)
        n_pred += len(ps)
        n_gold += len(gs)
        pairs = list(greedy_pairs([q.text for q in ps], [str(g["text"]) for g in gs]))
        tp += len(pairs)
        for i, j in pairs:
            q, g = ps[i], gs[j]
            src = sources.get(q.source_n) if q.source_n is not None else None
            if g.get("speaker") is None:
                continue  # characters in a retold anecdote: no speaker to check
            n_speaker += 1
            if g.get("anonymous"):
                ok = src is not None and src.anonymous
            else:
                ok = (
                    src is not None
                    and not src.anonymous
                    and (
                        people_match(src.name, g.get("speaker"))
                        or (src.name or "").casefold() == str(g.get("speaker") or "").casefold()
                    )
                )
            speaker_ok += ok
            if not ok:
                misses.append(
                    f"{d.name}: {g.get('speaker')!r} got {src.name if src else None!r} / {q.speaker_text!r}"
                )
            anon_ok += src is not None and bool(src.anonymous) == bool(g.get("anonymous"))
            cue_ok += g.get("cue") is None or q.cue == g.get("cue")
    metrics = prf(tp, n_pred, n_gold, suite)
    metrics = [dataclasses.replace(m, name=f"quote_{m.name}") for m in metrics]
    metrics += [
        accuracy(speaker_ok, n_speaker, suite, "speaker_accuracy", "; ".join(misses[:8])),
        accuracy(anon_ok, n_speaker, suite, "anonymous_accuracy"),
        accuracy(cue_ok, n_speaker, suite, "cue_accuracy"),
        Metric(
            suite, "indirect_rows", float(n_indirect), len(docs), "reported-speech rows (no gold)"
        ),
    ]
    return metrics


def score_people(
    gold: Sequence[Mapping[str, Any]], docs: Sequence[Doc], suite: str
) -> list[Metric]:
    tp = n_pred = n_gold = 0
    errors: list[str] = []
    for d in docs:
        rows = [g for g in gold if g["doc"] == d.name and g["type"] == "PERSON"]
        required = [str(g["canonical"]) for g in rows if not g.get("borderline")]
        optional = [str(g["canonical"]) for g in rows if g.get("borderline")]
        preds = sorted({m.entity[1] for m in d.extraction.mentions if m.entity[0] == "person"})
        # One prediction per person: a bare surname beside the full name is the same one.
        preds = [
            p
            for p in preds
            if not (len(p.split()) == 1 and any(q != p and people_match(q, p) for q in preds))
        ]
        used: set[int] = set()
        for p in preds:
            j = next(
                (k for k, g in enumerate(required) if k not in used and people_match(p, g)), None
            )
            if j is not None:
                used.add(j)
                tp += 1
                n_pred += 1
            elif any(people_match(p, g) for g in optional):
                continue
            else:
                n_pred += 1
                errors.append(f"{d.name}: extra {p!r}")
        n_gold += len(required)
        errors += [f"{d.name}: missed {g!r}" for k, g in enumerate(required) if k not in used]
    metrics = [
        dataclasses.replace(m, name=f"person_{m.name}") for m in prf(tp, n_pred, n_gold, suite)
    ]
    return [dataclasses.replace(metrics[-1], note="; ".join(errors[:12])), *metrics[:-1]]


def score_timex(gold: Sequence[Mapping[str, Any]], docs: Sequence[Doc], suite: str) -> list[Metric]:
    from evaluation.timex import score_values

    preds = {d.name: [(t.text, t.value) for t in d.extraction.timexes] for d in docs}
    return score_values(gold, preds, suite)


EVENT_GOLD = Path(__file__).resolve().parent / "gold" / "ru-uk-events"
EXTRA_SETS = Path(__file__).resolve().parent / "gold" / "ru-uk-extra"


def score_events(
    gold: Sequence[Mapping[str, Any]], docs: Sequence[Doc], lang: str, suite: str
) -> list[Metric]:
    from evaluation.devset import event_row, score_event_rows
    from evaluation.events import score_events as dated
    from transforms.events.ru_uk import family

    gold_rows = [{**g, "trigger": g.get("trigger_lemma") or g.get("trigger")} for g in gold]
    preds = {d.name: [event_row(e) for e in d.extraction.events] for d in docs}
    c = score_event_rows(gold_rows, preds, family=lambda lemma: family(lang, lemma))
    d = dated(gold_rows, preds)
    return [
        Metric(suite, "event_precision", c.matched / c.n_pred if c.n_pred else 0.0, c.n_pred),
        Metric(suite, "event_recall", c.matched / c.n_gold if c.n_gold else 0.0, c.n_gold),
        Metric(suite, "event_typed_recall", c.typed / c.n_gold if c.n_gold else 0.0, c.n_gold),
        Metric(suite, "rows_per_gold_event", c.n_pred / c.n_gold if c.n_gold else 0.0, c.n_gold),
        accuracy(d.found, d.n_dated, suite, "event_dated_recall"),
        accuracy(d.modality_ok, d.found, suite, "event_modality_accuracy"),
    ]


def score_set(directory: Path, lang: str, suite: str) -> tuple[list[Metric], list[Doc]]:
    t0 = time.perf_counter()
    docs = extract_set(directory, lang)
    elapsed = time.perf_counter() - t0
    metrics = score_quotes(read_jsonl(directory / "quotes.jsonl"), docs, suite)
    metrics += score_people(read_jsonl(directory / "entities.jsonl"), docs, suite)
    metrics += score_timex(read_jsonl(directory / "timex.jsonl"), docs, suite)
    events = EVENT_GOLD / f"{directory.name}.jsonl"
    if events.is_file():
        metrics += score_events(read_jsonl(events), docs, lang, suite)
    metrics.append(Metric(suite, "seconds_with_loading", elapsed, len(docs)))
    return metrics, docs


def mention_frame(items: Iterable[tuple[str, ArticleExtraction]]) -> Any:
    import polars as pl

    rows = [
        (aid, m.text, m.char_start, m.char_end, m.entity[0], m.entity[1])
        for aid, ex in items
        for m in ex.mentions
    ]
    return pl.DataFrame(
        rows,
        schema=["article_id", "text", "char_start", "char_end", "type", "local_name"],
        orient="row",
    )


def linking(items: Sequence[tuple[str, ArticleExtraction]], suite: str = "ru_uk/linking") -> Metric:
    """Share of CHECK_PEOPLE that are exactly one entity, named in English, across ``items``."""
    from transforms.entities.canonical import canonicalize

    entities, mapping = canonicalize(mention_frame(items))
    names = dict(zip(entities["entity_id"].to_list(), entities["name"].to_list(), strict=True))
    ok = 0
    notes = []
    for person in CHECK_PEOPLE:
        _, surname = _person_keys(person)
        ids = {
            r["entity_id"]
            for r in mapping.iter_rows(named=True)
            if r["type"] == "person" and _person_keys(r["local_name"])[1] == surname
        }
        good = (
            len(ids) == 1
            and people_match(names[next(iter(ids))], person)
            and names[next(iter(ids))].isascii()
        )
        ok += good
        notes.append(f"{person}: {sorted(names[i] for i in ids)}")
    return accuracy(ok, len(CHECK_PEOPLE), suite, "cross_script_linking", "; ".join(notes))


def english_seed_extractions(seeds_raw: Path) -> list[tuple[str, ArticleExtraction]]:
    """The five English seeds through the English pipeline (for the linking check)."""
    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article
    from transforms.extract import extract_article, needs_nlp
    from transforms.nlp.load import load_nlp, parse_bodies

    init_language_detection()
    arts = [
        (p.stem, prepare_article(p.read_bytes(), source_path=p.name))
        for p in sorted(seeds_raw.glob("*.txt"))
    ]
    arts = [(n, a) for n, a in arts if needs_nlp(a)]
    docs = parse_bodies(load_nlp(), [a.body_text for _, a in arts])
    return [(n, extract_article(a, d)) for (n, a), d in zip(arts, docs, strict=True)]


def throughput(docs_by_lang: Mapping[str, Sequence[Doc]], repeat: int = 3) -> list[Metric]:
    """Articles per second of parse + extraction with the components already loaded."""
    from transforms.extract import extract_ru_uk_article
    from transforms.nlp.ru import components

    out = []
    for lang, docs in docs_by_lang.items():
        t0 = time.perf_counter()
        for _ in range(repeat):
            for d in docs:
                a = d.extraction.article
                extract_ru_uk_article(a, components(lang).parse(a.body_text))
        elapsed = time.perf_counter() - t0
        n = repeat * len(docs)
        out.append(
            Metric(f"ru_uk/{lang}", "articles_per_second", n / elapsed if elapsed else 0.0, n)
        )
    return out


def run_all(shared: Path, repo: Path, extra: Path | None = EXTRA_SETS) -> list[Metric]:
    metrics: list[Metric] = []
    items: list[tuple[str, ArticleExtraction]] = []
    docs_by_lang: dict[str, list[Doc]] = {}
    sets = [(shared / "gold" / "ru-dev", "ru"), (shared / "gold" / "uk-dev", "uk")]
    if extra is not None:
        sets += [(extra / "ru-extra", "ru"), (extra / "uk-extra", "uk")]
    for directory, lang in sets:
        if not (directory / "raw").is_dir():
            continue
        m, docs = score_set(directory, lang, f"ru_uk/{directory.name}")
        metrics += m
        if directory.parent.name == "gold":
            items += [(f"{directory.name}/{d.name}", d.extraction) for d in docs]
            docs_by_lang.setdefault(lang, []).extend(docs)
    items += english_seed_extractions(repo / "data" / "raw")
    metrics.append(linking(items))
    metrics += throughput(docs_by_lang)
    return metrics


def run(ctx: Any) -> list[Metric]:
    """The ``newsfacts eval`` entry: both shared dev sets, linking with the seeds."""
    return run_all(ctx.shared_dir, Path(__file__).resolve().parents[1])


def main() -> None:  # pragma: no cover - manual entry point
    import argparse
    import resource

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument(
        "--extra", type=Path, default=EXTRA_SETS, help="folder with ru-extra/ and uk-extra/"
    )
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[1]
    for m in run_all(args.shared, repo, args.extra):
        print(f"{m.suite:24s} {m.name:24s} {m.value:7.3f}  n={m.support}  {m.note[:400]}")
    print(f"peak RSS MB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print(dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


if __name__ == "__main__":  # pragma: no cover
    main()
