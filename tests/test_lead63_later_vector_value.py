r"""A vector stated for a name in a later example does not reshape the name where a number was stated before.

CS231n-style notes work ``f(x, y, z) = (x + y)z`` "with $x = -2$, $y = 5$, $z = -4$" (forward: $q = x + y = 3$),
then, paragraphs later, a sigmoid neuron "with $w = (2, -3, -3)$, $x = (-1, -2)$". The later vector was among the
values of every chain of the document, so x was inferred a 2×1 vector in the first example too and
``q = x + y = 3`` was SKIPPED "the shapes inferred … do not fit" (a wrong ``q = x + y = 4`` too): a later
definition changed how earlier lines were read (issue 8 §4). A number stated for the name before the chain is the
value in force there; the later vector is a later example's.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Backprop by hand

Consider $f(x, y, z) = (x + y) z$ with $x = -2$, $y = 5$, $z = -4$.

Forward: $q = x + y = 3$, $f = q z = -12$.

A sigmoid neuron: $f(w, x) = \frac{1}{1 + e^{-(w_0 x_0 + w_1 x_1 + w_2)}}$ with $w = (2, -3, -3)$, $x = (-1, -2)$.
The input to the sigmoid is $2 \cdot (-1) + (-3)(-2) + (-3) = 1$.
"""


def test_the_first_examples_sum_is_checked_at_its_own_numbers() -> None:
    assert verdicts_by_line(NOTE)[5][:2] == ["SKIPPED", "PROVED"]  # q's definition, then x + y = 3


def test_the_later_vector_is_still_the_later_examples_value() -> None:
    assert verdicts_by_line(NOTE.replace("(-3) = 1$", "(-3) = 1.0$"))[8] == ["PROVED"]
    assert verdicts_by_line(NOTE.replace("(-3) = 1$", "(-3) = 2.0$"))[8] == ["FAILED"]
