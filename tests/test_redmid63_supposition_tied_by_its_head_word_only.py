r"""A supposition's subject is tied by its whole phrase, not by its last word alone (redmid63, on gaps63 0cfbb19b).

gaps63 keeps a FAILED after a supposition in words ("If the learning rate equals unity, then") when the prose ties
the subject only to formulas the claim does not reach. The tie used the subject's head word: "learning rate" was
tied to "the decay rate $\gamma$", while the learning rate itself is $\eta$, named in a parenthesis ("a step of size
$\eta$ (the learning rate)") that the tie does not read. So ``w_1 = w_0 - f'(w_0)`` — right for η = 1, the case the
notes state — was FAILED (SKIPPED on the base). Without the decay rate it stays SKIPPED (tied to nothing). Every
note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = """# Gradient descent on a quadratic

We minimise $f(w) = \\frac{1}{2} w^2$ from $w_0$ with a step of size $\\eta$ (the learning rate)DECAY.

The first step is $w_1 = w_0 - \\eta f'(w_0)$.

If the learning rate equals unity, then

$$w_1 = w_0 - f'(w_0) = 0.$$
"""


@pytest.mark.parametrize("decay", [", shrunk after every epoch by the decay rate $\\gamma$", ""],
                         ids=["another-rate-named", "alone"])
def test_a_step_right_in_the_case_the_words_set_is_not_failed(decay: str) -> None:
    got = verdicts_by_line(_NOTES.replace("DECAY", decay))[9]
    assert got[0] != "FAILED", got
    assert got[1] == "PROVED", got
