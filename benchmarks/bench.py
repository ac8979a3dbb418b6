"""Benchmark: ``verify all`` against a naive ``simplify(lhs - rhs) == 0`` on the same identities.

Run from the repository root::

    python benchmarks/bench.py            # everything (the naive baseline takes minutes)
    python benchmarks/bench.py --quick    # skip the naive baseline on the whole catalog
    python benchmarks/bench.py --stages   # where a cold run's CPU goes, stage by stage (no timings of the CLI)

Prints wall-clock and CPU figures as ratios to the import floor (``python -c "import sympy,
numpy"``) measured in the same interleaved rounds, so that a loaded machine shifts both alike;
the README quotes them. Not a test: timings depend
on the machine, so they are measured here and recorded, never asserted.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import sympy as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verifier.catalog import explicit  # noqa: E402
from verifier.engine import Settings, verify_entry  # noqa: E402
from verifier.loader import load_catalog  # noqa: E402

CE_MODULE = """
from verifier.catalog import D, identity
from verifier.ml import cross_entropy, softmax

@identity("ce-gradient-k", title="CE gradient", statement="", source="bench", sizes={{"K": [{k}]}})
def _(b, K):
    s, y = b.vector("s", K), b.simplex("y", K)
    return b.claim(D(cross_entropy(y, softmax(s)), s), softmax(s) - y)
"""


def timed(cmd: list[str], cwd: Path = ROOT, root: Path = ROOT) -> tuple[float, float]:
    """(wall, CPU of the process and its children) of one run of ``cmd`` on the checkout ``root``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(root)}  # measure that checkout, whatever is installed
    # Bytecode is cached as for any installed package (and as the floor's SymPy and NumPy are):
    # with PYTHONDONTWRITEBYTECODE set, every run would compile the verifier again (~0.3 s CPU).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(cmd, cwd=cwd, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def interleaved(
    commands: dict[str, list[str]], repeat: int, roots: dict[str, Path] | None = None
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) of each command, run in rounds (A B C A B C ...) so that load drifts evenly."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    roots = roots or {}
    for _ in range(repeat):
        for name, cmd in commands.items():
            root = roots.get(name, ROOT)
            runs[name].append(timed(cmd, cwd=root, root=root))
    return {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for name, r in runs.items()}


def _naive_worker(entry_index: int, catalog_dir: str, out: mp.Queue, cap: float) -> None:
    """The baseline: build the claim, differentiate with diff, simplify(lhs - rhs) == 0 per entry."""
    limit = math.ceil(cap)  # of CPU time (SIGXCPU past it): a loaded machine does not stop it early
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU's default action would dump core
    resource.setrlimit(resource.RLIMIT_CPU, (limit, resource.RLIM_INFINITY))
    catalog = load_catalog(catalog_dir)
    entry = catalog.entries[entry_index]
    t, cpu = time.perf_counter(), time.process_time()
    proved = True
    for sizes in entry.instances():
        claim = entry.build(sizes)
        for _, a, b in claim.steps:
            lhs, rhs = explicit(a), explicit(b)
            if isinstance(lhs, sp.MatrixBase) != isinstance(rhs, sp.MatrixBase):  # a 1x1 matrix vs a scalar
                lhs, rhs = sp.Matrix([lhs]) if not isinstance(lhs, sp.MatrixBase) else lhs, rhs
                rhs = sp.Matrix([rhs]) if not isinstance(rhs, sp.MatrixBase) else rhs
            for constraint in (v.constraint for v in claim.variables):
                for sym, value in constraint:
                    lhs, rhs = lhs.subs(sym, value), rhs.subs(sym, value)
            d = sp.simplify(lhs - rhs)
            proved &= bool(d == 0) if not isinstance(d, sp.MatrixBase) else bool(d.is_zero_matrix)
    out.put((time.perf_counter() - t, proved, time.process_time() - cpu))


