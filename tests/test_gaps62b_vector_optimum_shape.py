r"""An optimum over a vector is a vector (gaps62b, item 2).

``\arg\min_\beta J(\beta) = (X^\top X + \lambda I)^{-1} X^\top y`` with J a defined ridge objective of a vector β was
SKIPPED "shape mismatch: the left member is a scalar": documents.optimum resolves the optimum over β, but its value
(an OptimumValue) was given no shape, so the shape check called it a scalar against the 2×1 right member. The optimum
has its variable's shape; an optimum over a scalar stays a scalar against a vector (a real mismatch).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

RIDGE = (
    "Let $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\mathbb{R}^n$, $\\beta \\in \\mathbb{R}^d$ and $\\lambda > 0$.\n"
    "The ridge objective is $J(\\beta) = \\|y - X\\beta\\|^2 + \\lambda \\|\\beta\\|^2$.\n\n"
)


def test_an_optimum_over_a_vector_is_no_scalar_against_a_vector() -> None:
    steps = doc_steps(RIDGE + "$$\\arg\\min_\\beta J(\\beta) = (X^\\top X + \\lambda I)^{-1}X^\\top y$$\n")
    assert "shape mismatch" not in steps[-1].message, steps[-1].message


def test_an_optimum_over_a_scalar_against_a_vector_is_still_a_mismatch() -> None:
    steps = doc_steps("Let $y \\in \\mathbb{R}^n$ and $t \\in \\mathbb{R}$. Define $g(t) = (t - 1)^2$.\n\n"
                      "$$\\arg\\min_t g(t) = y$$\n")  # fmt: skip
    assert "shape" in steps[-1].message, steps[-1].message


def test_a_minimum_value_over_a_vector_stays_a_scalar() -> None:
    # \min_\beta J(\beta): the objective's least value (documents.minima), a number, not the optimiser
    steps = doc_steps(RIDGE + "$$\\min_\\beta J(\\beta) = \\min_\\beta \\left(J(\\beta) + 1\\right) - 1$$\n")
    assert "shape mismatch" not in steps[-1].message, steps[-1].message


# A closed-form optimiser is checked by the objective's gradient there (documents.optimum.stationarity): FAILED where
# it is not 0 (no interior optimum of a differentiable objective there), SKIPPED where it is (convexity not shown),
# never PROVED from stationarity alone.


def test_a_wrong_closed_form_optimiser_is_failed() -> None:
    steps = doc_steps(RIDGE + "$$\\arg\\min_\\beta J(\\beta) = (X^\\top X)^{-1}X^\\top y$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
    assert "gradient" in steps[-1].message


def test_the_right_closed_form_is_skipped_saying_convexity_is_missing() -> None:
    # without λ > 0 the objective is not convex by its form (with it: PROVED, tests/test_gaps63_convex_closed_form.py)
    unbounded = RIDGE.replace(" and $\\lambda > 0$", "")
    steps = doc_steps(unbounded + "$$\\arg\\min_\\beta J(\\beta) = (X^\\top X + \\lambda I)^{-1}X^\\top y$$\n")
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message
    assert "convex" in steps[-1].message


def test_a_scalar_optimiser_off_the_stationary_point_is_failed() -> None:
    steps = doc_steps("Define $g(t) = (t - 3)^2$.\n\n$$\\arg\\min_t g(t) = 2$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_constrained_optimum_is_not_failed() -> None:
    # PCA: the maximiser of w^T S w subject to ||w|| = 1 is no stationary point of w^T S w
    steps = doc_steps("Let $S \\in \\mathbb{R}^{d \\times d}$ and $w, v \\in \\mathbb{R}^d$. Define "
                      "$F(w) = w^\\top S w$. Subject to $\\|w\\| = 1$,\n\n$$\\arg\\max_w F(w) = v$$\n")  # fmt: skip
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_a_kinked_objective_is_not_failed() -> None:
    steps = doc_steps("Define $h(t) = |t - 3|$.\n\n$$\\arg\\min_t h(t) = 3$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message
    assert steps[-1].verdict is not Verdict.PROVED, steps[-1].message
