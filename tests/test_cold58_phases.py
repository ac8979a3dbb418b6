"""cold58: ``benchmarks/cpuprofile.py --catalog --phases`` charges each sample to the innermost phase of
``verify_entry`` on its stack, and an entry's phases add up to its CPU (docs/speed.md, cold58)."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _script() -> Any:  # the benchmarks are scripts, not modules of the package
    spec = importlib.util.spec_from_file_location("cpuprofile_under_test", ROOT / "benchmarks" / "cpuprofile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ENTRY = ("verifier/engine.py", 96, "verify_entry")
CHECK = ("verifier/engine.py", 232, "check_claim")
BALLS = ("verifier/numeric.py", 240, "ball_values")
COMPARE = ("verifier/agreement.py", 140, "compare")
BUILD = ("verifier/catalog.py", 414, "build")
GENERIC = ("verifier/catalog.py", 423, "build_generic")
SYMPY = ("sympy/core/mul.py", 205, "flatten")


def test_a_sample_is_charged_to_the_innermost_phase_on_its_stack() -> None:
    phase_of = _script().phase_of
    assert phase_of((SYMPY, BALLS, COMPARE, CHECK, ENTRY)) == "balls"  # the balls inside the judge's comparison
    assert phase_of((SYMPY, COMPARE, CHECK, ENTRY)) == "judge"
    assert phase_of((SYMPY, CHECK, ENTRY)) == "check"
    assert phase_of((SYMPY, BUILD, ENTRY)) == "build"
    assert phase_of((SYMPY, BUILD, GENERIC, ENTRY)) == "gen-build"  # build_generic builds through build
    assert phase_of((SYMPY,)) == "other"


def test_an_entrys_phases_add_up_to_its_cpu() -> None:
    table, tops = _script().phases_table({
        "a": (0.4, collections.Counter({(SYMPY, BALLS, COMPARE, CHECK, ENTRY): 3, (SYMPY, CHECK, ENTRY): 1})),
        "b": (0.2, collections.Counter({(SYMPY, BUILD, GENERIC, ENTRY): 2})),
        "c": (0.003, collections.Counter()),  # shorter than the sampling interval: no sample
    })
    assert abs(table["a"]["balls"] - 0.3) < 1e-12 and abs(table["a"]["check"] - 0.1) < 1e-12
    assert abs(table["b"]["gen-build"] - 0.2) < 1e-12
    assert table["c"]["other"] == 0.003
    assert abs(sum(table["all"].values()) - 0.603) < 1e-12
    assert abs(tops["balls"][SYMPY] - 0.3) < 1e-12
