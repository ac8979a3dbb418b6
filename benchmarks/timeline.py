"""A timeline of one cold ``verify all``: where the parent's time goes and how busy the workers keep the cores.

Run from the repository root (docs/speed.md, speed54)::

    PYTHONPATH=$PWD python benchmarks/timeline.py --jobs 2     # also --jobs 1, to compare

It runs ``verify all --no-cache --jobs N --no-progress`` in this process (the report goes to stdout, the
timeline to stderr) with wrappers that record, on one monotonic clock shared by the parent and its forks:
the parent's phases (its imports, loading the catalog, the warm-up, the entries, the report) with their wall
and CPU time; the parent's CPU by kind while the entries run (forking a worker, taking an answer, storing a
verdict in the cache, looking at the workers); and each worker's span (from the call to its return, in the
worker), from which it prints how long 0, 1, 2... workers were running and the stretches a lane stood idle,
and the workers' CPU outside their calls (the kernel's count of the reaped workers less the CPU inside the calls).

Not a test and not used by one: the figures go in docs/speed.md. The wrappers add microseconds a call, and
an in-process run skips the interpreter's own start (the import floor), which ``bench.py`` measures.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T0 = time.monotonic()
CPU0 = time.process_time()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHASES: list[tuple[str, float, float]] = []  # (what, wall since T0, parent CPU since CPU0)
SPENT: collections.Counter[str] = collections.Counter()  # parent CPU by kind during the entries
CALLS: collections.Counter[str] = collections.Counter()


def mark(what: str) -> None:
    PHASES.append((what, time.monotonic() - T0, time.process_time() - CPU0))


def charged(owner: Any, name: str, kind: str) -> None:
    """Wrap ``owner.name`` so that the parent's CPU in it is added to ``kind`` (only in the parent)."""
    original, parent = getattr(owner, name), os.getpid()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            if os.getpid() == parent:
                SPENT[kind] += time.process_time() - start
                CALLS[kind] += 1

    setattr(owner, name, wrapper)


def spanned(owner: Any, name: str, log: Path) -> None:
    """Wrap ``owner.name`` (called in a worker) so that its span and CPU are appended to ``log``."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.monotonic(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            label = str(getattr(args[0], "id", name)) if args else name
            row = [name, label, start - T0, time.monotonic() - T0, time.process_time() - cpu]
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")

    setattr(owner, name, wrapper)


def occupancy(spans: list[tuple[float, float]]) -> tuple[dict[int, float], list[tuple[float, float]]]:
    """Seconds with k spans open (k = 0, 1, ...), between the first start and the last end; and the
    stretches of more than 20 ms with fewer spans open than at most (start, length)."""
    events = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    most, running, last = 0, 0, events[0][0]
    for _, step in events:
        running += step
        most = max(most, running)
    held: dict[int, float] = collections.defaultdict(float)
    idle: list[tuple[float, float]] = []
    running, last = 0, events[0][0]
    for t, step in events:
        held[running] += t - last
        if 0 < running < most and t - last > 0.02:
            idle.append((last, t - last))
        running += step
        last = t
    return dict(held), idle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (verify all --jobs)")
    args = parser.parse_args()
    mark("started")
    import verifier.cli as cli
    import verifier.commands.run as runcmd
    from verifier import cache, entryruns, loader, runner

    mark("imported the CLI and the run")
    log = Path(tempfile.mkdtemp(prefix="timeline-")) / "workers.jsonl"
    spanned(entryruns, "verify_recording", log)
    spanned(loader, "_probe", log)
    charged(runner.Worker, "__init__", "forking a worker")
    charged(runner.Worker, "outcome", "taking an answer (reading, unpickling, reaping)")
    charged(runner.Worker, "poll", "looking at a worker")
    charged(cache.ResultCache, "put", "storing a verdict in the cache")
    load = runcmd.load_catalog

    def load_catalog(*a: Any, **k: Any) -> Any:
        mark("loading the catalog (modules imported in workers; the warm-up meanwhile)")
        try:
            return load(*a, **k)
        finally:
            mark("catalog loaded")

    runcmd.load_catalog = load_catalog
    many = entryruns.run_many

    def run_many(*a: Any, **k: Any) -> Any:
        if k.get("order") is None:
            return many(*a, **k)
        mark("entries: first fork")
        SPENT.clear()
        CALLS.clear()
        start = time.process_time()
        try:
            return many(*a, **k)
        finally:
            SPENT["(all of the parent's CPU while the entries ran)"] = time.process_time() - start
            mark("entries: last answer taken")

    entryruns.run_many = run_many
    mark("run starts")
    cli.main(["all", "--no-cache", "--jobs", str(args.jobs), "--no-progress"])
    mark("report printed")
    out = sys.stderr
    print(f"\n== verify all --no-cache --jobs {args.jobs}: the parent (wall and its own CPU since start)", file=out)
    for what, wall, cpu in PHASES:
        print(f"  {wall:7.3f} s  CPU {cpu:6.3f} s  {what}", file=out)
    print("== the parent's CPU while the entries ran, by kind", file=out)
    for kind, seconds in SPENT.most_common():
        print(f"  {seconds:6.3f} s  {kind}" + (f" (x{CALLS[kind]})" if CALLS[kind] else ""), file=out)
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    inside = sum(r[4] for r in rows)
    print(f"== the workers: {reaped.ru_utime + reaped.ru_stime:.3f} s of CPU as the kernel counts it (reaped), "
          f"{inside:.3f} s inside their calls: {reaped.ru_utime + reaped.ru_stime - inside:.3f} s outside them (the "
          f"fork's copied pages, sending the answer, the exit) over {len(rows)} workers", file=out)  # fmt: skip
    for name in ("_probe", "verify_recording"):
        spans = [(r[2], r[3]) for r in rows if r[0] == name]
        if not spans:
            continue
        held, idle = occupancy(spans)
        cpu = sum(r[4] for r in rows if r[0] == name)
        first, last = min(s for s, _ in spans), max(e for _, e in spans)
        print(f"== {name}: {len(spans)} workers, {first:.3f}-{last:.3f} s, their CPU {cpu:.3f} s; seconds with k "
              f"running: " + ", ".join(f"{k}: {v:.3f}" for k, v in sorted(held.items())), file=out)  # fmt: skip
        if idle:
            print("   lanes idle > 20 ms (start, length): " + ", ".join(f"{s:.3f}+{n:.3f}" for s, n in idle), file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
