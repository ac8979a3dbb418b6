r"""An ``align`` row that starts with ``\approx`` continues the derivation above it.

Worked solutions round mid-derivation on a row of their own::

    D &= 0.5 \log\frac{0.5}{0.9} + 0.5 \log\frac{0.5}{0.1} \\
      &\approx -0.294 + 0.805 \\
      &= 0.511

A row whose only relation is a non-equality was read as a statement, so ``\approx -0.294 + 0.805`` became
one unreadable member ("relation \approx is not part of a checkable formula") and a wrong rounding on that
row (``0.294 + 0.805``, a sign lost) was never checked. A row led by ``\approx`` is a link of the chain (the
lead relation), checked to the digits written where a member is a rounded number (documents.roundedapprox).
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""Let $p = (0.5, 0.5)$ and $q = (0.9, 0.1)$. Then

$$
\begin{aligned}
D &= 0.5 \log\frac{0.5}{0.9} + 0.5 \log\frac{0.5}{0.1} \\
&\approx {row} \\
&= {last}
\end{aligned}
$$
"""


def _steps(row: str, last: str = "0.511") -> list:
    return doc_steps(_NOTES.replace("{row}", row).replace("{last}", last))


def test_a_right_rounding_row_is_green() -> None:
    steps = _steps("-0.294 + 0.805")
    assert [s.verdict.value in GREEN for s in steps[1:]] == [True, True], [s.message for s in steps]


@pytest.mark.parametrize(("row", "last"), [("0.294 + 0.805", "1.099"), ("-0.294 + 0.805", "0.151")])
def test_a_wrong_row_is_failed(row: str, last: str) -> None:
    assert any(s.verdict.value == "FAILED" for s in _steps(row, last))


def test_an_approximation_row_between_formulas_of_names_stays_unchecked() -> None:
    notes = ("For small $x$,\n\n$$\n\\begin{aligned}\nf &= \\log(1 + x) \\\\\n"
             "&\\approx x - 0.5 x^2\n\\end{aligned}\n$$\n")
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "SKIPPED", [s.message for s in steps]
