r"""A vector worked from rounded numbers is not FAILED for the rounding of its inputs (documents.workedrounding).

A softmax worked by hand: "$z = (1, 2, 3)$ … $e^1 \approx 2.718$ …, the sum is $30.193$", then
``\operatorname{softmax}(z) = (\frac{2.718}{30.193}, \frac{7.389}{30.193}, \frac{20.086}{30.193})``. The first entry
is 0.0900306 exactly and 0.0900209 from the rounded numbers: the step was FAILED "at n₃ = 3: left 0.09003, right
0.09002" — a false alarm on a right worked example. The same step written for one entry was PASSED "within the
rounding of the numbers written". The point of a vector stated by the notes is only its length (a size the notes
give): the rounding doubts apply to its entries too, and an entry the rounding explains is no mistake.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""Let $\mathbf{z} = (1, 2, 3)$. Then $e^{1} \approx 2.718$, $e^2 \approx 7.389$, $e^3 \approx 20.086$, and the
sum is $2.718 + 7.389 + 20.086 = 30.193$. So

$$
\operatorname{softmax}(\mathbf{z}) = \left(\frac{2.718}{30.193}, \frac{7.389}{30.193}, \frac{20.086}{30.193}\right)
$$
"""


def test_a_softmax_worked_from_rounded_exponentials_is_not_failed() -> None:
    assert verdicts_by_line(NOTE)[5] != ["FAILED"]


def test_a_wrong_entry_there_is_still_failed() -> None:
    wrong = NOTE.replace(r"\frac{2.718}{30.193}, \frac{7.389}", r"\frac{7.389}{30.193}, \frac{2.718}")
    assert verdicts_by_line(wrong)[5] == ["FAILED"]
