r"""Every member of a periodic family of breakpoints inside the declared range, not only k = 0, ±1 (redcat65).

SymPy's solveset writes the roots of ``\sin x = 0`` as the family kπ; only its members k = 0, ±1 were looked at
(redcat64 left it). ``\operatorname{sign}(\sin x)^2 = 1`` on (12, 13), false at x = 4π, was PASSED, and
``\sqrt{\cos^2 x} = \cos x`` on (20π - 1.5, 20π + π/2 + 10⁻⁶), false on the sliver past 20π + π/2 that no sample
reaches, was PASSED where the argument by cases did not run (its budget cut short under load, lead55), though the
same claim near 0 is SKIPPED "beyond every sample". The members nearest a sample point and the ends of the range
are looked at now. Every example is written here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import sympy as sp
from support import check

from verifier.catalog import Builder, Claim
from verifier.engine import Settings, check_claim
from verifier.results import Verdict


def _sign_sin_far(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.interval("x", 12, 13)
    return b.claim(sp.sign(sp.sin(x)) ** 2, 1)


def _sign_cos_wide(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.interval("x", 100, 200)
    return b.claim(sp.sign(sp.cos(x)) ** 2, 1)


@pytest.mark.parametrize("builder", [_sign_sin_far, _sign_cos_wide], ids=["sin-4pi", "cos-wide"])
def test_a_kink_of_a_far_period_is_failed_there(builder: Callable[..., Claim]) -> None:
    result = check(builder)
    assert result.verdict is Verdict.FAILED, result
    assert "pi" in result.steps[0].message, result.steps[0]


def test_a_far_period_edge_beyond_the_samples_is_not_green_without_the_cases() -> None:
    """With no symbolic stage (as when its budget runs out under load, lead55), the edge 20π + π/2 of |cos x|, past
    the last sample and inside the range, is the only thing between the samples and a PASSED."""
    b = Builder()
    x = b.interval("x", 20 * math.pi - 1.5, 20 * math.pi + math.pi / 2 + 1e-6)
    (step,) = check_claim(b.claim(sp.sqrt(sp.cos(x) ** 2), sp.cos(x)), "redcat65-sliver", {}, Settings(symbolic=False))
    assert step.verdict is Verdict.SKIPPED, step
    assert "beyond every sample" in step.message and "pi" in step.message, step


def _cos_inside(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.interval("x", 20 * math.pi - 1.5, 20 * math.pi + 1.5)  # cos x > 0 on the whole range
    return b.claim(sp.sqrt(sp.cos(x) ** 2), sp.cos(x))


def _sign_sin_holds(b) -> Claim:  # type: ignore[no-untyped-def]
    x = b.interval("x", 100, 200)
    return b.claim(sp.sign(sp.sin(x)) * sp.sin(x), sp.Abs(sp.sin(x)))


@pytest.mark.parametrize("builder", [_cos_inside, _sign_sin_holds], ids=["no-edge-inside", "holds-at-every-kink"])
def test_a_step_true_at_every_member_stays_green(builder: Callable[..., Claim]) -> None:
    assert check(builder).verdict.ok
