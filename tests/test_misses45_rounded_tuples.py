r"""A vector of numbers written ``\approx`` a vector of rounded numbers: a claim to the digits written (misses45).

``documents.roundedapprox`` reads ``\frac{1}{1 + e} \approx 0.2689`` as ``=`` to the digits written, so a wrong
rounding is FAILED as it is with ``=``. Softmax outputs, gains and updates are vectors, and notes write them the
same way: ``\Big(\frac{1}{1 + e}, \frac{e}{1 + e}\Big) \approx (0.2689, 0.7311)``, ``\frac13\begin{pmatrix} 2 \\ 1
\end{pmatrix} \approx (0.6667, 0.3333)^\top``. Such a link stayed SKIPPED "not an equality", right or swapped. A
member that is a tuple or column of rounded numbers, beside a member that writes a tuple or a matrix itself, is a
rounded number entry by entry: the link is checked as ``=`` (each entry to its digits). An interval or a ± beside it
(``\bar x \pm 2s \approx (0.2, 0.6)``) keeps its relation."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize(("rounded", "verdict"), [("(0.2689, 0.7311)", "PASSED"), ("(0.7311, 0.2689)", "FAILED"),
                                                  ("\\begin{pmatrix} 0.2689 \\\\ 0.7311 \\end{pmatrix}", "PASSED"),
                                                  ("(0.2689, 0.7311)^\\top", "PASSED")])
def test_a_softmax_written_approximately(rounded: str, verdict: str) -> None:
    note = f"# Two classes\n\n$$\\Big(\\frac{{1}}{{1 + e}}, \\frac{{e}}{{1 + e}}\\Big) \\approx {rounded}.$$\n"
    assert verdicts_by_line(note)[3] == [verdict]


@pytest.mark.parametrize(("rounded", "verdict"), [("(4.179, 2.022)", "PASSED"), ("(4.179, 8.090)", "FAILED")])
def test_products_of_numbers_written_approximately(rounded: str, verdict: str) -> None:
    note = f"# A step\n\nThe Hessian times the point:\n$$(4 \\cdot 1.0447,\\ 1 \\cdot 2.0224) \\approx {rounded}.$$\n"
    assert verdicts_by_line(note)[4] == [verdict]


def test_a_plus_minus_beside_a_pair_keeps_its_relation() -> None:
    note = "# An interval\n\nThe interval is $0.4 \\pm 0.2 \\approx (0.2, 0.6)$.\n"
    assert verdicts_by_line(note).get(3, ["SKIPPED"]) == ["SKIPPED"]
