r"""A name that cancels on its own side relates nothing: "a appears on one side only" is no reason there.

"$$\nabla_a L = 2(a - p) - 2(a - n) = 2(n - p)$$" with the sign of the last member flipped (``2(p - n)``) was
SKIPPED "a appear(s) on one side only and the notes do not define it: the step relates it to the other side
in a way the checker cannot see". But a cancels where it is written (``2(a-p) - 2(a-n) = 2n - 2p``): the side
does not depend on it, so it can hide no relation, and the step fails for every a. A name that the expanded
side no longer writes is not counted as written there."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.cancelled import cancelled_names
from verifier.results import Verdict

SETUP = "Let $L = \\|a - p\\|^2 - \\|a - n\\|^2$ for vectors $a, p, n$. Then\n"


def test_a_cancelled_name_is_found() -> None:
    a, p, n, q = sp.symbols("a p n q", commutative=False)  # vectors, as the notes' steps read them
    with sp.evaluate(False):
        cancels = 2 * (a - p) - 2 * (a - n)
        stays = 2 * (a - p) + 2 * (a - n) + q
    assert cancelled_names([cancels]) == {"a"}
    assert cancelled_names([stays]) == set()


def test_the_wrong_sign_after_the_cancellation_is_failed() -> None:
    steps = doc_steps(SETUP + "$$\\nabla_a L = 2(a - p) - 2(a - n) = 2(p - n)$$\n")
    assert len(steps) == 2 and steps[1].verdict is Verdict.FAILED, steps[1].message


def test_the_right_sign_is_proved() -> None:
    steps = doc_steps(SETUP + "$$\\nabla_a L = 2(a - p) - 2(a - n) = 2(n - p)$$\n")
    assert len(steps) == 2 and steps[1].verdict is Verdict.PROVED, steps[1].message


def test_a_name_that_does_not_cancel_keeps_the_reason() -> None:
    steps = doc_steps(SETUP + "$$\\nabla_a L = 2(a - p) - 2(a - n) = 2(n - p) + q$$\n")
    assert len(steps) == 2 and steps[1].verdict is not Verdict.PROVED
