r"""The symmetric reading reaches the definitions a chain uses (documents.symmetricprose, resolve).

"Let $f(x) = \tfrac12 x^\top A x - b^\top x$ with $A$ symmetric, and $g = Ax - b$" then a three-row display
(exact line search). The symmetric reading replaced A by its symmetric part in the chain only: g's body kept a
general A, so the row that uses ``g = Ax - b`` failed under that reading while the row that needs A symmetric
failed under the literal one — and the correct step was FAILED with a "confirmed" counterexample. Under the
reading, every A the step reaches is symmetric now. A wrong step still fails."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = r"""\documentclass{article}
\begin{document}
Let $f(\mathbf{x}) = \frac12\mathbf{x}^\top A\mathbf{x} - \mathbf{b}^\top\mathbf{x}$ with $A$ symmetric, and
$\mathbf{g} = A\mathbf{x} - \mathbf{b}$. Along the ray,
\begin{align}
\varphi(t) &= \frac12(\mathbf{x} - t\mathbf{g})^\top A(\mathbf{x} - t\mathbf{g})
  - \mathbf{b}^\top(\mathbf{x} - t\mathbf{g}) \nonumber\\
&= f(\mathbf{x}) - t\,\mathbf{g}^\top(A\mathbf{x} - \mathbf{b}) + \frac{t^2}{2}\mathbf{g}^\top A\mathbf{g} \nonumber\\
&= f(\mathbf{x}) - t\,\mathbf{g}^\top\mathbf{g} + \frac{t^2}{2}\mathbf{g}^\top A\mathbf{g} \nonumber
\end{align}
\end{document}
"""


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


def test_the_rows_hold_with_every_a_symmetric() -> None:
    verdicts = _verdicts(_NOTES)
    assert Verdict.FAILED not in verdicts
    assert set(verdicts[-2:]) <= {Verdict.PROVED, Verdict.PASSED}, verdicts


def test_a_wrong_row_still_fails() -> None:
    row = r"&= f(\mathbf{x}) - t\,\mathbf{g}^\top\mathbf{g}"
    wrong = _NOTES.replace(row, row.replace("- t", "+ t"))
    assert _verdicts(wrong)[-1] is Verdict.FAILED


def test_without_the_statement_the_row_fails() -> None:
    assert Verdict.FAILED in _verdicts(_NOTES.replace(" with $A$ symmetric,", ","))