def naive(entry_index: int, catalog_dir: str, cap: float) -> tuple[float, bool | None, float | None]:
    """(wall, proved, CPU) of the baseline in a child process; past ``cap`` seconds of CPU time (or
    ten times that of wall time) it is stopped: reported as > cap, with no CPU figure."""
    q: mp.Queue = mp.get_context("fork").Queue()
    p = mp.get_context("fork").Process(target=_naive_worker, args=(entry_index, catalog_dir, q, cap))
    p.start()
    p.join(10 * cap)
    if p.is_alive() or p.exitcode == -signal.SIGXCPU:
        p.kill()
        p.join()
        return cap, None, None
    try:
        return q.get(timeout=5)
    except Exception:  # noqa: BLE001 - the baseline itself crashed: counted as not proved
        return cap, False, None


def warm_up() -> None:
    """What the CLI does once before it forks its workers (imports, SymPy's first calls): the
    cross-entropy rows then time the verification, as a worker of ``verify`` sees it, and not the
    one-time imports the first row would otherwise pay alone (~0.15 s of the K = 24 row)."""
    from verifier.entryruns import _warm_up
    from verifier.runner import preload_engine

    preload_engine()
    _warm_up()


def ce_at(k: int, cap: float, baseline: bool = True) -> tuple[float, float, str, float, bool | None, float | None]:
    """(wall, CPU, verdict) of the verifier in this process, then (wall, proved, CPU) of the baseline
    (``baseline=False``: not run, reported as (0, None, None))."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "ce.py").write_text(textwrap.dedent(CE_MODULE.format(k=k)), encoding="utf-8")
        entry = load_catalog(tmp).entries[0]
        t, cpu = time.perf_counter(), time.process_time()
        result = verify_entry(entry, Settings())
        ours, ours_cpu = time.perf_counter() - t, time.process_time() - cpu
        base, ok, base_cpu = naive(0, tmp, cap) if baseline else (0.0, None, None)
    return ours, ours_cpu, result.verdict.value, base, ok, base_cpu


def hash_seed_rows(args: argparse.Namespace) -> None:
    """The verifier's CPU on the cross-entropy rows in fresh processes under several hash seeds.

    Why: the iteration order of a set of names (SymPy's assumption facts, sets of symbols) depends
    on ``PYTHONHASHSEED``; when the path SymPy takes depends on it, so does the time, and one bench
    run sees only its own seed (the K = 24 row moved between 0.18 and 0.36 s from run to run).
    """
    print(f"\n== the verifier's CPU on the cross-entropy rows, hash seeds 0..{args.hash_seeds - 1}, fresh processes")
    for k in (int(x) for arg in args.ks for x in arg.split(",") if x):
        seconds = []
        for seed in range(args.hash_seeds):
            env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": str(seed)}
            cmd = [sys.executable, __file__, "--ce-cpu", str(k)]
            out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            seconds.append(float(out.stdout.split()[-1]) if out.returncode == 0 else math.nan)
        shown = " ".join(f"{c:.3f}" for c in seconds)
        low, mid, high = min(seconds), statistics.median(seconds), max(seconds)
        print(f"K = {k}: {shown} s CPU (min {low:.3f}, median {mid:.3f}, max {high:.3f})")


def document(steps: int, folder: Path) -> Path:
    """A generated Markdown document of ``steps`` steps (two per display, each a different identity)."""
    lines = ["```verify", "x: real", "```", ""]
    for k in range(1, steps // 2 + 1):
        lines += [f"$$(x + {k})^2 = x^2 + {2 * k} x + {k * k} = (x + {k})(x + {k})$$", ""]
    path = folder / f"steps{steps}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def cli_rows(args: argparse.Namespace, verify: str, py: str) -> dict[str, tuple[float, float]]:
    """The CLI against the import floor (interleaved rounds); returns the medians."""
    print(f"\n== the CLI against the import floor, interleaved rounds, median of {args.repeat} (wall and CPU)")
    rows = {
        "verify all --no-cache": [verify, "all", "--no-cache"],
        "verify all (warm)": [verify, "all"],
        "--no-cache --jobs 1": [verify, "all", "--no-cache", "--jobs", "1"],
        "--no-cache --jobs 2": [verify, "all", "--no-cache", "--jobs", "2"],
    }
    commands = {"import floor": [py, "-c", "import sympy, numpy"], **rows}
    roots = {name: ROOT for name in commands}
    if args.baseline is not None:
        base = args.baseline.resolve()
        commands.update({f"baseline: {name}": cmd for name, cmd in rows.items()})
        roots.update({f"baseline: {name}": base for name in rows})
        timed([verify, "all"], cwd=base, root=base)
    timed([verify, "all"])  # populate the cache for the warm rows
    got = interleaved(commands, args.repeat, roots)
    floor_wall, floor_cpu = got["import floor"]
    print(f"{'':34s} {'wall':>8s} {'x floor':>8s} {'CPU':>8s} {'x floor':>8s}")
    for name, (w, c) in got.items():
        print(f"{name:34s} {w:7.2f}s {w / floor_wall:7.1f}x {c:7.2f}s {c / floor_cpu:7.1f}x")
    for prefix in ("", "baseline: ") if args.baseline is not None else ("",):
        (j1w, j1c), (j2w, _) = got[f"{prefix}--no-cache --jobs 1"], got[f"{prefix}--no-cache --jobs 2"]
        print(f"{prefix}--jobs 2 speed-up over --jobs 1: {j1w / j2w:.2f}x wall (target >= 1.6x on an idle machine)")
        print(f"({prefix}CPU per run {j1c:.2f} s; on a loaded machine the second core is not free)")
    if args.baseline is not None:
        for name in rows:
            (w, c), (bw, bc) = got[name], got[f"baseline: {name}"]
            print(f"{name:24s} baseline/this: {bw / w:.2f}x wall, {bc / c:.2f}x CPU")

    return got


def ce_rows(args: argparse.Namespace) -> None:
    """The cross-entropy rows: the verifier in this process against the naive baseline in a child."""
    print("\n== cross-entropy gradient d CE(y, softmax(s)) / ds = softmax(s) - y, y a probability vector")
    print("(single-threaded both: CPU seconds are the figure to compare on a loaded machine; wall in brackets)")
    print(f"{'K':>4} {'verifier':>18} {'verdict':>8} {'naive simplify':>22} {'ratio (CPU)':>12}")
    warm_up()
    for k in (int(x) for arg in args.ks for x in arg.split(",") if x):
        ours, ours_cpu, verdict, base, ok, base_cpu = ce_at(k, args.cap)
        mine = f"{ours_cpu:6.2f} s ({ours:.2f} s)"
        if ok is None or base_cpu is None:
            shown, ratio = f"> {base:g} s CPU (stopped)", f">{base / ours_cpu:5.0f}x"
        else:
            shown = f"{base_cpu:6.2f} s ({base:.2f} s)" + ("" if ok else " (not proved)")
            ratio = f"{base_cpu / ours_cpu:6.0f}x"
        print(f"{k:>4} {mine:>18} {verdict:>8} {shown:>22} {ratio:>12}")


# ----------------------------------------------------------------------------------------------
# Where the CPU of a cold run goes


STAGES = ("generic build", "generic proof", "builds", "balls 128", "balls 1024", "judge", "symbolic", "other")


def _stage_worker(entry: object, fd: int) -> None:
    """In a fresh fork (as the CLI runs an entry): verify it with its stages timed in CPU seconds."""
    import pickle

    import flint

    from verifier import agreement, catalog, engine, fastpath, numeric, sizes

    acc = dict.fromkeys(STAGES, 0.0)
    acc["points 128"] = acc["points 1024"] = 0

    def timing(owner: object, name: str, stage: object) -> None:
        original = getattr(owner, name)

        def timed_call(*a: object, **k: object) -> object:
            label = stage(*a) if callable(stage) else stage
            start = time.process_time()
            try:
                return original(*a, **k)
            finally:
                acc[label] += time.process_time() - start

        setattr(owner, name, timed_call)

    def balls_stage(self: object, sample: object, cols: object) -> str:
        acc[f"points {flint.ctx.prec}"] = acc.get(f"points {flint.ctx.prec}", 0) + len(cols)  # type: ignore[arg-type]
        return f"balls {flint.ctx.prec}"

    timing(catalog.Entry, "build_generic", "generic build")
    timing(sizes, "prove_generic_claim", "generic proof")
    timing(numeric.NumericMember, "_balls", balls_stage)
    timing(agreement, "_JUDGE", "judge")
    timing(fastpath.FastPath, "prove", "symbolic")
    timing(engine, "prove_equal", "symbolic")
    timing(catalog.Entry, "build", "builds")  # build_generic calls build: subtracted below
    start = time.process_time()
    result = verify_entry(entry, Settings(member_texts=False))  # type: ignore[arg-type]
    total = time.process_time() - start
    acc["builds"] -= acc["generic build"]  # counted once, as the generic build
    acc["other"] = total - sum(acc[s] for s in STAGES if s != "other")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    acc.update(total=total, faults=usage.ru_minflt, system=usage.ru_stime, verdict=result.verdict.value)
    os.write(fd, pickle.dumps(acc))
    os._exit(0)


def stage_rows() -> None:
    """Per entry and summed: the CPU of each stage in one fresh fork per entry, after the CLI's
    warm-up (what ``verify all --no-cache --jobs 1`` does), and the parent's serial part."""
    import gc
    import pickle

    from verifier import entryruns, loader

    print("\n== where a cold run's CPU goes: one fork per entry after the CLI's warm-up (CPU seconds)")
    t0 = time.process_time()
    catalog = load_catalog(ROOT / "derivations")
    t1 = time.process_time()
    entryruns._warm_up()
    loader.before_forks()
    t2 = time.process_time()
    print(f"parent: catalog loaded {t1 - t0:.2f} s, warm-up {t2 - t1:.2f} s (the floor's imports come before both)")
    rows = []
    for entry in catalog.entries:
        read, write = os.pipe()
        gc.freeze()  # as runner._freeze_heap does before each fork
        pid = os.fork()
        if pid == 0:
            os.close(read)
            _stage_worker(entry, write)
        os.close(write)
        data = b""
        while chunk := os.read(read, 1 << 16):
            data += chunk
        os.close(read)
        os.waitpid(pid, 0)
        if not data:  # the worker died (memory, a signal): say so rather than stop the table
            print(f"{entry.id}: the worker ended without a result")
            continue
        rows.append((entry.id, pickle.loads(data)))
    columns = ("total", *STAGES)
    print(f"{'entry':42s}" + "".join(f"{c:>14s}" for c in columns) + f"{'faults':>8s}  verdict")
    for ident, acc in sorted(rows, key=lambda r: -r[1]["total"]):
        cells = "".join(f"{acc[c]:14.3f}" for c in columns)
        print(f"{ident:42s}{cells}{acc['faults']:8d}  {acc['verdict']}")
    sums = {c: sum(acc[c] for _, acc in rows) for c in (*columns, "faults", "system", "points 128", "points 1024")}
    print(f"{'sum':42s}" + "".join(f"{sums[c]:14.3f}" for c in columns) + f"{int(sums['faults']):8d}")
    print("share of the workers' CPU: " + ", ".join(f"{c} {sums[c] / sums['total']:.0%}" for c in STAGES))
    print(f"ball points judged: {int(sums['points 128'])} at 128 bits, {int(sums['points 1024'])} again at 1024 bits")
    print(f"system time of the workers (page faults above, forks, pipes): {sums['system']:.2f} s")
    fixed_cost_rows(len(rows))


def _nothing() -> int:
    return 0


def fixed_cost_rows(n: int) -> None:
    """What the runner itself costs per worker, whatever the entry: ``n`` calls that do nothing,
    each in a worker of ``runner.run_many`` as the CLI forks them (fork of this warmed-up process,
    the worker's watcher, the stage pipe, the reap and the scan for escaped processes), three
    rounds; CPU of this process and of the workers (their watchers included)."""
    from verifier import runner

    def usage() -> tuple[float, float, int]:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime, kids.ru_minflt

    parent, children, faults = [], [], []
    for _ in range(3):
        before = usage()
        runner.run_many([(_nothing, ())] * n, jobs=1)
        after = usage()
        parent.append(after[0] - before[0])
        children.append(after[1] - before[1])
        faults.append((after[2] - before[2]) / n)
    p, c = statistics.median(parent), statistics.median(children)
    print(
        f"fixed cost of {n} workers that do nothing (median of 3): parent {p:.3f} s, workers {c:.3f} s of CPU "
        f"({1000 * (p + c) / n:.1f} ms per worker; {statistics.median(faults):.0f} minor faults each)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the naive baseline on the whole catalog")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the interleaved CLI timings (median)")
    parser.add_argument("--cap", type=float, default=60.0, help="CPU seconds before a naive simplify is stopped")
    parser.add_argument(
        "--ks",
        nargs="+",
        default=["24", "64", "128"],
        help="sizes K of the cross-entropy rows (`--ks 24 64 128` or `--ks 24,64`)",
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI rounds (only the cross-entropy rows)")
    parser.add_argument("--doc-steps", type=int, default=1000, help="steps of the generated document (0: skip)")
    parser.add_argument(
        "--stages", action="store_true", help="only where a cold run's CPU goes, stage by stage (per entry)"
    )
    parser.add_argument(
        "--hash-seeds",
        type=int,
        default=0,
        metavar="N",
        help="also time the verifier on the cross-entropy rows in fresh processes under PYTHONHASHSEED 0..N-1",
    )
    parser.add_argument("--ce-cpu", type=int, help=argparse.SUPPRESS)  # one row's CPU, for --hash-seeds
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout (e.g. `git worktree add /tmp/base main`) timed in the same rounds: before/after",
    )
    args = parser.parse_args()
    verify = str(Path(sys.executable).with_name("verify"))
    py = sys.executable

    if args.ce_cpu is not None:
        warm_up()
        _, ours_cpu, verdict, *_ = ce_at(args.ce_cpu, 0.0, baseline=False)
        print(verdict, ours_cpu)
        return 0
    print(f"machine: {mp.cpu_count()} cores, Python {sys.version.split()[0]}, SymPy {sp.__version__}")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (ratios are what to compare)")
    if args.stages:
        stage_rows()
        return 0
    got = cli_rows(args, verify, py) if not args.no_cli else None
    ce_rows(args)
    if args.hash_seeds:
        hash_seed_rows(args)

    if args.doc_steps:
        with tempfile.TemporaryDirectory() as tmp:
            path = document(args.doc_steps, Path(tmp))
            w, c = timed([verify, "doc", "--no-cache", "--no-progress", str(path)], cwd=Path(tmp))
        print(f"\n== a generated {args.doc_steps}-step document (target <= 20 s on 2 cores)")
        print(f"verify doc: {w:.1f} s wall, {c:.1f} s CPU")

    if not args.quick and got is not None:
        cold = got["verify all --no-cache"][0]
        print(f"\n== naive simplify(lhs - rhs) == 0 on every step of the shipped catalog (cap {args.cap:g} s each)")
        catalog = load_catalog(ROOT / "derivations")
        total, stopped, unproved = 0.0, 0, 0
        for i, entry in enumerate(catalog.entries):
            seconds, ok, _ = naive(i, str(ROOT / "derivations"), args.cap)
            total += seconds
            stopped += ok is None
            unproved += ok is False
            print(f"  {entry.id:45s} {seconds:7.2f} s {'proved' if ok else 'stopped' if ok is None else 'not proved'}")
        print(f"naive baseline total: {total:.1f} s ({stopped} stopped at the cap, {unproved} not proved)")
        print(f"verify all cold     : {cold:.2f} s wall  -> {total / cold:.0f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
