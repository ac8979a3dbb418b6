"""ctx61: a Newton step with the inverse of a Hessian the prose names is FAILED when it is wrong.

"Let $H$ be the Hessian of $f$" makes H the matrix of f's second derivatives (documents.statedentries), which the
checker computes: its symmetry is in the value, not a reading the checker may have missed. A wrong Newton step
(``Q`` written for ``Q^{-1}``) failed under the inverse and under the entry-wise reciprocal, yet was SKIPPED "the
notes may mean the entry-wise operation", because the word "Hessian" made H a matrix with a structure
(entrywiseinverse._maybe_symmetric). The right step stays PROVED; a matrix only *said* symmetric keeps the doubt.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_QUADRATIC = """
# Newton on a quadratic

Let $f(x) = \\frac{1}{2}x^T Q x - b^T x$ with $x \\in \\mathbb{R}^n$ and $Q$ a symmetric invertible $n \\times n$
matrix. Let $H$ be the Hessian of $f$.

Newton's step from $x$ lands on the minimiser:

$$x - H^{-1}\\nabla f(x) = STEP$$
"""


def test_right_newton_step_is_proved() -> None:
    steps = doc_steps(_QUADRATIC.replace("STEP", "x - Q^{-1}(Qx - b)"))
    assert [s.verdict for s in steps] == [Verdict.PROVED]


def test_newton_step_without_the_inverse_is_failed() -> None:
    steps = doc_steps(_QUADRATIC.replace("STEP", "x - Q(Qx - b)"))
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_newton_step_in_two_coordinates() -> None:
    body = """
    # Newton in the plane

    Let $f(x) = x_1^2 + x_1 x_2 + 2 x_2^2 - x_1$ with $x \\in \\mathbb{R}^2$, and let $H$ be the Hessian of $f$.
    Newton's step from $x$ is

    $$x - H^{-1}\\nabla f(x) = STEP$$
    """
    hessian = "\\begin{pmatrix} 2 & 1 \\\\ 1 & 4 \\end{pmatrix}"
    gradient = "\\begin{pmatrix} 2x_1 + x_2 - 1 \\\\ x_1 + 4x_2 \\end{pmatrix}"
    right = f"x - {hessian}^{{-1}}{gradient}"
    wrong = f"x - {hessian}{gradient}"
    assert [s.verdict for s in doc_steps(body.replace("STEP", right))] == [Verdict.PROVED]
    assert [s.verdict for s in doc_steps(body.replace("STEP", wrong))] == [Verdict.FAILED]
    lost_sign = right.replace("x - ", "x + ", 1)
    assert [s.verdict for s in doc_steps(body.replace("STEP", lost_sign))] == [Verdict.FAILED]


def test_a_matrix_only_said_symmetric_keeps_the_doubt() -> None:
    """Sigma is arbitrary (only said symmetric): the checker samples it without the structure, so a failure under
    the inverse stays SKIPPED as before (the Hessian's structure is in its value, this one's is not)."""
    steps = doc_steps("""
    Let $\\Sigma$ be a symmetric $n \\times n$ matrix and $x \\in \\mathbb{R}^n$.

    $$\\nabla_x \\left(x^T \\Sigma^{-1} x\\right) = 2\\Sigma x$$
    """)
    assert [s.verdict for s in steps] != [Verdict.FAILED]
    assert all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps)
