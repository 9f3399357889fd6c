"""Near-duplicate article bodies with MinHash over word shingles.

NumPy only (no polars): extraction workers compute signatures with it.

Implemented here rather than with a library so the signatures are fully
deterministic across processes and versions: shingles are hashed with blake2b
(Python's ``hash`` is salted per process) and the permutations come from a
fixed seed. Candidate pairs come from LSH banding and are confirmed by the
estimated Jaccard similarity, then grouped transitively; in each group the
first article by (published_date with NULLs last, source_path) is the original.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs at Jaccard 0.8 collide with probability ~1
THRESHOLD = 0.8
# Mersenne prime 2^31 - 1 with 32-bit shingle hashes keeps a * x + b below 2^63,
# so the permutations vectorise in uint64 without overflow.
_PRIME = (1 << 31) - 1
_WORD = re.compile(r"\w+")

_rng = random.Random(20241106)
_PERMS: tuple[tuple[int, int], ...] = tuple(
    (_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERM)
)
_A = np.array([a for a, _ in _PERMS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _PERMS], dtype=np.uint64)[:, None]


def shingles(text: str, *, k: int = SHINGLE_WORDS) -> set[int]:
    """32-bit hashes of the case-folded k-word shingles of ``text``."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return set()
    if len(words) < k:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return {
        int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "big")
        for g in grams
    }


def minhash(sh: set[int]) -> tuple[int, ...]:
    if not sh:
        return ()
    x = np.fromiter(sorted(sh), dtype=np.uint64, count=len(sh)) % np.uint64(_PRIME)
    hashed = (_A * x[None, :] + _B) % np.uint64(_PRIME)
    return tuple(int(v) for v in hashed.min(axis=1))


def pack_signature(sig: tuple[int, ...]) -> bytes:
    """A signature as bytes for storage (little-endian uint32; every value is below 2^31)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def unpack_signature(data: bytes) -> tuple[int, ...]:
    return tuple(int(v) for v in np.frombuffer(data, dtype="<u4"))


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature near-duplicate detection compares."""
    return minhash(shingles(text))


def estimated_jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    if not a or not b:
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def duplicate_groups(
    ids: Sequence[str],
    paths: Sequence[str],
    published: Sequence[dt.date | None],
    sigs: Sequence[tuple[int, ...]],
    *,
    threshold: float = THRESHOLD,
) -> dict[str, str]:
    """{article_id: the article it near-duplicates} for the articles that are copies.

    Works on signatures only (``minhash(shingles(body))``), so a caller can keep
    512 bytes per article instead of every body.
    """
    dates = [None if d is None else str(d) for d in published]
    n = len(ids)

    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = NUM_PERM // BANDS
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, sig in enumerate(sigs):
        if not sig:
            continue
        for band in range(BANDS):
            buckets[(band, sig[band * rows : (band + 1) * rows])].append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                if estimated_jaccard(sigs[i], sigs[j]) >= threshold:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)

    def order(i: int) -> tuple[int, str, str, str]:
        d = dates[i]
        return (1 if d is None else 0, d or "", paths[i], ids[i])

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    duplicate_of: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=order)
        for i in members:
            if i != first:
                duplicate_of[ids[i]] = ids[first]
    return duplicate_of
