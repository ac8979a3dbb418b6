"""Benchmark: what proving for every size costs a cold ``verify all --no-cache``.

Run from the repository root::

    python benchmarks/sizes_cost.py [--rounds 3]

Runs ``verify all --no-cache --jobs 1`` alternately with the size-generic argument off
(``VERIFY_SIZE_GENERIC=0``) and on, in one session, and prints wall time and CPU time (user +
system of the child processes) of each run, the medians and minima and their ratios. CPU time
is the figure to read on a shared machine: wall time also counts other people's load. Not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(generic: bool) -> tuple[float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VERIFY_SIZE_GENERIC": "1" if generic else "0"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "verifier.cli", "all", "--no-cache", "--jobs", "1", "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = out.stdout.split('"summary":', 1)[-1].split("}", 1)[0].replace("\n", "").replace(" ", "")
    return wall, cpu, summary


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for r in range(args.rounds):
        for generic in (False, True):
            wall, cpu, summary = one_run(generic)
            runs[generic].append((wall, cpu))
            state = "on " if generic else "off"
            print(f"round {r + 1} generic={state} wall {wall:6.2f} s  cpu {cpu:6.2f} s  {summary}")
    for label, k in (("wall", 0), ("cpu", 1)):
        for stat in (statistics.median, min):  # the minimum is the least disturbed by other load
            off = stat(x[k] for x in runs[False])
            on = stat(x[k] for x in runs[True])
            name = stat.__name__
            print(f"{name} {label}: off {off:.2f} s, on {on:.2f} s, difference {on - off:+.2f} s, ratio {on / off:.3f}")


if __name__ == "__main__":
    main()
