"""The pipeline's stages as plain functions.

``flows/pipeline.py`` wraps each in a Prefect task; tests and the evaluation
call them directly. Stages that touch files or the warehouse take paths or a
``Warehouse``; the extraction itself is delegated to the pure ``transforms``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from contract.cache import Extracted, PlanInputs, plan_inputs
from contract.records import (
    ArticleExtraction,
    ArticleMeta,
    LedgerEntry,
    RejectedInput,
    article_id_of,
)
from contract.serialize import to_payload
from contract.versions import EXTRACTOR_VERSION, SCHEMA_VERSION, nlp_fingerprint
from flows.ingest import IngestedFile, meta_fingerprint
from transforms.corpus.minhash import pack_signature, signature
from transforms.corpus.utterances import rules_fingerprint as utterance_rules_fingerprint


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One distinct content to extract (the first path carrying those bytes)."""

    cache_key: str
    article_id: str
    source_path: str
    sha256: str
    size: int
    data: bytes | None  # None until load_bytes reads it (ingest(keep_bytes=False))
    meta: ArticleMeta | None
    path: Path | None = None


def cache_key(sha256: str, meta: ArticleMeta | None) -> str:
    """The extraction cache key: the bytes, their metadata, the extractor and
    every NLP library and model version (``contract.versions.nlp_versions``)."""
    h = hashlib.sha256()
    h.update(EXTRACTOR_VERSION.encode())
    h.update(b"\0")
    h.update(nlp_fingerprint().encode())
    h.update(b"\0")
    h.update(sha256.encode())
    h.update(b"\0")
    h.update(meta_fingerprint(meta).encode())
    return h.hexdigest()


def plan(files: Sequence[IngestedFile]) -> list[WorkItem]:
    """Distinct contents in path order: the first path with given bytes is the article."""
    seen: set[str] = set()
    items: list[WorkItem] = []
    for f in sorted(files, key=lambda f: f.rel):
        if f.problem is not None or f.sha256 is None or f.size is None:
            continue
        if f.sha256 in seen:
            continue
        seen.add(f.sha256)
        items.append(
            WorkItem(
                cache_key(f.sha256, f.meta),
                article_id_of(f.sha256),
                f.rel,
                f.sha256,
                f.size,
                f.data,
                f.meta,
                f.path,
            )
        )
    return items


CHANGED_DURING_RUN = (
    "file changed or vanished while the run was reading the raw folder "
    "(its bytes no longer match the sha256 taken at ingest); the next run picks it up"
)


def load_bytes(items: Sequence[WorkItem]) -> tuple[list[WorkItem], dict[str, str]]:
    """The items with their bytes read back from disk, and {cache_key: reason} for
    those whose file no longer holds the bytes ingest hashed."""
    ready: list[WorkItem] = []
    changed: dict[str, str] = {}
    for it in items:
        if it.data is not None:
            ready.append(it)
            continue
        try:
            data = it.path.read_bytes() if it.path is not None else None
        except OSError:
            data = None
        if data is None or hashlib.sha256(data).hexdigest() != it.sha256:
            changed[it.cache_key] = CHANGED_DURING_RUN
            continue
        ready.append(dataclasses.replace(it, data=data))
    return ready, changed


def inputs_fingerprint(files: Sequence[IngestedFile]) -> str:
    """Changes whenever any path, its bytes or metadata, or the versions change."""
    h = hashlib.sha256()
    h.update(f"{EXTRACTOR_VERSION}\0{SCHEMA_VERSION}\0{nlp_fingerprint()}\0".encode())
    # Utterances are decided over the whole corpus after extraction; a change of
    # their rules must rebuild the tables even when no file and no extractor changed.
    h.update(f"{utterance_rules_fingerprint()}\0".encode())
    for f in sorted(files, key=lambda f: f.rel):
        h.update(
            json.dumps(
                [f.rel, f.sha256, f.size, f.problem, meta_fingerprint(f.meta)], ensure_ascii=True
            ).encode()
        )
        h.update(b"\n")
    return h.hexdigest()


def init_worker() -> None:
    """Run once per worker process: get everything extraction needs ready."""
    _exit_with_parent()
    warm_up()


# A tiny article exercising every extractor.
WARM_UP_TEXT = (
    b"Officials react\n\n"
    b'"We will see," Kremlin spokesman Dmitry Peskov told reporters in Moscow on Thursday, '
    b"Nov. 7, 2024, according to Reuters. A source close to the Foreign Ministry said "
    b"talks could start next month.\n"
)


def warm_up() -> None:
    """Extract one tiny article. That loads and caches, per process, all that
    extraction needs: langdetect's profiles (seeded), the spaCy pipeline, the
    extractors' lazily built patterns and lazy imports. A worker's first batch
    would otherwise pay for them; an early-started worker (flows/session.py)
    does it while it would otherwise wait for the flow."""
    sha = hashlib.sha256(WARM_UP_TEXT).hexdigest()
    item = WorkItem("warm-up", sha[:16], "warm-up.txt", sha, len(WARM_UP_TEXT), WARM_UP_TEXT, None)
    extract_batch([item], max_bytes=len(WARM_UP_TEXT))


