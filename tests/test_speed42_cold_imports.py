"""What a cold ``verify all`` imports: the engine's odd-root check without the LaTeX front end (speed42).

``engine.check_claim`` asks ``reads_odd_root`` of every step's members; it lived in ``verifier.latex``, so the
parent's warm-up (and so every catalog run) imported the LaTeX package with its parser, its grammar tables and
lark (~0.1 s of CPU), though the catalog never reads LaTeX. The module is now ``verifier.oddroots``; the parser
still builds its odd powers with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sympy as sp
from support import GOOD_AND_BAD

from verifier.latex import parse_latex

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\nMODULES', *sorted(sys.modules))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return set(out.stdout.rsplit("MODULES", 1)[1].split())


def test_the_warm_up_checks_claims_without_importing_the_latex_front_end() -> None:
    modules = _modules_after("from verifier import entryruns\nentryruns._warm_up()")
    assert "verifier.oddroots" in modules  # the warm-up did check its claims
    assert not {m for m in modules if m == "verifier.latex" or m.startswith(("verifier.latex.", "lark"))}


def test_a_cold_verify_all_imports_neither_the_latex_front_end_nor_the_readings(make_catalog) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    modules = _modules_after(
        "from verifier.cli import main\n"
        f"main(['all', '--derivations', {str(root)!r}, '--points', '30', '--no-progress', '--no-cache'])"
    )
    assert "verifier.engine" in modules
    unused = {m for m in modules if m.startswith(("verifier.latex", "verifier.documents", "lark"))}
    assert not unused, sorted(unused)[:10]


def test_the_parser_still_reads_an_odd_root_as_the_real_root() -> None:
    x = sp.Symbol("x")
    assert parse_latex(r"\sqrt[3]{x}") == sp.sign(x) * sp.Abs(x) ** sp.Rational(1, 3)
