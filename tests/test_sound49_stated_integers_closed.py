r"""documents.statedintegers makes green an exact result only where the stated values give every name it writes.

The reading checks a SKIPPED link to an exact number again at the values the prose states and takes a green there.
The check again is the chain's own reading without the doubts that run after it: "Take $x = 0$ and $y = 3$." then
``\Phi(x) + y = 3`` was PROVED with Φ read as an undeclared scalar times x (Φ(0) is ½ for the normal CDF; written
``= 3.0`` the same link is SKIPPED "holds only with Phi read as numbers"), ``\Phi(0) + y = 3`` with Φ·0, and
``p(y) \cdot 5 = 0`` after "take $y = 0$" with p·y (sound49). A link that writes a name the stated values do not
give and the notes do not define is no worked result at those values: it keeps its SKIPPED. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("note", [
    "# D\n\nTake $x = 0$ and $y = 3$.\n\n$$\\Phi(x) + y = 3$$\n",
    "# D\n\nTake $x = 0$ and $y = 3$.\n\n$$\\Phi(0) + y = 3$$\n",
    "# D\n\nLet $p(y; \\theta)$ be a density and take $y = 0$.\n\n$$p(y) \\cdot 5 = 0$$\n",
    "# D\n\nTake $w = 2$ and $x = 0$.\n\n$$w + c x = 2$$\n",
])  # fmt: skip
def test_a_name_no_stated_value_gives_keeps_the_link_skipped(note: str) -> None:
    assert doc_steps(note)[-1].verdict not in _GREEN


def test_every_name_given_keeps_the_green() -> None:
    note = "# D\n\nTake $w = 2$, $x = 1$ and $b = -1$.\n\n$$z = w x + b = 1$$\n"
    assert doc_steps(note)[-1].verdict is Verdict.PROVED


def test_a_function_the_notes_define_keeps_the_green() -> None:
    note = "# D\n\nLet $f(t) = t^2 + 1$ and take $a = 2$.\n\n$$f(a) - a = 3$$\n"
    assert doc_steps(note)[-1].verdict is Verdict.PROVED


def test_a_sum_s_own_index_is_no_free_name() -> None:
    note = "# D\n\nTake $x = (1, 2, 3)$.\n\n$$\\sum_{i=1}^{3} x_i - 1 = 5$$\n"
    assert doc_steps(note)[-1].verdict is Verdict.PROVED


def test_a_value_stated_as_a_rounding_proves_nothing() -> None:
    # w ≈ 2.5: 2w = 5 holds at the value written, not for the value rounded (as 2w = 5.0 is PASSED, approxvalues)
    step = doc_steps("# D\n\nWe find $w \\approx 2.5$.\n\n$$2w = 5$$\n")[-1]
    assert step.verdict is Verdict.PASSED
