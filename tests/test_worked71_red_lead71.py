r"""Red team of lead71's two readings (commit 2a03d930): guards that each holds where a wrong number or a right step
could slip through.

documents.partlyworked reads a worked number whose inputs the prose states only in part at those, the rest free, green
only where it holds for every value of the rest. A stated value renewed later ("Now take $b_1 = 2$"), or given in
another section, must not lend the earlier example's values to a later claim. documents.functions reads
``\operatorname{lse}(0, 0)`` and ``\mathrm{softmax}(1, 2, 3)`` as functions of the vector of the listed entries: a
wrong number of them is FAILED, and a second argument that is a temperature (``\operatorname{lse}(x, 1)`` of a vector,
``\mathrm{softmax}(z, T)``) is never read as an entry (no FAILED). Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_UNIT = r"""# A hidden unit

Let $h = \tanh(w_1 x + b_1)$ and $f = \sigma(w_2 h + b_2)$.

With $w_1 = 0$ and $b_1 = 0$ we get $h = 0$.

LATER
"""


@pytest.mark.parametrize("later, line", [
    (r"With $w_1 = 0$ and $b_1 = 2$ we get $h = 0$.", 7),  # the second example's b_1 renewed
    (r"Now take $w_1 = 1$ instead: then $h = 0$ again.", 7),  # w_1 renewed, b_1 kept
    ("## Another example\n\nHere $b_1 = 2$. We get $h = 0$.", 9),  # another section's value
])
def test_a_wrong_number_after_a_renewed_value_is_not_green(later: str, line: int) -> None:
    verdicts = verdicts_by_line(_UNIT.replace("LATER", later))
    assert verdicts[5] == ["PROVED"]
    assert verdicts[line] and not set(verdicts[line]) & {"PROVED", "PASSED"}


def test_listed_entries_of_the_wrong_count_fail() -> None:
    note = ("# Softmax\n\nThen $\\mathrm{softmax}(0, 0, 0) = (0.5, 0.5, 0.5)^\\top$ and "
            "$\\operatorname{lse}(0, 0) = \\log 3$.\n")
    assert verdicts_by_line(note)[3] == ["FAILED", "FAILED"]


@pytest.mark.parametrize("note", [
    "# Smooth maximum\n\nFor a vector $x$ and a temperature $\\tau > 0$ let "
    "$\\operatorname{lse}(x, \\tau) = \\tau \\log \\sum_i e^{x_i/\\tau}$.\n"
    "At $\\tau = 1$ this is $\\operatorname{lse}(x, 1) = \\log \\sum_i e^{x_i}$.\n",
    "# Softmax with a temperature\n\nFor logits $z \\in \\mathbb{R}^K$ and a temperature $T$, "
    "$\\mathrm{softmax}(z, T)_k = \\frac{e^{z_k/T}}{\\sum_j e^{z_j/T}}$.\n"
    "With $T = 1$, $\\mathrm{softmax}(z, 1)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$.\n",
])
def test_a_temperature_argument_is_no_listed_entry(note: str) -> None:
    assert all("FAILED" not in v for v in verdicts_by_line(note).values())
