r"""redteam24: a branch no random sample reaches hid a wrong value, and the step was PASSED.

Real samples stop at 10⁶, so ``Piecewise((x, x < 10^7), (2x, True)) = x`` agreed at every point, and a
branch on a tiny interval (``|x - 1/3| \le 10^{-30}``) is never drawn. The proof by cases cuts the line
at those breakpoints and saw the region's difference is not zero, but only a *point* region was taken
as a refutation: on an open interval it abstained and the step stayed green. Now an interval region
whose sides are different numbers at a point inside it is a refutation too (the step is SKIPPED with
the point, as a point region already was); a right claim by cases stays PROVED.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.documents.check import check_text
from verifier.results import Verdict

HIDDEN = """
import sympy as sp
from verifier.catalog import identity

@identity("far-branch", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    return b.claim(sp.Piecewise((x, x < 10**7), (2 * x, True)), x)

@identity("thin-branch", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    near = sp.Abs(x - sp.Rational(1, 3)) > sp.Rational(1, 10**30)
    return b.claim(sp.Piecewise((x, near), (2 * x, True)), x)

@identity("clip-right", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    return b.claim(sp.Piecewise((x, x < 10**7), (x, True)), x)
"""


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def test_a_wrong_branch_no_sample_reaches_is_not_green(make_catalog, capsys) -> None:
    root = make_catalog(claims=HIDDEN)
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", "--jobs", "1", "--no-cache"])
    results = {r["id"]: r for r in json.loads(capsys.readouterr().out)["results"]}
    for name in ("far-branch", "thin-branch"):
        assert results[name]["verdict"] not in ("PROVED", "PASSED"), results[name]
    assert results["clip-right"]["verdict"] == "PROVED"


def _steps(formula: str) -> list[tuple[Verdict, str]]:
    text = f"# Clipping\n\n$$\n{formula}\n$$\n"
    return [(s.verdict, s.message or "") for c in check_text(text, "t.md").chains for s in c.result.steps]


def test_a_far_branch_of_written_cases_is_not_green_in_notes() -> None:
    ((verdict, message),) = _steps(r"\begin{cases} x & x < 10^{7} \\ 2x & x \ge 10^{7} \end{cases} = x")
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message
    assert "10000001" in message or "differ" in message or "fails at x=10000000" in message  # its breakpoint


def test_right_cases_with_a_far_breakpoint_stay_proved_in_notes() -> None:
    ((verdict, message),) = _steps(r"\begin{cases} x & x < 10^{7} \\ x & x \ge 10^{7} \end{cases} = x")
    assert verdict is Verdict.PROVED, message
