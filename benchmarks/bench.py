"""Benchmark: ``verify all`` against a naive ``simplify(lhs - rhs) == 0`` on the same identities.

Run from the repository root::

    python benchmarks/bench.py            # everything (the naive baseline takes minutes)
    python benchmarks/bench.py --quick    # skip the naive baseline on the whole catalog

Prints wall-clock figures and their ratio; the README quotes them. Not a test: timings depend
on the machine, so they are measured here and recorded, never asserted.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
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


def wall(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _naive_worker(entry_index: int, catalog_dir: str, out: mp.Queue) -> None:
    """The baseline: build the claim, differentiate with diff, simplify(lhs - rhs) == 0 per entry."""
    catalog = load_catalog(catalog_dir)
    entry = catalog.entries[entry_index]
    t = time.perf_counter()
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
    out.put((time.perf_counter() - t, proved))


def naive(entry_index: int, catalog_dir: str, cap: float) -> tuple[float, bool | None]:
    """Time the baseline in a child process; past ``cap`` seconds it is stopped (reported as > cap)."""
    q: mp.Queue = mp.get_context("fork").Queue()
    p = mp.get_context("fork").Process(target=_naive_worker, args=(entry_index, catalog_dir, q))
    p.start()
    p.join(cap)
    if p.is_alive():
        p.kill()
        p.join()
        return cap, None
    try:
        return q.get(timeout=5)
    except Exception:  # noqa: BLE001 - the baseline itself crashed: counted as not proved
        return cap, False


def ce_at(k: int, cap: float) -> tuple[float, str, float, bool | None]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "ce.py").write_text(textwrap.dedent(CE_MODULE.format(k=k)), encoding="utf-8")
        entry = load_catalog(tmp).entries[0]
        t = time.perf_counter()
        result = verify_entry(entry, Settings())
        ours = time.perf_counter() - t
        base, ok = naive(0, tmp, cap)
    return ours, result.verdict.value, base, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the naive baseline on the whole catalog")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a naive simplify is stopped")
    args = parser.parse_args()
    verify = str(Path(sys.executable).with_name("verify"))

    print(f"machine: {mp.cpu_count()} cores, Python {sys.version.split()[0]}, SymPy {sp.__version__}")
    print("\n== verify all on the shipped catalog (wall, including interpreter start; median)")
    cold = wall([verify, "all", "--no-cache"], args.repeat) if _has_cache_flag(verify) else None
    warm = wall([verify, "all"], args.repeat)
    if cold is not None:
        print(f"verify all --no-cache : {cold:6.2f} s")
        print(f"verify all (warm cache): {warm:6.2f} s")
    else:
        print(f"verify all            : {warm:6.2f} s")
        cold = warm

    print("\n== cross-entropy gradient d CE(y, softmax(s)) / ds = softmax(s) - y, y a probability vector")
    print(f"{'K':>4} {'verifier':>10} {'verdict':>8} {'naive simplify':>16} {'ratio':>7}")
    for k in (4, 8, 12, 16, 24):
        ours, verdict, base, ok = ce_at(k, args.cap)
        shown = f"{base:8.2f} s" + ("" if ok else " (not proved)" if ok is False else " (stopped)")
        print(f"{k:>4} {ours:8.2f} s {verdict:>8} {shown:>16} {base / ours:6.0f}x")

    if not args.quick:
        print(f"\n== naive simplify(lhs - rhs) == 0 on every step of the shipped catalog (cap {args.cap:g} s each)")
        catalog = load_catalog(ROOT / "derivations")
        total, stopped, unproved = 0.0, 0, 0
        for i, entry in enumerate(catalog.entries):
            seconds, ok = naive(i, str(ROOT / "derivations"), args.cap)
            total += seconds
            stopped += ok is None
            unproved += ok is False
            print(f"  {entry.id:45s} {seconds:7.2f} s {'proved' if ok else 'stopped' if ok is None else 'not proved'}")
        print(f"naive baseline total: {total:.1f} s ({stopped} stopped at the cap, {unproved} not proved)")
        print(f"verify all cold     : {cold:.2f} s wall  -> {total / cold:.0f}x faster")
    return 0


def _has_cache_flag(verify: str) -> bool:
    out = subprocess.run([verify, "--help"], capture_output=True, text=True, check=False).stdout
    return "--no-cache" in out


if __name__ == "__main__":
    raise SystemExit(main())
