"""Throughput, memory and incremental-rerun benchmark of ``newsfacts run``.

For each corpus size N (``--sizes``, default 200,1000,5000) this generates a
synthetic corpus (``benchmarks.generate``) and measures, with every newsfacts
run a subprocess ``newsfacts run`` on fresh temporary warehouse/processed dirs:

* fixed start-up: wall time of a run over an empty raw folder (measured once);
* full run: wall, articles/s, tokens/s, seconds per stage (the run summary's
  ``timings``, read back from the warehouse's ``_runs`` table), peak RSS of the
  whole process tree (CLI process, Prefect's API server subprocess and the
  extraction workers; sampled with psutil every ``--sample`` s);
* a no-change rerun and a 1%-new rerun (``ceil(N/100)`` new generated
  articles), each as wall time beyond the fixed start-up and as a share of the
  full run's time beyond it;
* bare spaCy: ``en_core_web_sm`` with all default components, ``nlp.pipe`` with
  ``n_process`` = cores over the ``articles.body_text`` of the produced snapshot,
  in a subprocess on the same machine right after the runs; and the ratio of our
  throughput to it (extraction stage alone, and end-to-end minus start-up).

Expected run time (measured 2026-11-23 on 2 cores shared with other jobs,
load average 3-8): every newsfacts run pays a Prefect/CLI start-up of 30-90 s;
N=1000 took ~10 min in all (full run 3 min, bare spaCy 4.5 min); N=5000 about
30-40 min with ``--bare-sample 1000`` (the bare pass over all 5,000 bodies
alone would take ~20 min); N=200 ~4 min. All three sizes: plan on ~1 hour.
On a loaded machine the wall-clock "beyond fixed start-up" figures are noisy
(start-up alone varied 34-86 s); the in-flow seconds are the robust ones.

    uv run python -m benchmarks.run [--sizes 200,1000,5000] [--bare-sample 1000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generate import generate

REPO = Path(__file__).resolve().parents[1]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _newsfacts_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("newsfacts")
    if exe.exists():
        return [str(exe)]
    return ["uv", "run", "--frozen", "newsfacts"]


# -- process-tree memory sampling ----------------------------------------------
@dataclass
class RssPeak:
    tree_mb: float = 0.0  # peak of the summed RSS of the whole tree
    tree_wo_server_mb: float = 0.0  # same without Prefect's API server subprocess
    main_mb: float = 0.0  # the CLI / flow process
    server_mb: float = 0.0
    max_worker_mb: float = 0.0  # the largest single worker process
    max_processes: int = 0
    method: str = "psutil"


class TreeSampler:
    """Samples the RSS of a process and all its descendants in a thread."""

    def __init__(self, pid: int, interval: float) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = RssPeak()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        mb = 1024 * 1024
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = wo_server = 0.0
            main = server = worker = 0.0
            n = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss / mb
                    cmd = " ".join(p.cmdline())
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                n += 1
                total += rss
                if p.pid == self.pid:
                    main = max(main, rss)
                    wo_server += rss
                elif "uvicorn" in cmd or "prefect.server" in cmd or "server start" in cmd:
                    server = max(server, rss)
                else:
                    worker = max(worker, rss)
                    wo_server += rss
            pk = self.peak
            pk.tree_mb = max(pk.tree_mb, round(total, 1))
            pk.tree_wo_server_mb = max(pk.tree_wo_server_mb, round(wo_server, 1))
            pk.main_mb = max(pk.main_mb, round(main, 1))
            pk.server_mb = max(pk.server_mb, round(server, 1))
            pk.max_worker_mb = max(pk.max_worker_mb, round(worker, 1))
            pk.max_processes = max(pk.max_processes, n)
            self._stop.wait(self.interval)


def _have_psutil() -> bool:
    try:
        import psutil  # noqa: F401
    except ImportError:
        return False
    return True


# -- one newsfacts run ----------------------------------------------------------
@dataclass
class RunResult:
    label: str
    wall_s: float
    flow_s: float | None  # finished_at - started_at from _runs (inside the flow)
    rss: RssPeak
    summary: dict[str, Any]
    load_before: list[float]
    load_after: list[float]

    @property
    def timings(self) -> dict[str, float]:
        t: dict[str, float] = self.summary.get("timings", {})
        return t


def run_newsfacts(
    label: str,
    raw: Path,
    warehouse: Path,
    processed: Path,
    *,
    workers: int | None,
    batch_size: int | None,
    sample: float,
) -> RunResult:
    cmd = [
        *_newsfacts_cmd(),
        "run",
        "--raw",
        str(raw),
        "--warehouse",
        str(warehouse),
        "--processed",
        str(processed),
    ]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    if batch_size is not None:
        cmd += ["--batch-size", str(batch_size)]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    load_before = _load()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    if _have_psutil():
        with TreeSampler(proc.pid, sample) as sampler:
            out, err = proc.communicate()
        rss = sampler.peak
    else:
        import resource

        out, err = proc.communicate()
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rss = RssPeak(tree_mb=round(kids, 1), method="getrusage(RUSAGE_CHILDREN): largest child")
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{label}: newsfacts run failed ({proc.returncode}):\n{out}\n{err}")
    summary, flow_s = _last_run_summary(warehouse)
    _progress(f"  {label}: {wall:.1f} s wall; {out.strip().splitlines()[1] if out else ''}")
    return RunResult(label, round(wall, 2), flow_s, rss, summary, load_before, _load())


def _last_run_summary(warehouse: Path) -> tuple[dict[str, Any], float | None]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute(
            "SELECT summary, epoch(finished_at) - epoch(started_at) FROM _runs "
            "ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    if row is None:
        return {}, None
    summary = json.loads(row[0]) if isinstance(row[0], str) else dict(row[0] or {})
    return summary, (round(float(row[1]), 2) if row[1] is not None else None)


# -- bare spaCy -----------------------------------------------------------------
def bare_spacy(texts_file: Path, n_process: int, batch_size: int) -> dict[str, Any]:
    """Run in a subprocess: load en_core_web_sm (all default components) and pipe."""
    from transforms.nlp.load import _import_model

    texts: list[str] = json.loads(texts_file.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    nlp = _import_model().load()
    t1 = time.perf_counter()
    n_tokens = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        n_tokens += len(doc)
    t2 = time.perf_counter()
    return {
        "components": list(nlp.pipe_names),
        "n_docs": len(texts),
        "n_chars": sum(len(t) for t in texts),
        "n_tokens": n_tokens,
        "n_process": n_process,
        "batch_size": batch_size,
        "load_s": round(t1 - t0, 2),
        "pipe_s": round(t2 - t1, 2),
    }


def run_bare_spacy(
    texts: list[str], n_process: int, batch_size: int, tmp: Path, sample: float
) -> dict[str, Any]:
    f = tmp / "bodies.json"
    f.write_text(json.dumps(texts), encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--_bare-spacy",
        str(f),
        "--bare-n-process",
        str(n_process),
        "--bare-batch-size",
        str(batch_size),
    ]
    load_before = _load()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    if _have_psutil():
        with TreeSampler(proc.pid, sample) as sampler:
            out, err = proc.communicate()
        rss = asdict(sampler.peak)
    else:
        out, err = proc.communicate()
        rss = {}
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"bare spaCy failed:\n{err}")
    res: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    res.update(wall_s=round(wall, 2), rss=rss, load_before=load_before, load_after=_load())
    _progress(
        f"  bare spaCy: pipe {res['pipe_s']} s (+ load {res['load_s']} s), {res['n_tokens']} tokens"
    )
    return res


# -- the benchmark ----------------------------------------------------------------
@dataclass
class SizeResult:
    n: int
    corpus_bytes: int
    full: dict[str, Any]
    nochange: dict[str, Any]
    one_pct: dict[str, Any]
    bare: dict[str, Any]
    derived: dict[str, Any] = field(default_factory=dict)


def _run_dict(r: RunResult) -> dict[str, Any]:
    return {
        "wall_s": r.wall_s,
        "flow_s": r.flow_s,
        "rss": asdict(r.rss),
        "timings": r.timings,
        "extracted": r.summary.get("extracted"),
        "reused": r.summary.get("reused"),
        "files": r.summary.get("files"),
        "rows": r.summary.get("rows"),
        "published": r.summary.get("published"),
        "load_before": r.load_before,
        "load_after": r.load_after,
    }


def bench_size(
    n: int,
    fixed_s: float,
    tmp: Path,
    *,
    seed: int,
    workers: int | None,
    batch_size: int | None,
    bare_batch_size: int,
    bare_sample: int,
    sample: float,
) -> SizeResult:
    import pyarrow.parquet as pq

    _progress(f"N={n}: generating corpus")
    raw = tmp / f"raw{n}"
    paths = generate(n, raw, seed=seed)
    corpus_bytes = sum(p.stat().st_size for p in paths)
    wh, proc = tmp / f"wh{n}.duckdb", tmp / f"proc{n}"
    kw: dict[str, Any] = {"workers": workers, "batch_size": batch_size, "sample": sample}
    full = run_newsfacts(f"N={n} full", raw, wh, proc, **kw)
    nochange = run_newsfacts(f"N={n} no-change rerun", raw, wh, proc, **kw)
    extra = max(1, math.ceil(n / 100))
    generate(extra, raw, seed=seed, start=n)
    one_pct = run_newsfacts(f"N={n} +{extra} new rerun", raw, wh, proc, **kw)

    # Bodies of the full run's snapshot (the texts newsfacts extracts from).
    snap = Path(str(full.summary.get("snapshot") or proc / "latest"))
    bodies = pq.read_table(snap / "articles.parquet", columns=["body_text"]).column(0).to_pylist()
    cores = workers or _cores()
    texts = [b for b in bodies if b]
    sample_texts = texts[:bare_sample] if bare_sample else texts
    bare = run_bare_spacy(sample_texts, cores, bare_batch_size, tmp, sample)
    bare["all_docs"] = len(texts)
    bare["all_chars"] = sum(len(t) for t in texts)

    return SizeResult(
        n,
        corpus_bytes,
        _run_dict(full),
        _run_dict(nochange),
        _run_dict(one_pct),
        bare,
        derive(_run_dict(full), _run_dict(nochange), _run_dict(one_pct), bare, fixed_s, extra),
    )


def _ratio(a: float | None, b: float | None, nd: int = 3) -> float | None:
    if a is None or b is None or b <= 0:
        return None
    return round(a / b, nd)


def derive(
    full: dict[str, Any],
    nochange: dict[str, Any],
    one_pct: dict[str, Any],
    bare: dict[str, Any],
    fixed_s: float,
    extra: int,
) -> dict[str, Any]:
    """Every derived figure, from the recorded runs (also used by ``--render``).

    "beyond fixed" uses wall times minus the empty-folder run's wall time; on a
    loaded machine the start-up itself varies by tens of seconds, so the
    in-flow times (``flow_s``: the flow's own started/finished timestamps) are
    given as well and are the more robust measure of the pipeline's own work.
    """
    articles = int((full.get("rows") or {}).get("articles", 0))
    extracted = int(full.get("extracted") or 0)
    extract_s = float(full["timings"].get("extract", 0.0)) or None
    beyond = full["wall_s"] - fixed_s
    bare_rate = _ratio(bare["n_docs"], bare["pipe_s"], 4)
    # The bare pass may run on the first --bare-sample bodies only: per-article
    # and per-token rates come from the sample, the corpus's token count is
    # scaled from it by characters.
    tokens = round(bare["n_tokens"] * bare.get("all_chars", bare["n_chars"]) / bare["n_chars"])
    e2e_bf_rate = _ratio(articles, beyond, 4)
    extract_rate = _ratio(extracted, extract_s, 4)
    return {
        "articles": articles,
        "tokens": tokens,
        "e2e_articles_per_s": _ratio(articles, full["wall_s"], 2),
        "e2e_beyond_fixed_articles_per_s": _ratio(articles, beyond, 2),
        "extract_articles_per_s": _ratio(extracted, extract_s, 2),
        "extract_tokens_per_s": _ratio(tokens, extract_s, 0),
        "e2e_tokens_per_s": _ratio(tokens, full["wall_s"], 0),
        "bare_articles_per_s": _ratio(bare["n_docs"], bare["pipe_s"], 2),
        "bare_tokens_per_s": _ratio(bare["n_tokens"], bare["pipe_s"], 0),
        "ratio_extract_vs_bare": _ratio(extract_rate, bare_rate),
        "ratio_e2e_beyond_fixed_vs_bare": _ratio(e2e_bf_rate, bare_rate),
        "full_beyond_fixed_s": round(beyond, 2),
        "nochange_beyond_fixed_s": round(nochange["wall_s"] - fixed_s, 2),
        "one_pct_beyond_fixed_s": round(one_pct["wall_s"] - fixed_s, 2),
        "nochange_share_of_full": _ratio(nochange["wall_s"] - fixed_s, beyond),
        "one_pct_share_of_full": _ratio(one_pct["wall_s"] - fixed_s, beyond),
        "outside_flow_s_full": _ratio(full["wall_s"] - (full.get("flow_s") or 0.0), 1.0, 2),
        "nochange_flow_share_of_full": _ratio(nochange.get("flow_s"), full.get("flow_s")),
        "one_pct_flow_share_of_full": _ratio(one_pct.get("flow_s"), full.get("flow_s")),
        "one_pct_new_articles": extra,
    }


def _progress(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"
    return str(v)


def render_table(fixed: dict[str, Any], sizes: Sequence[SizeResult]) -> str:
    rows: list[tuple[str, list[Any]]] = []

    def add(name: str, f: Any) -> None:
        rows.append((name, [f(s) for s in sizes]))

    add("articles (loaded)", lambda s: s.derived["articles"])
    add("corpus MB", lambda s: s.corpus_bytes / 1e6)
    add("spaCy tokens", lambda s: s.derived["tokens"])
    add("full run wall s", lambda s: s.full["wall_s"])
    add("  beyond fixed start-up s", lambda s: s.derived["full_beyond_fixed_s"])
    add("  in-flow s (flow start..finish)", lambda s: s.full["flow_s"])
    stages = sorted({k for s in sizes for k in s.full["timings"]}, key=_stage_order)
    for st in stages:
        add(f"  stage {st} s", lambda s, st=st: s.full["timings"].get(st))
    add("articles/s end-to-end", lambda s: s.derived["e2e_articles_per_s"])
    add("articles/s e2e minus start-up", lambda s: s.derived["e2e_beyond_fixed_articles_per_s"])
    add("articles/s extraction stage", lambda s: s.derived["extract_articles_per_s"])
    add("tokens/s extraction stage", lambda s: s.derived["extract_tokens_per_s"])
    add("bare spaCy pipe s", lambda s: s.bare["pipe_s"])
    add("bare spaCy articles/s", lambda s: s.derived["bare_articles_per_s"])
    add("bare spaCy tokens/s", lambda s: s.derived["bare_tokens_per_s"])
    add("ratio extraction / bare (>=1)", lambda s: s.derived["ratio_extract_vs_bare"])
    add("ratio e2e-minus-fixed / bare", lambda s: s.derived["ratio_e2e_beyond_fixed_vs_bare"])
    add("peak RSS tree MB (<1500)", lambda s: s.full["rss"]["tree_mb"])
    add("  without Prefect server MB", lambda s: s.full["rss"]["tree_wo_server_mb"])
    add("  flow process MB", lambda s: s.full["rss"]["main_mb"])
    add("  Prefect server MB", lambda s: s.full["rss"]["server_mb"])
    add("  largest worker MB", lambda s: s.full["rss"]["max_worker_mb"])
    add("  processes (max)", lambda s: s.full["rss"]["max_processes"])
    add("no-change rerun wall s", lambda s: s.nochange["wall_s"])
    add("  beyond fixed s", lambda s: s.derived["nochange_beyond_fixed_s"])
    add("  share of full beyond fixed (<0.05)", lambda s: s.derived["nochange_share_of_full"])
    add(
        "  in-flow s / share of full in-flow",
        lambda s: f"{s.nochange['flow_s']}/{s.derived['nochange_flow_share_of_full']}",
    )
    add("1%-new rerun wall s", lambda s: s.one_pct["wall_s"])
    add("  new articles", lambda s: s.derived["one_pct_new_articles"])
    add("  beyond fixed s", lambda s: s.derived["one_pct_beyond_fixed_s"])
    add("  share of full beyond fixed (<0.10)", lambda s: s.derived["one_pct_share_of_full"])
    add(
        "  in-flow s / share of full in-flow",
        lambda s: f"{s.one_pct['flow_s']}/{s.derived['one_pct_flow_share_of_full']}",
    )
    add("load avg before full run", lambda s: "/".join(map(str, s.full["load_before"])))
    width = max(len(r[0]) for r in rows) + 2
    head = "".ljust(width) + "".join(f"N={s.n}".rjust(16) for s in sizes)
    lines = [
        f"fixed start-up (empty raw folder): {fixed['wall_s']:.1f} s wall "
        f"(in-flow {fixed.get('flow_s')} s; load avg {'/'.join(map(str, fixed['load_before']))}); "
        f"cores: {_cores()}",
        head,
        "-" * len(head),
    ]
    for name, vals in rows:
        lines.append(name.ljust(width) + "".join(_fmt(v).rjust(16) for v in vals))
    return "\n".join(lines)


def render_saved(saved: dict[str, Any]) -> str:
    """The table of a saved --json file, derived figures recomputed."""
    fixed = saved["fixed_startup"]
    results = []
    for d in saved["sizes"]:
        r = SizeResult(**d)
        r.derived = derive(
            r.full,
            r.nochange,
            r.one_pct,
            r.bare,
            fixed["wall_s"],
            r.derived["one_pct_new_articles"],
        )
        results.append(r)
    return render_table(fixed, results)


_STAGE_ORDER = (
    "ingest",
    "cache_lookup",
    "extract",
    "cache_load",
    "assemble",
    "load_check",
    "publish",
)


def _stage_order(s: str) -> tuple[int, str]:
    return (_STAGE_ORDER.index(s) if s in _STAGE_ORDER else len(_STAGE_ORDER), s)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--sizes", default="200,1000,5000", help="comma-separated corpus sizes")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=None, help="newsfacts --workers [cores]")
    ap.add_argument("--batch-size", type=int, default=None, help="newsfacts --batch-size")
    ap.add_argument("--bare-batch-size", type=int, default=32, help="nlp.pipe batch_size")
    ap.add_argument(
        "--bare-sample",
        type=int,
        default=0,
        help="bare spaCy over the first K bodies only (0 = all); rates are per article/token",
    )
    ap.add_argument("--sample", type=float, default=0.2, help="RSS sampling interval, s")
    ap.add_argument("--json", type=Path, default=None, help="write all figures here")
    ap.add_argument("--keep", type=Path, default=None, help="work here and keep the files")
    ap.add_argument("--render", type=Path, default=None, help="re-print the table of a --json file")
    ap.add_argument("--_bare-spacy", dest="bare_spacy", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--bare-n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.bare_spacy:
        print(json.dumps(bare_spacy(args.bare_spacy, args.bare_n_process, args.bare_batch_size)))
        return 0

    if args.render:
        print(render_saved(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0

    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    started = time.time()
    try:
        _progress(f"fixed start-up: empty raw folder (work dir {tmp})")
        (tmp / "empty").mkdir(exist_ok=True)
        empty = run_newsfacts(
            "empty",
            tmp / "empty",
            tmp / "empty.duckdb",
            tmp / "empty-proc",
            workers=args.workers,
            batch_size=args.batch_size,
            sample=args.sample,
        )
        fixed = _run_dict(empty)
        _progress(f"  in-flow {fixed['flow_s']} s of {fixed['wall_s']} s wall")
        results: list[SizeResult] = []
        for n in sizes:
            results.append(
                bench_size(
                    n,
                    empty.wall_s,
                    tmp,
                    seed=args.seed,
                    workers=args.workers,
                    batch_size=args.batch_size,
                    bare_batch_size=args.bare_batch_size,
                    bare_sample=args.bare_sample,
                    sample=args.sample,
                )
            )
            table = render_table(fixed, results)
            if args.json:  # after every size, so a long run leaves partial figures
                _write_json(args, started, fixed, results, table)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    print(render_table(fixed, results))
    return 0


def _write_json(
    args: argparse.Namespace,
    started: float,
    fixed: dict[str, Any],
    results: Sequence[SizeResult],
    table: str,
) -> None:
    args.json.write_text(
        json.dumps(
            {
                "started_at_unix": round(started, 1),
                "total_s": round(time.time() - started, 1),
                "cores": _cores(),
                "workers": args.workers,
                "batch_size": args.batch_size,
                "bare_batch_size": args.bare_batch_size,
                "seed": args.seed,
                "fixed_startup": fixed,
                "sizes": [asdict(r) for r in results],
                "table": table,
            },
            indent=2,
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    raise SystemExit(main())
