"""Throughput and memory of ``newsfacts run`` on real news text, English alone and mixed.

Generated text (``benchmarks.run``) is repetitive; this measures on the real
articles beside the repo (``../shared``): the seeds, the PolNeAR dev articles
and the TempEval-3 platinum texts (English), then the same plus the Russian and
Ukrainian dev excerpts (with their sidecars). Each corpus runs twice on fresh
warehouse and snapshot folders (the second is the figure: the page cache and
bytecode are warm) with the same worker count; the peak RSS is the summed
RSS of the whole process tree (``benchmarks.run.TreeSampler``).

What it answers: does a mixed corpus cost memory beyond the English run's, and
what do Russian and Ukrainian articles cost per article compared with English
(the extra components load once per worker, only when the run has such articles).

End-to-end wall times on a shared machine swing by tens of seconds (Prefect's
start-up, other jobs, and the CLI extracting early while the server boots,
which the flow's own timings do not see), so the per-article costs come from a
second, in-process measurement: one process runs the product's
``extract_batch`` over the English files, then over the Russian and Ukrainian
ones (their components load inside that timing), and reports CPU seconds per
article and its peak RSS after each part.

    uv run python -m benchmarks.real_text [--shared ../shared] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.run import REPO, run_newsfacts
from evaluation.timex import load_tempeval


def english_corpus(shared: Path, out: Path) -> int:
    """Seeds, PolNeAR dev texts and TempEval texts as raw files in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for p in sorted((REPO / "data" / "raw").iterdir()):
        if p.is_file():
            shutil.copy(p, out / f"seed_{p.name}")
            n += p.suffix != ".json"
    for p in sorted((shared / "benchmarks" / "polnear" / "text").glob("*.txt")):
        shutil.copy(p, out / f"polnear_{p.name}")
        n += 1
    for d in load_tempeval(shared / "benchmarks" / "tempeval3-platinum"):
        (out / f"tempeval_{d.name}.txt").write_text(d.text, encoding="utf-8")
        n += 1
    return n


def add_ru_uk(shared: Path, out: Path) -> int:
    n = 0
    for name in ("ru-dev", "uk-dev"):
        for p in sorted((shared / "gold" / name / "raw").iterdir()):
            shutil.copy(p, out / f"{name}_{p.name}")
            n += p.suffix == ".txt"
    return n


def _one(label: str, raw: Path, work: Path, workers: int | None) -> dict[str, Any]:
    best: dict[str, Any] = {}
    for attempt in (1, 2):
        wdir = work / f"{label}-{attempt}"
        r = run_newsfacts(
            f"{label} #{attempt}",
            raw,
            wdir / "wh.duckdb",
            wdir / "processed",
            workers=workers,
            batch_size=None,
            sample=0.2,
        )
        best = {
            "wall_s": r.wall_s,
            "flow_s": r.flow_s,
            "extract_s": r.timings.get("extract"),
            "peak_tree_mb": r.rss.tree_mb,
            "peak_tree_wo_server_mb": r.rss.tree_wo_server_mb,
            "max_worker_mb": r.rss.max_worker_mb,
            "rows": r.summary.get("rows", {}),
        }
        shutil.rmtree(wdir, ignore_errors=True)
    return best


_COST_SCRIPT = """
import json, resource, sys, time, hashlib
from pathlib import Path
from flows import stages

def items(paths):
    out = []
    for p in paths:
        data = p.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        out.append(stages.WorkItem(stages.cache_key(sha, None), sha[:16], p.name, sha, len(data), data, None))
    return out

def timed(batch):
    c0 = time.process_time()
    for i in range(0, len(batch), 32):
        stages.extract_batch(batch[i : i + 32], max_bytes=5_000_000)
    return time.process_time() - c0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

en = [Path(p) for p in json.loads(sys.argv[1])]
other = [Path(p) for p in json.loads(sys.argv[2])]
stages.extract_batch(items(en[:1]), max_bytes=5_000_000)  # the English model loads outside the timing
en_s, en_rss = timed(items(en))
ot_s, ot_rss = timed(items(other)) if other else (0.0, en_rss)
print(json.dumps({"english_cpu_s": en_s, "english_n": len(en), "english_peak_mb": en_rss,
                  "ru_uk_cpu_s": ot_s, "ru_uk_n": len(other), "after_ru_uk_peak_mb": ot_rss}))
"""


def extraction_cost(en_raw: Path, mixed_raw: Path) -> dict[str, Any]:
    """CPU seconds per article (English; Russian/Ukrainian with their loading) in one process."""
    import subprocess
    import sys

    en = sorted(str(p) for p in en_raw.glob("*.txt"))
    names = {Path(p).name for p in en}
    other = sorted(str(p) for p in mixed_raw.glob("*.txt") if p.name not in names)
    out = subprocess.run(
        [sys.executable, "-c", _COST_SCRIPT, json.dumps(en), json.dumps(other)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    res: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nf-real-") as tmp:
        work = Path(tmp)
        en_raw, mixed_raw = work / "en", work / "mixed"
        n_en = english_corpus(args.shared, en_raw)
        shutil.copytree(en_raw, mixed_raw)
        n_ru_uk = add_ru_uk(args.shared, mixed_raw)
        cost = extraction_cost(en_raw, mixed_raw)
        results: dict[str, Any] = {
            "in_process": cost,
            "english": {"articles": n_en, **_one("english", en_raw, work, args.workers)},
            "mixed": {
                "articles": n_en + n_ru_uk,
                "ru_uk_articles": n_ru_uk,
                **_one("mixed", mixed_raw, work, args.workers),
            },
        }
    en, mx = results["english"], results["mixed"]
    print(
        f"in-process extraction: English {cost['english_cpu_s'] / cost['english_n']:.3f} CPU-s/article "
        f"(n={cost['english_n']}, peak {cost['english_peak_mb']:.0f} MB); Russian/Ukrainian "
        f"{cost['ru_uk_cpu_s'] / max(cost['ru_uk_n'], 1):.3f} CPU-s/article incl. loading "
        f"(n={cost['ru_uk_n']}, peak after {cost['after_ru_uk_peak_mb']:.0f} MB)"
    )
    for label in ("english", "mixed"):
        r = results[label]
        rate = r["articles"] / r["extract_s"] if r.get("extract_s") else None
        print(
            f"{label:8s} articles {r['articles']:4d}  wall {r['wall_s']:6.1f} s  "
            f"flow {r['flow_s'] or 0:6.1f} s  extract {r['extract_s'] or 0:6.1f} s  "
            f"({rate or 0:5.1f} art/s)  peak tree RSS {r['peak_tree_mb']:7.0f} MB  "
            f"largest worker {r['max_worker_mb']:6.0f} MB"
        )
    print(f"peak RSS mixed - english: {mx['peak_tree_mb'] - en['peak_tree_mb']:+.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
