r"""A breakpoint in no closed form beyond ±10⁸ (redcat66).

:func:`verifier.breakpoints.bracketed_roots` looked for sign changes on ±10^t for t up to 8 only, so
``\operatorname{sign}(e^{x/10^9} - x/10^9 - 2)^2 = 1`` (false at x = 1.146…·10⁹ and -1.841…·10⁹, e^u = u + 2 at
u = x/10⁹) was PASSED: no point was put on either root and neither counted as a breakpoint beyond the samples.
The grid now runs to ±10¹⁰⁰. A root where float64 rounds the equation's large terms (log x - 60 near e^60) was refined
and then dropped: float64's bracket is off by more than the one ulp the refinement allowed.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from verifier.breakpoints import bracketed_roots
from verifier.cli import main


def test_roots_beyond_1e8_are_bracketed() -> None:
    x = sp.Symbol("x", real=True)
    roots = sorted(float(r) for r in bracketed_roots(sp.exp(x / 10**9) - x / 10**9 - 2, x))
    assert roots == pytest.approx([-1.8414056604369606e9, 1.1461932206205825e9], rel=1e-12)


def test_a_root_where_float64_rounds_the_equation_is_kept() -> None:
    # float64 gives log x - 60 = 0 on 60 ulps around e^60, and log x + sin(log x) - 60 changes sign 2^{-49} of x away
    # from its root: both roots were refined by mpmath, then dropped as "outside the bracket"
    x = sp.Symbol("x", positive=True)
    assert [float(r) for r in bracketed_roots(sp.log(x) - 60, x, 0.0)] == pytest.approx([1.1420073898156842e26])
    u = sp.log(x)
    assert [float(r) for r in bracketed_roots(u + sp.sin(u) - 60, x, 0.0)] == pytest.approx([2.961450945785785e26])


@pytest.mark.parametrize(
    ("claim", "options"),
    [
        (r"\operatorname{sign}(e^{x/10^9} - x/10^9 - 2)^2 = 1", ()),
        (r"|\operatorname{sign}(\log x + \operatorname{erf}(\log x) - 60)| = 1", ("--positive", "x")),
    ],
    ids=["exp-minus-line-at-1e9", "log-plus-erf-at-4e25"],
)
def test_a_claim_false_only_at_a_far_root_is_not_green(
    capsys: pytest.CaptureFixture[str], claim: str, options: tuple[str, ...]
) -> None:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *options, claim])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] not in ("PROVED", "PASSED"), result
