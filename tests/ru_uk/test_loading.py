"""The Russian/Ukrainian components load only in a process that meets such an
article, and once per process however many it meets (issue 18)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, sys
    from flows import stages
    from transforms.nlp import ru

    def item(name, text):
        data = text.encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        return stages.WorkItem(stages.cache_key(sha, None), sha[:16], name, sha, len(data), data, None)

    en = item("en.txt", "The minister said on Tuesday that the talks in Geneva had ended. " * 4)
    stages.extract_batch([en], max_bytes=10**6)
    after_english = sorted(m for m in ("natasha", "pymorphy3", "slovnet") if m in sys.modules)
    ru_items = [
        item(f"ru{i}.txt", f"Министр иностранных дел заявил во вторник, что переговоры {i} завершены. " * 4)
        for i in range(3)
    ]
    stages.extract_batch(ru_items[:2], max_bytes=10**6)
    stages.extract_batch(ru_items[2:], max_bytes=10**6)
    info = ru.components.cache_info()
    print(json.dumps({"after_english": after_english, "loads": info.misses, "calls": info.hits + info.misses,
                      "natasha": "natasha" in sys.modules}))
    """
)


def test_components_load_lazily_and_once() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=REPO, capture_output=True, text=True, check=True
    )
    import json

    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["after_english"] == []  # an English-only batch never imports them
    assert got["natasha"] is True
    assert got["loads"] == 1 and got["calls"] >= 3  # three Russian articles, one load
