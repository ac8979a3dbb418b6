"""ctx61: ``H(x)`` after "let $H$ be the Hessian of $f$" is the Hessian at x, never the product H·x.

Newton notes write the Hessian at the step's point: ``x - H(x)^{-1}\\nabla f(x)``, ``H^{-1}(x)``. Read as a
product, ``H(x)^{-1}`` was H·x^{-1} (an entry-wise reciprocal of a vector) and a right Newton step was FAILED. At
the Hessian's own variable the call is H; at another point it is left unread (SKIPPED, never a product).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_PLANE = """
# Newton in the plane

Let $f(x) = x_1^2 + x_1 x_2 + 2 x_2^2 - x_1$ with $x \\in \\mathbb{R}^2$, and let $H$ be the Hessian of $f$.
Newton's step from $x$ is

$$STEP$$
"""
_INVERSE = "\\begin{pmatrix} 2 & 1 \\\\ 1 & 4 \\end{pmatrix}^{-1}"
_GRADIENT = "\\begin{pmatrix} 2x_1 + x_2 - 1 \\\\ x_1 + 4x_2 \\end{pmatrix}"


def _verdicts(step: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_PLANE.replace("STEP", step))]


def test_inverse_of_the_hessian_at_x_is_proved() -> None:
    assert _verdicts(f"x - H(x)^{{-1}}\\nabla f(x) = x - {_INVERSE}{_GRADIENT}") == [Verdict.PROVED]


def test_inverse_written_before_the_point_is_proved() -> None:
    assert _verdicts(f"x - H^{{-1}}(x)\\nabla f(x) = x - {_INVERSE}{_GRADIENT}") == [Verdict.PROVED]


def test_a_wrong_step_at_x_is_failed() -> None:
    wrong = _INVERSE.replace("^{-1}", "")
    assert _verdicts(f"x - H(x)^{{-1}}\\nabla f(x) = x - {wrong}{_GRADIENT}") == [Verdict.FAILED]
    assert _verdicts(f"x - H^{{-1}}(x)\\nabla f(x) = x - {wrong}{_GRADIENT}") == [Verdict.FAILED]


def test_the_hessian_at_another_point_is_not_a_product() -> None:
    """H(x_0) is the Hessian at x_0: not read (its definition is in x), so neither a green nor a FAILED."""
    for step in (
        f"x_0 - H(x_0)^{{-1}}\\nabla f(x_0) = x_0 - {_INVERSE}{_GRADIENT}",
        f"x_0 - H(x_0)^{{-1}}\\nabla f(x_0) = x_0 - {_INVERSE.replace('^{-1}', '')}{_GRADIENT}",
    ):
        steps = doc_steps(_PLANE.replace("STEP", step))
        assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
        assert "the Hessian H at the point x_0 is not read" in (steps[0].message or "")


def test_a_bracketed_difference_after_the_hessian_is_a_product() -> None:
    """``H (x - a)`` of a Taylor term multiplies: the bracket holds no point, and the step is read as before."""
    quadratic = "\\frac{1}{2}(x - a)^T \\begin{pmatrix} 2 & 1 \\\\ 1 & 4 \\end{pmatrix} (x - a)"
    assert _verdicts(f"\\frac{{1}}{{2}}(x - a)^T H (x - a) = {quadratic}") == [Verdict.PROVED]


def test_the_hessian_is_told_whatever_its_index_letters() -> None:
    """statedentries takes index letters the notes never write: Greek ones (``\\kappa``, ``\\nu``) in notes that
    use q and u (neylon's H at line 448 was missed so)."""
    from verifier.documents.context import Definition
    from verifier.documents.hessianpoints import hessian_variable

    for q, u in (("q", "u"), ("kappa", "nu")):
        a, b = (f"\\{x}" if len(x) > 1 else x for x in (q, u))
        body = f"\\frac{{\\partial^2 f}}{{\\partial x_{{{a}}} \\partial x_{{{b}}}}}"
        assert hessian_variable(Definition(("H", ()), body, (), (q, u))) == "x"
    assert hessian_variable(Definition(("H", ()), "\\frac{\\partial f}{\\partial x_{q}}", (), ("q", "u"))) is None
