r"""Measure the catalog side on entries and claims the project did not write for itself.

Run from the repository root::

    python benchmarks/catalog_probes.py                       # benchmarks/catalog-probes
    python benchmarks/catalog_probes.py DIR --jobs 2

``DIR`` is a catalog directory (``verify all --derivations DIR``): modules named ``wrong_*.py`` hold
entries with one planted mistake each (each should be FAILED), every other module holds correct
entries (each should be PROVED or PASSED; an entry that asks for its sizes with ``b.size`` should be
PROVED for every size). ``DIR/claims.txt`` holds one-off claims for ``verify check``, one a line,
``ok|wrong<TAB>claim[<TAB>option…]``.

Prints each entry's and claim's verdict and time, then the figures: wrong entries and claims
*caught* (FAILED), *GREEN* (a wrong one PROVED/PASSED: the worst), *false alarms* (a correct one
FAILED or ERROR), correct entries that ask for sizes (and claims with ``--size``, ``--vector`` or
``--matrix``) but were not proved for every size, and the slowest. Not a test: the figures are
recorded in docs/readings.md, never asserted; ``--strict`` exits 1 on a GREEN or a false alarm.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GREEN = {"PROVED", "PASSED"}
SIZE_OPTIONS = {"--size", "--vector", "--matrix"}  # a claim with sizes should be PROVED for every size


def _verify(args: list[str]) -> tuple[dict, float]:
    """One ``verify`` run in a subprocess (this checkout on PYTHONPATH), its JSON report and wall time."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "verifier", *args, "--format", "json", "--no-progress", "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    wall = time.perf_counter() - start
    try:
        return json.loads(proc.stdout), wall
    except json.JSONDecodeError:
        return {"results": [], "error": (proc.stdout + proc.stderr).strip()[-400:]}, wall


def _expected_wrong(result: dict) -> bool:
    """An entry of a ``wrong_*.py`` module (its source is ``path/to/module.py:LINE``)."""
    return Path(result.get("source", "").rsplit(":", 1)[0]).name.startswith("wrong_")


def _asks_sizes(result: dict) -> bool:
    """The size-generic argument was tried (the builder asks for its sizes with ``b.size``)."""
    return any(step.get("method", "").startswith("for all sizes") for step in result.get("steps", ()))


def run_catalog(directory: Path, jobs: int) -> list[tuple[str, str, str, float, bool, bool]]:
    """(id, verdict, proved_for, seconds, wrong, asks sizes) for every entry of the catalog ``directory``."""
    data, _ = _verify(["all", "--derivations", str(directory), "--jobs", str(jobs)])
    if "error" in data:
        print("catalog run failed:", data["error"])
    return [
        (r["id"], r["verdict"], r.get("proved_for", ""), r.get("duration", 0.0), _expected_wrong(r), _asks_sizes(r))
        for r in data["results"]
    ]


def read_claims(path: Path) -> list[tuple[bool, list[str]]]:
    """(wrong, arguments of ``verify check``) for each line of a claims file."""
    claims = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expect, *args = line.split("\t")
        if expect not in ("ok", "wrong"):
            raise SystemExit(f"{path}: expected 'ok' or 'wrong', not {expect!r}: {line}")
        claims.append((expect == "wrong", args))
    return claims


def run_claim(args: list[str]) -> tuple[str, str, float]:
    data, wall = _verify(["check", *args])
    if not data["results"]:
        return "ERROR", data.get("error", "no result"), wall
    r = data["results"][0]
    return r["verdict"], r.get("proved_for", ""), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default=str(ROOT / "benchmarks" / "catalog-probes"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--strict", action="store_true", help="exit 1 on a GREEN or a false alarm")
    opts = parser.parse_args(argv)
    directory = Path(opts.directory)

    green: list[str] = []
    alarms: list[str] = []
    not_generic: list[str] = []
    caught = wrong_total = correct_total = 0
    timed: list[tuple[float, str]] = []

    for ident, verdict, proved_for, seconds, wrong, sized in run_catalog(directory, opts.jobs):
        print(f"{'wrong' if wrong else 'ok':5}  {verdict:8} {seconds:6.2f}s  {ident}  {proved_for}")
        timed.append((seconds, ident))
        if wrong:
            wrong_total += 1
            caught += verdict == "FAILED"
            if verdict in GREEN:
                green.append(ident)
        else:
            correct_total += 1
            if verdict not in GREEN:
                alarms.append(f"{ident}: {verdict}")
            elif sized and not proved_for.startswith("all"):
                not_generic.append(f"{ident}: {verdict} {proved_for}")

    claims_file = directory / "claims.txt"
    claims = read_claims(claims_file) if claims_file.exists() else []
    for wrong, args in claims:
        verdict, detail, seconds = run_claim(args)
        text = " ".join(args)
        print(f"{'wrong' if wrong else 'ok':5}  {verdict:8} {seconds:6.2f}s  check {text}  {detail}")
        timed.append((seconds, f"check {text}"))
        if wrong:
            wrong_total += 1
            caught += verdict == "FAILED"
            if verdict in GREEN:
                green.append(f"check {text}")
        else:
            correct_total += 1
            if verdict not in GREEN:
                alarms.append(f"check {text}: {verdict} {detail}")
            elif any(a in SIZE_OPTIONS for a in args) and not detail.startswith("all"):
                not_generic.append(f"check {text}: {verdict} {detail}")

    print()
    print(f"correct: {correct_total} (entries and claims); wrong: {wrong_total}")
    print(f"caught: {caught}/{wrong_total}")
    print(f"GREEN (a wrong one PROVED/PASSED): {len(green)}")
    for g in green:
        print("  ", g)
    print(f"false alarms (a correct one not green): {len(alarms)}")
    for a in alarms:
        print("  ", a)
    print(f"asks for sizes, not proved for every size: {len(not_generic)}")
    for n in not_generic:
        print("  ", n)
    print("slowest:", ", ".join(f"{name} {s:.1f}s" for s, name in sorted(timed, reverse=True)[:5]))
    return 1 if opts.strict and (green or alarms) else 0


if __name__ == "__main__":
    sys.exit(main())
