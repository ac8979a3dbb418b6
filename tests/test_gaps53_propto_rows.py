r"""An aligned row that opens with ``\propto`` continues the chain: the ``=`` links around it are checked (gaps53).

On one line ``s(w) = 3w^2 + 6w \propto w^2 + 2w = (w + 1)^2 - 1`` is cut at the ``\propto`` (a link that is not an
equality, SKIPPED) and the ``=`` links are checked. Written as the rows of an ``align`` — ``&\propto w^2 + 2w \\ &= (w +
1)^2 - 1`` — the row holding only the ``\propto`` was taken for a statement of its own (a row of non-equalities, like
``x \le y``), kept whole as the member ``\propto w^2 + 2w``, which cannot be read: the step after it was SKIPPED and a
wrong expansion there (a posterior's, a score's) went unflagged. A row that opens with the relation continues the
chain as an ``&=`` row does.
"""

from __future__ import annotations

from support import doc_steps

ALIGNED = r"""\documentclass{article}
\begin{document}
The score is
\begin{align*}
s(w) &= 3w^2 + 6w \\
&\propto w^2 + 2w \\
&= %s \\
&= w(w + 2) .
\end{align*}
\end{document}
"""

POSTERIOR = r"""
# Posterior

$$
\begin{aligned}
p(\theta \mid x) &\propto \theta^3 (1 - \theta) \cdot 2\theta \\
&= %s \\
&\propto \theta^4 (1 - \theta) .
\end{aligned}
$$
"""


def _verdicts(notes: str, path: str) -> list[tuple[str, str, str]]:
    return [(s.lhs_latex, s.rhs_latex, s.verdict.value) for s in doc_steps(notes, path)]


def test_the_link_after_a_propto_row_is_checked() -> None:
    steps = _verdicts(ALIGNED % "(w + 1)^2 - 1", "t.tex")
    assert ("w^2 + 2w", "(w + 1)^2 - 1", "PROVED") in steps, steps
    assert any(v == "SKIPPED" and "2w" in right for _, right, v in steps)  # the \propto link itself


def test_a_wrong_link_after_a_propto_row_is_failed() -> None:
    steps = _verdicts(ALIGNED % "(w + 1)^2 + 1", "t.tex")
    assert ("w^2 + 2w", "(w + 1)^2 + 1", "FAILED") in steps, steps


def test_a_wrong_expansion_in_a_posterior_is_failed() -> None:
    steps = _verdicts(POSTERIOR % "2\\theta^4 - \\theta^5", "t.md")
    assert any(v == "FAILED" for _, _, v in steps), steps
    right = _verdicts(POSTERIOR % "2\\theta^4 - 2\\theta^5", "t.md")
    assert not any(v == "FAILED" for _, _, v in right), right


def test_a_row_of_non_equalities_alone_is_still_a_statement() -> None:
    """``a &\\le b`` with no lead relation: a statement, not a derivation (nothing to check, nothing FAILED)."""
    notes = "\\documentclass{article}\n\\begin{document}\n\\begin{align*}\na &\\le b\n\\end{align*}\n\\end{document}\n"
    assert not any(v == "FAILED" for _, _, v in _verdicts(notes, "t.tex"))