def _exit_with_parent() -> None:
    """A worker whose parent died (SIGKILL, OOM) exits instead of idling forever.

    Pool workers wait on a queue they themselves keep open, so without this they
    never notice the parent is gone (measured: still alive after 600 s).
    """
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsfacts-exit-with-parent", daemon=True).start()


def extract_batch(items: Sequence[WorkItem], *, max_bytes: int) -> list[Extracted]:
    """One cache row per item; one bad article never sinks the batch."""
    from spacy.tokens import Doc

    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article
    from transforms.extract import (
        extract_article,
        extract_ru_uk_article,
        needs_nlp,
        needs_ru_uk,
    )
    from transforms.nlp.load import load_nlp, parse_bodies

    init_language_detection()
    nlp = load_nlp()
    results: dict[str, str] = {}
    signatures: dict[str, bytes] = {}
    plans: dict[str, PlanInputs] = {}
    prepared = {}
    for it in items:
        if it.data is None:  # a caller bug, not bad input: load_bytes first
            raise ValueError(f"{it.source_path}: extract_batch needs the bytes (load_bytes)")
        try:
            prepared[it.cache_key] = prepare_article(
                it.data, source_path=it.source_path, meta=it.meta, max_bytes=max_bytes
            )
        except RejectedInput as exc:
            results[it.cache_key] = json.dumps({"rejected": exc.reason})
        except Exception as exc:  # an extractor bug must not lose the other files
            results[it.cache_key] = json.dumps({"rejected": _internal(exc)})

    def finish(key: str, doc: Doc | None) -> None:
        store(key, lambda: extract_article(prepared[key], doc))

    def finish_ru_uk(key: str) -> None:
        from transforms.nlp.ru import components

        article = prepared[key]
        store(
            key,
            lambda: extract_ru_uk_article(
                article, components(article.language).parse(article.body_text)
            ),
        )

    def store(key: str, extract: Callable[[], ArticleExtraction]) -> None:
        try:
            ex = extract()
            results[key] = to_payload(ex)
            plans[key] = plan_inputs(ex)
            # Computed here, in parallel, so the corpus-wide near-duplicate
            # step never has to re-read every body.
            signatures[key] = pack_signature(signature(prepared[key].body_text))
        except Exception as exc:
            results[key] = json.dumps({"rejected": _internal(exc)})
            plans.pop(key, None)
            signatures.pop(key, None)

    # Russian and Ukrainian articles: their components load here, on the first
    # such article a worker sees, and stay loaded for the worker's life.
    ru_uk = [k for k, p in prepared.items() if needs_ru_uk(p)]
    for key in ru_uk:
        finish_ru_uk(key)
    english = [k for k, p in prepared.items() if needs_nlp(p)]
    # Docs are consumed as spaCy yields them, so a worker holds one parsed
    # article at a time whatever the batch size.
    for key, doc in zip(
        english, parse_bodies(nlp, [prepared[k].body_text for k in english]), strict=True
    ):
        finish(key, doc)
    for key in prepared.keys() - set(english) - set(ru_uk):
        finish(key, None)
    return [
        Extracted(
            it.cache_key,
            it.article_id,
            results[it.cache_key],
            signatures.get(it.cache_key),
            plans.get(it.cache_key),
        )
        for it in items
    ]


def _internal(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
    return (
        f"internal extractor error ({type(exc).__name__}: {exc}{at}); "
        "the file was skipped, please report it with the file attached"
    )


def ledger_entries(
    files: Sequence[IngestedFile], items: Sequence[WorkItem], rejected: Mapping[str, str]
) -> list[LedgerEntry]:
    """The ingest ledger: every file loaded, duplicate or rejected (with a reason).

    ``rejected`` maps cache keys whose extraction rejected the file to the
    reason; every other item was loaded.
    """
    by_sha: dict[str, WorkItem] = {it.sha256: it for it in items}
    ledger: list[LedgerEntry] = []
    for f in sorted(files, key=lambda f: f.rel):
        if f.problem is not None or f.sha256 is None:
            ledger.append(LedgerEntry(f.rel, f.sha256, f.size, "rejected", f.problem, None))
            continue
        first = by_sha[f.sha256]
        reason = rejected.get(first.cache_key)
        if first.source_path != f.rel:
            if reason is None:
                ledger.append(
                    LedgerEntry(f.rel, f.sha256, f.size, "duplicate", None, first.article_id)
                )
            else:
                ledger.append(
                    LedgerEntry(
                        f.rel,
                        f.sha256,
                        f.size,
                        "rejected",
                        f"same bytes as {first.source_path}, which was rejected: {reason}",
                        None,
                    )
                )
        elif reason is None:
            ledger.append(LedgerEntry(f.rel, f.sha256, f.size, "loaded", None, first.article_id))
        else:
            ledger.append(LedgerEntry(f.rel, f.sha256, f.size, "rejected", reason, None))
    return ledger


def rejection_reason(payload: str) -> str | None:
    """The reason stored in a rejected payload; None for an extracted article."""
    if payload.startswith('{"rejected"'):
        return str(json.loads(payload)["rejected"])
    return None
