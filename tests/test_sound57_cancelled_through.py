r"""A name the step writes that the notes' definitions cancel is not "on one side only" (sound57).

sound56's first fix (reverted: it read the name as cancelled where the counterexample varied no value of it, and a
worked value held from another list item varies none either) left ``q(x_0 + h) = 6h^2`` after ``q(x) = 3(x -
x_0)^2`` SKIPPED "x_0 appears on one side only". Here the claim is read with the notes' function definitions put
in: ``3h^2 - 6h^2`` holds no x_0, so no value of it (and no relation of it the checker cannot see) makes the step
hold — FAILED. A claim that still holds the name after the definitions are put in keeps the doubt: a worked value
``x = -\frac{\ln 0.1}{2}`` after another item's ``x = \frac{\ln 2}{2}``, ``q(x_1) = 3x_1^2`` (holds at x_0 = 0).
Every note here is written for this test."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _last(body: str):
    return doc_steps(body)[-1]


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        (r"q(x) = 3(x - x_0)^2", r"q(x_0 + h) = 6h^2"),
        (r"f(x) = (x - \mu)^2", r"f'(\mu + 1) = 1"),
        (r"g(t) = e^{t - t_0}", r"g(t_0 + s) = e^{2s}"),
    ],
)
def test_a_name_the_definition_cancels_fails_for_every_value_of_it(definition: str, claim: str) -> None:
    step = _last(f"# Centred\n\nLet ${definition}$.\n\n$$\n{claim}\n$$\n")
    assert step.verdict is Verdict.FAILED, step.message


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        (r"q(x) = 3(x - x_0)^2", r"q(x_0 + h) = 3h^2"),
        (r"f(x) = (x - \mu)^2", r"f'(\mu + 1) = 2"),
    ],
)
def test_the_right_claims_stay_proved(definition: str, claim: str) -> None:
    step = _last(f"# Centred\n\nLet ${definition}$.\n\n$$\n{claim}\n$$\n")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize(
    "claim",
    [
        r"q(x_1) = 3x_1^2",  # holds at x_0 = 0: the name stays after the definition is put in
        r"q(2x_0 + h) = 3h^2",  # holds at x_0 = 0
    ],
)
def test_a_name_that_stays_keeps_the_doubt(claim: str) -> None:
    step = _last(f"# Centred\n\nLet $q(x) = 3(x - x_0)^2$.\n\n$$\n{claim}\n$$\n")
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "one side only" in step.message, step.message


def test_a_defined_name_left_in_the_claim_keeps_the_doubt() -> None:
    # c is the notes' name for something of x_0 the checker does not put in: the claim may still depend on x_0
    notes = "# Centred\n\nLet $c = 2x_0$.\n\nLet $q(x) = 3(x - x_0)^2 + c$.\n\n$$\nq(x_0 + h) = 3h^2\n$$\n"
    step = _last(notes)
    assert step.verdict is Verdict.SKIPPED, step.message


_WORKED = """# Sampling

The inverse of $F(x) = 1 - e^{-2x}$ is $x = -\\frac{\\ln(1 - u)}{2}$.

Worked draws:

1. $u = 0.5$: $x = \\frac{\\ln 2}{2} \\approx 0.3466$.
2. $u = 0.9$: $x = -\\frac{\\ln 0.1}{2} \\approx 1.1513$.
"""


def test_a_worked_value_held_from_another_item_is_no_cancelled_name() -> None:
    verdicts = [s.verdict for s in doc_steps(_WORKED)]
    assert Verdict.FAILED not in verdicts, verdicts


@pytest.mark.parametrize(
    "notes",
    [
        # a value of the name the difference still holds, stated in the list item: 3h^2 - 6h^2 is 0 at h = 0
        "# Worked\n\nLet $q(x) = 3(x - x_0)^2$.\n\n1. For $h = 0$: $q(x_0 + h) = 6h^2$.\n",
        # an equation the notes solve for h
        "# Solving\n\nLet $q(x) = 3(x - x_0)^2$. We want the $h$ with\n\n$$\nq(x_0 + h) = 6h^2 - 3\n$$\n",
        "# Solving\n\nLet $q(x) = 3(x - x_0)^2$. Solve for $h$:\n\n$$\nq(x_0 + h) = 6h^2 - 3\n$$\n",
    ],
)
def test_a_difference_that_may_vanish_at_the_notes_values_keeps_the_doubt(notes: str) -> None:
    verdicts = [s.verdict for s in doc_steps(notes)]
    assert Verdict.FAILED not in verdicts, verdicts


def test_a_difference_that_is_a_number_fails_whatever_is_stated() -> None:
    # f'(mu + 1) - 1 = 2 - 1: no value of anything makes it hold, whatever the prose says of mu or of h
    notes = "# Centred\n\nLet $f(x) = (x - \\mu)^2$ and take $h = 0$. We want\n\n$$\nf'(\\mu + 1) = 1\n$$\n"
    assert _last(notes).verdict is Verdict.FAILED, _last(notes).message


def test_a_worked_value_at_a_label_is_no_function_to_put_in() -> None:
    # V(A) = 0.468 is the value at state A, not a function V of A that is 0.468 everywhere: V(B) = 0.28 keeps its doubt
    notes = ("# Traces\n\nStart from $V(A) = 0.5$, $V(B) = 0.2$.\n\n"
             "Step 1: $V(A) = 0.5 + 0.1 \\cdot (-0.32) = 0.468$.\n\n"
             "Step 2: $V(B) = 0.2 + 0.1 \\cdot 0.8 = 0.28$.\n")  # fmt: skip
    verdicts = [s.verdict for s in doc_steps(notes)]
    assert Verdict.FAILED not in verdicts, verdicts
