"""A family's own index reached through a sum that binds it is not "free on one side only" (fresh65).

``r_i(a, b) = a e^{b x_i} - y_i`` defines a family; ``S(a, b) = \\frac12 \\sum_i r_i^2`` sums it. A wrong
``\\partial S / \\partial a`` was SKIPPED "the index i is free on one side only": the walk through S's
definition reached r's body and counted r's own index i as free on the left, though S's sum binds it.
"""

from support import verdicts_by_line

NOTE = r"""With the residuals $r_i(a, b) = a e^{b x_i} - y_i$ the objective is

$$S(a, b) = \frac{1}{2}\sum_{i=1}^n r_i^2 = \frac{1}{2}\sum_{i=1}^n \left(a e^{b x_i} - y_i\right)^2.$$

$$\frac{\partial S}{\partial a} = \sum_{i=1}^n \left(a e^{b x_i} - y_i\right) GRAD$$
"""


def test_a_wrong_gradient_of_a_sum_of_a_family_fails() -> None:
    verdicts = verdicts_by_line(NOTE.replace("GRAD", "a e^{b x_i}"))
    assert verdicts[5] == ["FAILED"]


def test_the_right_gradient_of_a_sum_of_a_family_is_proved() -> None:
    verdicts = verdicts_by_line(NOTE.replace("GRAD", "e^{b x_i}"))
    assert verdicts[5] == ["PROVED"]
