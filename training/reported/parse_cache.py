"""Parse the PolNeAR texts once with the product's spaCy pipeline and keep the
docs as DocBins, so that training and evaluation runs do not re-parse.

    uv run --frozen python -m training.reported.parse_cache [split ...]

Splits: ``polnear`` (dev) and ``polnear-train``. The cache lives outside the repo
(``$NEWSFACTS_CACHE`` or /work/cache/reported) and is keyed by the split's file
list hash, so a changed benchmark is re-parsed, never silently reused.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin


def _shared() -> Path:
    """``$NEWSFACTS_SHARED``, else the first ``shared`` directory beside the repo
    or one of its parents (a worktree sits one level deeper than /work/main)."""
    env = os.environ.get("NEWSFACTS_SHARED")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents[2].parents:
        if (parent / "shared" / "benchmarks").is_dir():
            return parent / "shared"
    raise FileNotFoundError("no shared/ directory found; set NEWSFACTS_SHARED")


SHARED = _shared()
CACHE = Path(os.environ.get("NEWSFACTS_CACHE", "/work/cache/reported"))


def split_root(split: str) -> Path:
    return SHARED / "benchmarks" / split


def article_names(root: Path) -> list[str]:
    """Articles that have a text and at least one annotation file."""
    anns = {p.stem.rsplit("_", 1)[0] for p in (root / "attributions").glob("*.ann")}
    return sorted(a for a in anns if (root / "text" / f"{a}.txt").exists())


def texts_hash(root: Path, names: list[str]) -> str:
    h = hashlib.sha256()
    for n in names:
        h.update(n.encode())
        h.update(b"\0")
        h.update((root / "text" / f"{n}.txt").read_bytes())
    return h.hexdigest()


def load_docs(split: str) -> tuple[list[str], list[str], list[Doc]]:
    """(names, texts, docs) of a split, parsed once and cached."""
    from transforms.nlp.load import load_nlp, parse_bodies

    root = split_root(split)
    names = article_names(root)
    texts = [(root / "text" / f"{n}.txt").read_text("utf-8") for n in names]
    key = texts_hash(root, names)[:16]
    path = CACHE / f"{split}-{key}.spacy"
    nlp = load_nlp()
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(parse_bodies(nlp, texts))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    for t, d in zip(texts, docs, strict=True):
        assert d.text == t
    return names, texts, docs


if __name__ == "__main__":
    for split in sys.argv[1:] or ["polnear", "polnear-train"]:
        parsed = load_docs(split)[0]
        print(split, len(parsed))
