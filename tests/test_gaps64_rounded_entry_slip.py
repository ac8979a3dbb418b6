r"""An entry of a vector worked from rounded numbers, off by more than their rounding carries: FAILED (gaps64).

lead63 stopped a false alarm on a softmax worked from rounded exponentials (an entry that differs from the exact
softmax only by the rounding of 2.718 … 30.193 is no mistake). The doubt compared the failing entry at the inputs'
three decimals: with two digits of one entry swapped, ``\frac{20.068}{30.193}`` for ``\frac{20.086}{30.193}``, the
entry 0.66466 "agreed to that precision" with the exact 0.66524 and the slip was SKIPPED (the base before lead63
FAILED it). The rounding of the entry's own numbers, carried through its formula (documents.propagated), moves it
by about 3·10⁻⁵; 6·10⁻⁴ is a slip no rounding makes.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""Let $\mathbf{z} = (1, 2, 3)$. Then $e^{1} \approx 2.718$, $e^2 \approx 7.389$, $e^3 \approx 20.086$, and the
sum is $2.718 + 7.389 + 20.086 = 30.193$. So

$$
\operatorname{softmax}(\mathbf{z}) = \left(\frac{2.718}{30.193}, \frac{7.389}{30.193}, \frac{20.086}{30.193}\right)
$$
"""


def test_two_digits_of_one_entry_swapped_are_failed() -> None:
    assert verdicts_by_line(NOTE.replace(r"\frac{20.086}{30.193}\right", r"\frac{20.068}{30.193}\right"))[5] == [
        "FAILED"
    ]


def test_the_right_worked_softmax_is_still_not_failed() -> None:
    assert verdicts_by_line(NOTE)[5] != ["FAILED"]


def test_a_sum_rounded_from_rounded_terms_is_no_slip() -> None:
    # 30.192 for the exact 30.1929 (truncated, or a sum of roundings): each entry moves by its carried rounding only
    note = NOTE.replace("30.193", "30.192")
    assert verdicts_by_line(note)[5] != ["FAILED"]


def test_the_same_slip_in_a_pmatrix_is_failed() -> None:
    vector = r"\begin{pmatrix} \frac{2.718}{30.193} \\ \frac{7.389}{30.193} \\ \frac{20.068}{30.193} \end{pmatrix}"
    note = NOTE.replace(r"\left(\frac{2.718}{30.193}, \frac{7.389}{30.193}, \frac{20.086}{30.193}\right)", vector)
    assert verdicts_by_line(note)[5] == ["FAILED"]
