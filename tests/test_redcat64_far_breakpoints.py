r"""A side that changes formula beyond every sample, at a point that is no polynomial's root (redcat64).

``Heaviside(x - 5000) = 0`` of a positive x (declared x > 0, sampled over 10⁻³ … 10³) is SKIPPED "the sides may
change formula at x = 5000, beyond every sample" (lead55, redcat62); ``Heaviside(e^x - e^{5000}) = 0``,
``|\log x - 10| = 10 - \log x``, ``\max(\log x, 8) = 8`` and ``\operatorname{sign}(\sin(x/10^4)) = 1`` were
PASSED: their breakpoints x = 5000, e^{10}, e^{8}, 10⁴π solve an equation through exp, log or sin, and only
polynomial roots were looked for. Every example is written here.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import sympy as sp
from support import check

from verifier.catalog import Claim
from verifier.cli import main
from verifier.results import Verdict


def _heaviside_exp(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.positive("x")
    return b.claim(sp.Heaviside(sp.exp(x) - sp.exp(5000)), 0)


def _abs_log(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.positive("x")
    return b.claim(sp.Abs(sp.log(x) - 10), 10 - sp.log(x))


def _max_log(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.positive("x")
    return b.claim(sp.Max(sp.log(x), 8), 8)


def _sign_sin(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.positive("x")
    return b.claim(sp.sign(sp.sin(x / 10_000)), 1)


@pytest.mark.parametrize(
    "builder", [_heaviside_exp, _abs_log, _max_log, _sign_sin], ids=["heaviside-exp", "abs-log", "max-log", "sign-sin"]
)
def test_a_formula_change_beyond_the_samples_is_not_green(builder: Callable[..., Claim]) -> None:
    result = check(builder)
    assert result.verdict is Verdict.SKIPPED, result
    assert "beyond every sample" in result.steps[0].message, result.steps[0]


def _max_log_holds(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.positive("x")
    return b.claim(sp.Max(sp.log(x), 1), sp.Max(sp.log(x), 1))


def _abs_log_inside(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.interval("x", 1, 100)  # log x - 10 < 0 on the whole declared range
    return b.claim(sp.Abs(sp.log(x) - 10), 10 - sp.log(x))


@pytest.mark.parametrize("builder", [_max_log_holds, _abs_log_inside], ids=["identical", "range-declared"])
def test_a_step_with_no_breakpoint_beyond_its_range_stays_green(builder: Callable[..., Claim]) -> None:
    assert check(builder).verdict.ok


@pytest.mark.parametrize(
    "claim",
    [
        r"\arcsin(\sin(x/1000)) = x/1000",
        r"\arccos(\cos(x/1000)) = x/1000",
        r"\arctan(\tan(x/1000)) = x/1000",
    ],
    ids=["arcsin", "arccos", "arctan"],
)
def test_an_inverse_function_leaving_its_branch_beyond_the_samples_is_not_green(
    capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """x > 0 is sampled over 10⁻³ … 10³; arcsin(sin(x/1000)) = x/1000 fails from x = 500π on, where sin(x/1000) reaches
    1 and the inverse leaves its principal branch (arctan: where tan has its pole)."""
    main(["check", claim, "--positive", "x", "--format", "json", "--no-cache", "--jobs", "1", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] == "SKIPPED", result
    assert "beyond every sample" in json.dumps(result), result


def test_an_inverse_function_inside_its_branch_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    """arcsin(x/(1 + x)) stays inside (-1, 1) for x > 0: no branch edge."""
    main(["check", r"\sin(\arcsin(\frac{x}{1+x})) = \frac{x}{1+x}", "--positive", "x", "--format", "json",
          "--no-cache", "--jobs", "1", "--points", "40"])  # fmt: skip
    assert json.loads(capsys.readouterr().out)["results"][0]["verdict"] in {"PROVED", "PASSED"}
