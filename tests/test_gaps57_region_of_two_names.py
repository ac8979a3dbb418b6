r"""A region stated by an inequality between two scalars: "for $|u| < c$" read as the region it is (gaps57).

The smooth-L1 inner derivative was SKIPPED "the notes state it under the condition $|x| < \beta$, which the
checker does not read" whether it was right or wrong (fresh54): documents.regions read a region of one name only,
and the unread condition took back every FAILED. Where every name of the condition is an undeclared real scalar
the step writes, the failing step is now checked at the points where the condition holds (each member defined
only there, as a union of intervals of one name already is): FAILED there with a counterexample inside the region,
green there where the step holds only inside it.
"""

from __future__ import annotations

from support import doc_steps

PROSE = "For a residual $u$ and a threshold $c > 0$ the loss is quadratic near zero. Inside, for $|u| < c$,"


def _step(latex: str, prose: str = PROSE) -> object:
    steps = doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


def test_a_wrong_inner_derivative_fails_inside_the_region() -> None:
    step = _step(r"\frac{d}{du}\,\frac{u^2}{2c} = \frac{u}{2c}")
    assert step.verdict.value == "FAILED", step.message
    assert "|u| < c" in step.message, step.message


def test_the_right_inner_derivative_is_green() -> None:
    step = _step(r"\frac{d}{du}\,\frac{u^2}{2c} = \frac{u}{c}")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_a_step_true_only_inside_the_region_is_not_failed() -> None:
    step = _step(r"\frac{d}{du}\max(|u|, c) = 0")
    assert step.verdict.value != "FAILED", step.message
