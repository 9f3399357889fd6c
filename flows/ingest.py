"""Reading the raw folder: which files exist, their bytes, hashes and metadata.

This is the I/O edge of the pipeline. Nothing here decides what an article
says; it only makes sure every path under the raw root is accounted for and
that nothing outside the root is ever read (symlinks that leave the root,
sidecar or manifest paths with ``..``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from contract.records import ArticleMeta

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
SIDECAR_SUFFIX = ".meta.json"
MANIFEST_NAME = "manifest.csv"
META_KEYS = ("url", "outlet", "published_date", "title", "authors")


@dataclass(frozen=True, slots=True)
class RawFile:
    """One path under the raw root. ``problem`` is set when it must not be read."""

    rel: str
    path: Path
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class IngestedFile:
    rel: str
    sha256: str | None
    size: int | None
    data: bytes | None  # None when over-size, unreadable, or not kept (keep_bytes=False)
    meta: ArticleMeta | None = None
    problem: str | None = None
    path: Path | None = None  # where to read the bytes again when they were not kept


@dataclass(slots=True)
class Discovery:
    files: list[RawFile] = field(default_factory=list)
    sidecars: dict[str, Path] = field(default_factory=dict)  # rel of article -> sidecar path
    manifest: Path | None = None
    warnings: list[str] = field(default_factory=list)


def _display(rel: str) -> str:
    # File names that are not valid UTF-8 arrive with surrogate escapes; they
    # cannot be stored in Arrow or DuckDB, so store a readable replacement.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _inside(path: str, root_real: str) -> bool:
    return path == root_real or path.startswith(root_real.rstrip(os.sep) + os.sep)


def sidecar_rel(article_rel: str) -> str:
    p = PurePosixPath(article_rel)
    return str(p.with_name(p.stem + SIDECAR_SUFFIX))


def discover(root: Path) -> Discovery:
    """Every path under ``root`` (any depth), sorted, without following links out."""
    out = Discovery()
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder {root} does not exist or is not a folder")
    root_real = os.path.realpath(root)
    sidecar_paths: dict[str, Path] = {}

    def onerror(err: OSError) -> None:
        rel = os.path.relpath(err.filename or str(root), root) if err.filename else "."
        out.files.append(
            RawFile(
                _display(rel.replace(os.sep, "/")),
                Path(err.filename or root),
                f"folder could not be listed ({err.strerror}); check its permissions",
            )
        )

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=onerror):
        dirnames.sort()
        for d in list(dirnames):
            full = Path(dirpath) / d
            if full.is_symlink():
                rel = full.relative_to(root).as_posix()
                out.files.append(
                    RawFile(
                        _display(rel),
                        full,
                        "symlinked folder is not followed; copy or move the files into the raw folder",
                    )
                )
        for name in sorted(filenames):
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            if rel == MANIFEST_NAME:
                out.manifest = full
                continue
            if name.endswith(SIDECAR_SUFFIX):
                sidecar_paths[rel] = full
                continue
            out.files.append(_classify(full, rel, root_real))
    out.files.sort(key=lambda f: f.rel)
    for f in out.files:
        side = sidecar_rel(f.rel)
        if side in sidecar_paths:
            out.sidecars[f.rel] = sidecar_paths[side]
    return out


def _classify(full: Path, rel: str, root_real: str) -> RawFile:
    shown = _display(rel)
    if full.is_symlink():
        target = os.path.realpath(full)
        if not os.path.exists(target):
            return RawFile(shown, full, "broken symlink: its target does not exist")
        if not _inside(target, root_real):
            return RawFile(
                shown,
                full,
                "symlink points outside the raw folder and is not followed; copy the file in instead",
            )
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        shown_suffix = suffix or "(no extension)"
        return RawFile(
            shown,
            full,
            f"unsupported file type {shown_suffix}; newsfacts reads .txt, .html and .htm files",
        )
    if not full.is_file():
        return RawFile(shown, full, "not a regular file (device, fifo or socket)")
    return RawFile(shown, full)


def read_file(
    rf: RawFile, *, max_bytes: int
) -> tuple[str | None, int | None, bytes | None, str | None]:
    """(sha256, size, bytes, problem). Over-size files are hashed but not kept in memory."""
    if rf.problem is not None:
        return None, None, None, rf.problem
    try:
        size = rf.path.stat().st_size
        h = hashlib.sha256()
        if size > max_bytes:
            with rf.path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            mb = size / 1_000_000
            return (
                h.hexdigest(),
                size,
                None,
                f"file is {mb:.1f} MB, over the {max_bytes / 1_000_000:g} MB limit; "
                "split it or raise --max-bytes",
            )
        data = rf.path.read_bytes()
    except OSError as exc:
        return (
            None,
            None,
            None,
            f"file could not be read ({exc.strerror or exc}); check its permissions",
        )
    h.update(data)
    return h.hexdigest(), len(data), data, None


def parse_meta(obj: object, *, where: str) -> ArticleMeta:
    """Validate sidecar / manifest values; raise ValueError with a message for people."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where} must hold a JSON object")
    meta: ArticleMeta = {}
    for key in ("url", "outlet", "title"):
        value = obj.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{where}: {key} must be a string")
        meta[key] = value.strip()
    date = obj.get("published_date")
    if date not in (None, ""):
        if not isinstance(date, str):
            raise ValueError(f"{where}: published_date must be a YYYY-MM-DD string")
        try:
            dt.date.fromisoformat(date.strip())
        except ValueError:
            raise ValueError(f"{where}: published_date {date!r} is not a YYYY-MM-DD date") from None
        meta["published_date"] = date.strip()
    authors = obj.get("authors")
    if authors not in (None, "", []):
        if isinstance(authors, str):
            authors = [a for a in authors.split(";")]
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise ValueError(f"{where}: authors must be a list of strings")
        meta["authors"] = [a.strip() for a in authors if a.strip()]
    return meta


