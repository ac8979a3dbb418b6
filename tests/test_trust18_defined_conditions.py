r"""A condition the prose states on a name the notes define is applied as a point filter (trust18).

"For $z > 0$:" with ``z = wx + b`` defined earlier: z is no free quantity, so the stated range could not
become its domain, and the correct ReLU step ``\frac{\partial}{\partial w}\max(0, z) = x`` was SKIPPED "holds
only with the quantities positive". The condition is now checked at the points where it holds once the
definition is substituted (too few such points: SKIPPED, never green); a wrong step under it is FAILED with a
counterexample inside the region. A condition the prose negates or sends elsewhere is not applied.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _relu(lead: str, step: str) -> str:
    return f"# ReLU\n\nLet $z = wx + b$ and $h = \\max(0, z)$.\n\n{lead}\n\n$${step}$$\n"


@pytest.mark.parametrize("lead", ["For $z > 0$:", "When $z > 0$, we get", "If $z > 0$ then"])
def test_the_correct_step_under_the_stated_condition_is_green(lead: str) -> None:
    (r,) = doc_steps(_relu(lead, r"\frac{\partial}{\partial w}\max(0, z) = x"))
    assert r.verdict in GREEN, r.message
    assert "z > 0" in r.message and "as the notes state" in r.message, r.message


def test_a_wrong_step_under_the_stated_condition_is_failed_inside_the_region() -> None:
    (r,) = doc_steps(_relu("For $z > 0$:", r"\frac{\partial}{\partial w}\max(0, z) = -x"))
    assert r.verdict is Verdict.FAILED, r.message
    assert r.counterexample is not None
    point = {name: float(value) for name, value in r.counterexample.point}
    assert point["w"] * point["x"] + point["b"] > 0, point


def test_the_other_branch_is_green_under_its_own_condition() -> None:
    (r,) = doc_steps(_relu("For $z < 0$:", r"\frac{\partial}{\partial w}\max(0, z) = 0"))
    assert r.verdict in GREEN, r.message


@pytest.mark.parametrize("lead", [
    "It is not true that for $z > 0$:",
    "Except when $z > 0$, we have",
    "The case $z > 0$ is analogous; in general",
])  # fmt: skip
def test_a_negated_or_elsewhere_condition_is_not_applied(lead: str) -> None:
    (r,) = doc_steps(_relu(lead, r"\frac{\partial}{\partial w}\max(0, z) = x"))
    assert r.verdict not in GREEN, r.message


def test_too_few_points_in_the_region_is_never_green() -> None:
    text = ("# Narrow\n\nLet $z = w^2 + x^2 + b^2$.\n\nFor $z < 0$:\n\n"
            "$$\\frac{\\partial}{\\partial w}\\max(0, z) = 5$$\n")
    (r,) = doc_steps(text)
    assert r.verdict is Verdict.SKIPPED and "too few sample points" in r.message, r.message


def _leaky(step: str) -> str:
    return ("# Leaky ReLU\n\nLet $z = wx + b$ and $h = \\max(0.1 z, z)$.\n\nWhen $z < 0$, we have\n\n"
            f"$${step}$$\n")


def test_a_condition_reached_through_a_definition_the_chain_writes() -> None:
    (r,) = doc_steps(_leaky(r"\frac{\partial h}{\partial w} = 0.1 x"))  # was FAILED at a point with z > 0
    assert r.verdict in GREEN, r.message


def test_a_wrong_branch_is_failed_not_excused_by_positive_quantities() -> None:
    (r,) = doc_steps(_leaky(r"\frac{\partial h}{\partial w} = x"))  # was SKIPPED "holds only … positive"
    assert r.verdict is Verdict.FAILED, r.message
    point = {name: float(value) for name, value in r.counterexample.point}
    assert point["w"] * point["x"] + point["b"] < 0, point
