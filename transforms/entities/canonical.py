"""Corpus-level entity canonicalization: article-local names -> entity_ids.

Input is every mention of the corpus with its article-level ``(type,
local_name)`` from ``transforms.entities.mentions``. Output is one row per real-world
entity plus a mapping from each ``(article_id, type, local_name)`` to its
``entity_id``.

People are merged across articles by a transliteration-insensitive key of
(given name, surname): "Dmitri Peskov" = "Dmitry Peskov", "Volodymyr Zelenskyy" =
"Volodymyr Zelensky", "German Gref" = "Herman Gref" (the last one from
``data/name_variants.json``, because Cyrillic Г -> H/G is not derivable).
Surname-only names ("Zelensky" in an article that never gives the first name)
join the one corpus person with that surname when the articles agree (they
share another person, organization or outlet), and stay apart when two people
share it. Organizations never join people. Other types merge on a punctuation- and article-insensitive
form of the name.

Everything is computed from sorted, de-duplicated values, so the output does not
depend on input row order (tested with hypothesis).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

import polars as pl

from transforms.entities.gazetteer import name_data

ENTITY_COLUMNS = ("entity_id", "type", "name", "aliases", "n_articles", "n_mentions")
MAPPING_COLUMNS = ("article_id", "type", "local_name", "entity_id")

_ENTITY_SCHEMA: dict[str, pl.DataType] = {
    "entity_id": pl.String(),
    "type": pl.String(),
    "name": pl.String(),
    "aliases": pl.List(pl.String()),
    "n_articles": pl.Int32(),
    "n_mentions": pl.Int32(),
}
_MAPPING_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "type": pl.String(),
    "local_name": pl.String(),
    "entity_id": pl.String(),
}

# Cyrillic letters that may reach a slug (names the extractor kept in the
# original script). Slugs must be lower-case ASCII.
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        (
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ),
        strict=True,
    )
)


def slugify(name: str) -> str:
    """Lower-case ASCII slug: letters and digits joined by single hyphens."""
    text = "".join(_CYR.get(ch, ch) for ch in name.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’]", "", text)
    # Dotted abbreviations are one word: "U.S. Senate" -> "us-senate".
    text = re.sub(r"(?<=[a-z0-9])\.(?=[a-z0-9])", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z]", "", text)


# Ordered rewrites that make common romanizations of the same Russian or
# Ukrainian name part equal. They are applied to single name parts and only ever
# compared within (given name, surname) pairs, so an occasional collision of
# unrelated words does no harm.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"j", "y"),  # Sergej, Jurij (German/Polish style)
        (r"w", "v"),  # Wladimir
        (r"ph", "f"),
        (r"kh", "h"),  # Mikhail / Mihail
        (r"ks", "x"),  # Aleksei / Alexei
        (r"ck", "k"),
        (r"iye", "ie"),  # Matviyenko / Matvienko
        (r"^ye", "e"),  # Yevgeny / Evgeny
        (r"ia", "ya"),  # Viacheslav / Vyacheslav
        (r"iu", "yu"),
        (r"(.)\1+", r"\1"),  # Zelenskyy, Dmitrii
        (r"(iy|yi|ij|y|i)$", "y"),  # Dmitri / Dmitriy / Dmitry, Sergei / Sergey
        (r"([^aeiouy])r$", r"\1er"),  # Aleksandr / Alexander, Petr
    )
)


@functools.cache
def _variant_index() -> dict[str, str]:
    """Folded variant -> folded first (common English) form of its group."""
    nd = name_data()
    out: dict[str, str] = {}
    for group in (*nd.given_groups, *nd.surname_groups):
        head = _fold(group[0])
        for v in group:
            out.setdefault(_fold(v), head)
    return out


@functools.cache
def _preferred_forms() -> frozenset[str]:
    nd = name_data()
    return frozenset(g[0] for g in (*nd.given_groups, *nd.surname_groups))


@functools.cache
def name_key(part: str) -> str:
    """Transliteration-insensitive key of one name part ("Dmitri" -> same as "Dmitry")."""
    folded = _fold(part)
    folded = _variant_index().get(folded, folded)
    for pat, rep in _TRANSLIT_RULES:
        folded = pat.sub(rep, folded)
    return folded


def _other_key(name: str) -> str:
    """Merge key for non-person names: case, "the", dots and punctuation ignored."""
    text = name.casefold()
    text = re.sub(r"^the\s+", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii") or text
    return re.sub(r"[^0-9a-z\u0400-\u04ff]+", "", text) or name.casefold()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Smaller root wins: the result does not depend on union order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


_SUFFIXES = frozenset({"jr", "sr"})


def _key_parts(name: str) -> list[str]:
    """Words of a person's name that identify them: "Jr."/"Sr." at the end
    ("Robert F. Kennedy Jr.") and middle initials do not change who is meant."""
    parts = name.split()
    while len(parts) > 2 and parts[-1].rstrip(".").casefold() in _SUFFIXES:
        parts = parts[:-1]
    return parts


def _cluster(
    names: Iterable[tuple[str, str]],
    articles_of: dict[tuple[str, str], frozenset[str]] | None = None,
) -> _UnionFind:
    """Union-find over (type, local_name) keys.

    ``articles_of`` (key -> the articles it occurs in) is the evidence a
    surname-only person needs to join a person named in full elsewhere; without
    it (unit tests of the name rules) every unique surname joins.
    """
    uf = _UnionFind()
    keys = sorted(set(names))
    full_by_surname: dict[str, set[tuple[str, str]]] = defaultdict(set)
    full_groups: dict[tuple[str, str], tuple[str, str]] = {}
    other_groups: dict[tuple[str, str], tuple[str, str]] = {}
    singles: list[tuple[str, str]] = []
    for k in keys:
        uf.find(k)
        etype, name = k
        if etype == "person":
            parts = _key_parts(name)
            if len(parts) >= 2:
                pk = (name_key(parts[0]), name_key(parts[-1]))
                if pk in full_groups:
                    uf.union(full_groups[pk], k)
                else:
                    full_groups[pk] = k
                full_by_surname[pk[1]].add(pk)
            else:
                singles.append(k)
            continue
        ok = (etype, _other_key(name))
        if ok in other_groups:
            uf.union(other_groups[ok], k)
        else:
            other_groups[ok] = k
    # "Universe Alicia Machado" (after "Miss"): a longer name whose last two
    # words are a known person, and whose first word is not a given name we
    # know, is that person with a stray leading word.
    given = {name_key(g) for g in name_data().given_names}
    for k in keys:
        parts = _key_parts(k[1])
        if k[0] != "person" or len(parts) < 3 or name_key(parts[0]) in given:
            continue
        tail = (name_key(parts[-2]), name_key(parts[-1]))
        if tail in full_groups and full_groups[tail] != k:
            uf.union(full_groups[tail], k)

    # Surname-only people join the single corpus person with that surname, and
    # only with agreeing evidence: the surname's article and one of that
    # person's articles share another entity (not a bare place: nearly every
    # article names a country). A wrong merge then stays local instead of
    # turning a namesake into that person in every article. Organizations never
    # join a person: a company named after its founder is not the founder.
    def people_with_surname(surname: str) -> set[tuple[str, str]]:
        return {uf.find(full_groups[pk]) for pk in full_by_surname.get(surname, set())}

    singles_set = set(singles)

    if articles_of is None:
        for k in singles:
            roots = people_with_surname(name_key(k[1]))
            if len(roots) == 1:
                uf.union(next(iter(roots)), k)
        return uf
    # Context per article: the clusters of its people, organizations and
    # outlets, computed once (singles only ever join people, so these roots
    # do not change below except by absorbing singles).
    context: dict[str, set[tuple[str, str]]] = defaultdict(set)
    arts_of_root: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k in keys:
        root = uf.find(k)
        arts_of_root[root] |= articles_of.get(k, frozenset())
        if k[0] in _CONTEXT_TYPES and k not in singles_set:
            for a in articles_of.get(k, frozenset()):
                context[a].add(root)
    for k in singles:
        roots = people_with_surname(name_key(k[1]))
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        mine = articles_of.get(k, frozenset())
        theirs = arts_of_root[root]
        near = set().union(*(context[a] for a in mine)) - {root}
        far = set().union(*(context[a] for a in theirs)) - {root}
        if mine & theirs or near & far:
            uf.union(root, k)
    return uf


# Outlets are left out: "told Reuters" says nothing about who is meant.
_CONTEXT_TYPES = frozenset({"person", "org"})


def _pick_name(etype: str, stats: list[tuple[str, str, int, int]]) -> tuple[str, str]:
    """(type, canonical name) of a cluster from its members' (type, name, n_articles, n_mentions).

    The most complete common form: full names before bare surnames, then the
    type and form used in most articles, then in most mentions, then the form
    listed first in name_variants.json; ties are broken alphabetically.
    """
    preferred = _preferred_forms()

    def rank(s: tuple[str, str, int, int]) -> tuple[int, int, int, int, int, int, str]:
        t, name, n_art, n_men = s
        parts = name.split()
        pref = sum(1 for p in parts if p in preferred)
        return (
            0 if t == etype else 1,
            -min(len(parts), 2) if t == "person" else 0,
            # Datelines and transcripts shout ("LOS ANGELES", "WALLACE").
            1 if name.isupper() and len(name) > 4 else 0,
            -n_art,
            -n_men,
            -pref,
            name,
        )

    best = min(stats, key=rank)
    return best[0], best[1]


def canonicalize(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(entities, mapping) for all mentions of the corpus.

    ``mentions`` has columns ``article_id, text, char_start, char_end, type,
    local_name``. ``entities`` has the contract columns sorted by ``entity_id``;
    ``mapping`` has one row per distinct ``(article_id, type, local_name)``.
    """
    if mentions.height == 0:
        return pl.DataFrame(schema=_ENTITY_SCHEMA), pl.DataFrame(schema=_MAPPING_SCHEMA)
    m = mentions.select("article_id", "text", "char_start", "char_end", "type", "local_name")
    per_name = (
        m.group_by("type", "local_name")
        .agg(
            pl.col("article_id").n_unique().alias("n_articles"),
            pl.len().alias("n_mentions"),
        )
        .sort("type", "local_name")
    )
    stats = {
        (r["type"], r["local_name"]): (int(r["n_articles"]), int(r["n_mentions"]))
        for r in per_name.iter_rows(named=True)
    }
    arts_df = m.group_by("type", "local_name").agg(pl.col("article_id").unique())
    articles_of = {
        (r["type"], r["local_name"]): frozenset(r["article_id"])
        for r in arts_df.iter_rows(named=True)
    }
    uf = _cluster(stats, articles_of)
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(stats):
        members[uf.find(k)].append(k)

    # Clusters never mix types (only people join people), so the type is the
    # members' one.
    entity_of_key: dict[tuple[str, str], str] = {}
    names: dict[str, tuple[str, str]] = {}
    for _root, keys in sorted(members.items()):
        types = {k[0] for k in keys}
        etype = "person" if "person" in types else min(types)
        rows = [(k[0], k[1], *stats[k]) for k in keys]
        ctype, cname = _pick_name(etype, rows)
        slug = slugify(cname) or "x" + format(abs(hash_name(cname)), "x")
        eid = f"{ctype}:{slug}"
        # Two clusters that end up with the same id are one entity: same type
        # and the same name up to punctuation and case.
        prev = names.get(eid)
        if prev is None or (prev[1] != cname and cname < prev[1]):
            names[eid] = (ctype, cname)
        for k in keys:
            entity_of_key[k] = eid

    key_df = pl.DataFrame(
        {
            "type": [k[0] for k in entity_of_key],
            "local_name": [k[1] for k in entity_of_key],
            "entity_id": list(entity_of_key.values()),
        },
        schema={"type": pl.String, "local_name": pl.String, "entity_id": pl.String},
    )
    joined = m.join(key_df, on=["type", "local_name"], how="left")
    entities = (
        joined.group_by("entity_id")
        .agg(
            pl.col("text").unique().sort().alias("aliases"),
            pl.col("article_id").n_unique().cast(pl.Int32).alias("n_articles"),
            pl.struct("article_id", "char_start", "char_end")
            .n_unique()
            .cast(pl.Int32)
            .alias("n_mentions"),
        )
        .with_columns(
            pl.col("entity_id")
            .replace_strict({k: v[0] for k, v in names.items()}, return_dtype=pl.String)
            .alias("type"),
            pl.col("entity_id")
            .replace_strict({k: v[1] for k, v in names.items()}, return_dtype=pl.String)
            .alias("name"),
        )
        .select(*ENTITY_COLUMNS)
        .sort("entity_id")
    )
    mapping = joined.select(*MAPPING_COLUMNS).unique().sort("article_id", "type", "local_name")
    return entities.cast(_ENTITY_SCHEMA), mapping.cast(_MAPPING_SCHEMA)  # type: ignore[arg-type]


def hash_name(name: str) -> int:
    """Stable (not ``hash()``, which is salted per process) integer for slug fallbacks."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16)