def read_sidecar(path: Path, *, root: Path) -> ArticleMeta:
    real = os.path.realpath(path)
    if not _inside(real, os.path.realpath(root)):
        raise ValueError(f"sidecar {path.name} is a symlink leaving the raw folder; not read")
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(
            f"sidecar {path.name} is not valid UTF-8 JSON ({exc}); fix or remove it"
        ) from None
    return parse_meta(obj, where=f"sidecar {path.name}")


def read_manifest(path: Path, *, root: Path) -> tuple[dict[str, ArticleMeta], list[str]]:
    """Rows of ``manifest.csv`` by normalized relative path, plus warnings for bad rows."""
    warnings: list[str] = []
    real = os.path.realpath(path)
    if not _inside(real, os.path.realpath(root)):
        return {}, ["manifest.csv is a symlink leaving the raw folder; ignored"]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"manifest.csv could not be read ({exc}); ignored"]
    rows: dict[str, ArticleMeta] = {}
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "path" not in reader.fieldnames:
        return {}, ["manifest.csv has no 'path' column; ignored"]
    for lineno, row in enumerate(reader, start=2):
        raw_path = (row.get("path") or "").strip()
        norm = _normalize_rel(raw_path)
        if norm is None:
            warnings.append(
                f"manifest.csv line {lineno}: path {raw_path!r} is not inside the raw folder; row ignored"
            )
            continue
        try:
            rows[norm] = parse_meta(
                {k: row.get(k) for k in META_KEYS}, where=f"manifest.csv line {lineno}"
            )
        except ValueError as exc:
            warnings.append(f"{exc}; row ignored")
    return rows, warnings


def _normalize_rel(raw_path: str) -> str | None:
    if not raw_path or raw_path.startswith(("/", "\\")) or ":" in raw_path.split("/")[0]:
        return None
    parts: list[str] = []
    for part in raw_path.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            return None
        parts.append(part)
    return "/".join(parts) if parts else None


def ingest(
    root: Path, *, max_bytes: int, keep_bytes: bool = True
) -> tuple[list[IngestedFile], list[str]]:
    """Read every discovered file with its metadata. Never raises for a bad file.

    With ``keep_bytes=False`` files are read and hashed but their bytes are
    dropped: a run holds only the batches it is extracting, and re-reads
    them with ``flows.stages.load_bytes``, which checks the hash.
    """
    found = discover(root)
    warnings = list(found.warnings)
    manifest_rows: dict[str, ArticleMeta] = {}
    if found.manifest is not None:
        manifest_rows, manifest_warnings = read_manifest(found.manifest, root=root)
        warnings.extend(manifest_warnings)
    out: list[IngestedFile] = []
    for rf in found.files:
        sha, size, data, problem = read_file(rf, max_bytes=max_bytes)
        meta: ArticleMeta | None = None
        if problem is None:
            try:
                meta = merge_meta(
                    manifest_rows.get(rf.rel),
                    read_sidecar(found.sidecars[rf.rel], root=root)
                    if rf.rel in found.sidecars
                    else None,
                )
            except ValueError as exc:
                problem = str(exc)
                data = None
        out.append(
            IngestedFile(rf.rel, sha, size, data if keep_bytes else None, meta, problem, rf.path)
        )
    return out, warnings


def merge_meta(*layers: ArticleMeta | None) -> ArticleMeta | None:
    """Later layers win key by key (the sidecar is more specific than the manifest)."""
    merged: ArticleMeta = {}
    for layer in layers:
        if layer:
            merged.update(layer)
    return merged or None


def meta_fingerprint(meta: ArticleMeta | None) -> str:
    return json.dumps(meta or {}, sort_keys=True, ensure_ascii=True)


def combined_hash(shas: Iterable[str]) -> str:
    h = hashlib.sha256()
    for s in sorted(shas):
        h.update(s.encode("ascii"))
        h.update(b"\n")
    return h.hexdigest()
