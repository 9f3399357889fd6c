"""Contract checks run before anything is published.

Pure functions over the tables as polars frames: types come from the DDL, so
what is checked here is what types cannot say: keys unique, references
resolve, offsets slice back to the quoted text, values come from the contract's
vocabularies.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

import polars as pl

from contract.tables import PRIMARY_KEYS, SCHEMAS

VOCAB: dict[tuple[str, str], frozenset[str]] = {
    ("articles", "format"): frozenset({"text", "html"}),
    ("articles", "outlet_evidence"): frozenset(
        {"sidecar", "url", "byline", "self_reference", "boilerplate"}
    ),
    ("articles", "published_date_source"): frozenset({"sidecar", "text", "inferred"}),
    ("quotes", "kind"): frozenset({"full", "partial", "indirect"}),
    ("sources", "kind"): frozenset({"person", "anonymous", "organization", "media"}),
    ("sources", "affiliation"): frozenset(
        {
            "kremlin",
            "government",
            "foreign_ministry",
            "parliament",
            "diplomatic",
            "military",
            "intelligence",
            "business",
            "media",
            "expert",
            "opposition",
            "foreign_government",
            "other",
        }
    ),
    ("time_expressions", "type"): frozenset({"DATE", "TIME", "DURATION", "SET"}),
    ("time_expressions", "anchor"): frozenset({"absolute", "publication"}),
    ("events", "event_type"): frozenset(
        {
            "agree",
            "consult",
            "support",
            "concede",
            "cooperate",
            "aid",
            "retreat",
            "request",
            "accuse",
            "reject",
            "threaten",
            "protest",
            "sanction",
            "mobilize",
            "coerce",
            "assault",
            "statement",
            "election",
            "other",
        }
    ),
    ("events", "modality"): frozenset(
        {"asserted", "reported", "expected", "hypothetical", "negated"}
    ),
    ("entities", "type"): frozenset({"person", "org", "gpe", "media", "norp"}),
    ("ingest_log", "status"): frozenset({"loaded", "duplicate", "rejected"}),
}

# (table, column) -> (referenced table, referenced column)
FOREIGN_KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("quotes", "article_id", "articles", "article_id"),
    ("quotes", "source_id", "sources", "source_id"),
    ("quotes", "continues", "quotes", "quote_id"),
    ("quotes", "utterance_id", "utterances", "utterance_id"),
    ("utterances", "first_article_id", "articles", "article_id"),
    ("utterances", "speaker_entity_id", "entities", "entity_id"),
    ("sources", "article_id", "articles", "article_id"),
    ("sources", "entity_id", "entities", "entity_id"),
    ("time_expressions", "article_id", "articles", "article_id"),
    ("events", "article_id", "articles", "article_id"),
    ("events", "timex_id", "time_expressions", "timex_id"),
    ("events", "source_id", "sources", "source_id"),
    ("mentions", "article_id", "articles", "article_id"),
    ("mentions", "entity_id", "entities", "entity_id"),
    ("ingest_log", "article_id", "articles", "article_id"),
    ("articles", "duplicate_of", "articles", "article_id"),
)

# (table, text column, start, end): body_text[start:end] must equal the text column.
SPANS: tuple[tuple[str, str], ...] = (
    ("quotes", "text"),
    ("time_expressions", "text"),
    ("mentions", "text"),
    ("events", "sentence"),
)


Keys = Mapping[tuple[str, str], Collection[str]]


def check_tables(tables: Mapping[str, pl.DataFrame], *, known: Keys | None = None) -> list[str]:
    """All contract violations, as sentences; an empty list means publishable.

    ``tables`` may be a part of the dataset (some tables, or the rows of some
    articles): ``known`` then supplies the complete key sets that references
    point into, e.g. ``{("entities", "entity_id"): all_entity_ids}``, and takes
    precedence over the partial tables. A reference into a table that is
    neither given nor known is not checked.
    """
    known = known or {}
    problems: list[str] = []
    for name, df in tables.items():
        schema = SCHEMAS[name]
        if list(df.columns) != list(schema):
            problems.append(f"{name}: columns {df.columns} differ from the contract {list(schema)}")
            continue
        for col, dtype in schema.items():
            if df.schema[col] != dtype:
                problems.append(f"{name}.{col}: type {df.schema[col]} is not {dtype}")
        pk = list(PRIMARY_KEYS[name])
        nulls = df.select(pl.any_horizontal(pl.col(c).is_null() for c in pk).sum()).item()
        if nulls:
            problems.append(f"{name}: {nulls} rows with a NULL primary key")
        dupes = df.height - df.select(pk).unique().height
        if dupes:
            problems.append(f"{name}: {dupes} duplicate primary keys on {pk}")
        if df.height and not df.select(pk).equals(df.select(pk).sort(pk)):
            problems.append(f"{name}: rows are not sorted by primary key {pk}")
    for (table, col), allowed in VOCAB.items():
        if table not in tables:
            continue
        values = set(tables[table][col].drop_nulls().unique().to_list())
        bad = sorted(values - allowed)
        if bad:
            problems.append(f"{table}.{col}: values outside the contract vocabulary: {bad[:5]}")
    for table, col, ref_table, ref_col in FOREIGN_KEYS:
        have = _keys(tables, known, ref_table, ref_col)
        if table not in tables or have is None:
            continue
        refs = tables[table][col].drop_nulls().unique().to_list()
        missing = [r for r in refs if r not in have]
        if missing:
            problems.append(
                f"{table}.{col}: {len(missing)} values not in {ref_table}.{ref_col} (e.g. {missing[0]!r})"
            )
    entity_ids = _keys(tables, known, "entities", "entity_id")
    if "events" in tables and entity_ids is not None:
        for actors in tables["events"]["actor_ids"].to_list():
            bad_actor = next((a for a in actors or [] if a not in entity_ids), None)
            if bad_actor is not None:
                problems.append(f"events.actor_ids: {bad_actor!r} not in entities")
                break
    if "articles" in tables:
        problems.extend(_span_problems(tables))
    article_ids = _keys(tables, known, "articles", "article_id")
    if "ingest_log" in tables and article_ids is not None:
        problems.extend(_ledger_problems(tables["ingest_log"], article_ids))
    return problems


def _keys(
    tables: Mapping[str, pl.DataFrame], known: Keys, table: str, col: str
) -> Collection[str] | None:
    if (table, col) in known:
        return known[(table, col)]
    if table in tables:
        return set(tables[table][col].to_list())
    return None


def _span_problems(tables: Mapping[str, pl.DataFrame]) -> Iterable[str]:
    bodies = dict(
        zip(
            tables["articles"]["article_id"].to_list(),
            tables["articles"]["body_text"].to_list(),
            strict=True,
        )
    )
    for table, col in SPANS:
        if table not in tables:
            continue
        df = tables[table]
        bad = 0
        example = ""
        for aid, text, start, end in zip(
            df["article_id"].to_list(),
            df[col].to_list(),
            df["char_start"].to_list(),
            df["char_end"].to_list(),
            strict=True,
        ):
            body = bodies.get(aid)
            if body is None or not (0 <= start <= end <= len(body)) or body[start:end] != text:
                bad += 1
                example = example or f"{aid}[{start}:{end}]"
        if bad:
            yield f"{table}: {bad} spans do not slice back to {col} in body_text (e.g. {example})"


def _ledger_problems(log: pl.DataFrame, articles: Collection[str]) -> Iterable[str]:
    loaded = set(log.filter(pl.col("status") == "loaded")["article_id"].to_list())
    articles = set(articles)
    if loaded != articles:
        yield (
            f"ingest_log: {len(articles - loaded)} articles without a 'loaded' row, "
            f"{len(loaded - articles)} 'loaded' rows without an article"
        )
    rejected_without_reason = log.filter(
        (pl.col("status") == "rejected") & pl.col("reason").is_null()
    ).height
    if rejected_without_reason:
        yield f"ingest_log: {rejected_without_reason} rejected rows without a reason"
