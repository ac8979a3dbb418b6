"""A vector the notes state in prose (``y = (0, 1)``) excuses a name written on one side of a link only when
the link was taken at the stated values; an identity link of the same chain is checked for every value of its
names, so its failure at another value of the vector is no relation the checker can see (fresh66)."""

from __future__ import annotations

from support import line_of, verdicts_by_line

#: a worked example after the general softmax cross-entropy: the label stated in words, L written out for
#: it, then the general gradient specialised to the entry and evaluated
WORKED = r"""Softmax:

$$
p_k = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}}
$$

$$
L = -\sum_{k=1}^{K} y_k \log p_k
$$

With the label $y = (0, 1)$:

$$
L = -\log p_2
$$

$$
\frac{\partial L}{\partial z_2} = p_2 - y_2 = \frac{3}{4} - 1 = -\frac{1}{4}
$$
"""


def test_identity_link_is_not_failed_at_another_value_of_the_stated_vector() -> None:
    # with L = -log p_2 (for y = (0, 1)) the gradient is p_2 - 1 = p_2 - y_2: it holds at the stated label;
    # it failed at y_2 = 0, a value the notes exclude
    verdicts = verdicts_by_line(WORKED)
    line = line_of(WORKED, r"\frac{\partial L}{\partial z_2}")
    assert "FAILED" not in verdicts[line][:1]
    assert verdicts[line][-1] == "PROVED"  # 3/4 - 1 = -1/4 is still checked


def test_wrong_identity_link_is_not_green() -> None:
    # the same link with a sign slip: not taken at the stated label either, so SKIPPED with what to write (the
    # entry on one side only), never PROVED
    wrong = WORKED.replace("= p_2 - y_2 = ", "= p_2 + y_2 = ")
    verdicts = verdicts_by_line(wrong)
    assert verdicts[line_of(wrong, r"\frac{\partial L}{\partial z_2}")][0] == "SKIPPED"
