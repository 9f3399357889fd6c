"""Version numbers that end up in every manifest.

``EXTRACTOR_VERSION`` is part of every extraction cache key: bump it whenever a
change to ``transforms/`` or to the spaCy model can change any extracted row, and
the next run re-extracts every article. ``SCHEMA_VERSION`` follows the data
contract: bump it (and write the changelog) when a column is renamed or dropped.
"""

from __future__ import annotations

from importlib import metadata

SCHEMA_VERSION = "1.0"
EXTRACTOR_VERSION = "2026.12.05-1"


def package_version() -> str:
    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "0+unknown"
