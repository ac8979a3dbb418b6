r"""A closed-form optimiser of an objective convex by its form is PROVED (gaps63; gaps62b left it SKIPPED).

``\arg\min_\beta J(\beta) = (X^\top X + \lambda I)^{-1}X^\top y`` with the ridge objective ``\|y - X\beta\|^2 +
\lambda\|\beta\|^2`` and ``$\lambda > 0$`` was SKIPPED "a stationary point; that it is the minimum needs the objective
convex, which is not shown". A sum of squares of affine terms plus a nonnegative multiple of a squared norm is
convex by its form (documents.convexform), and a differentiable convex function is at its minimum where its gradient
vanishes: PROVED, the reading said. Without the bound on λ, with an objective not convex by its form, for a maximum
of a convex objective, or under a constraint, it stays SKIPPED; a wrong closed form stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_SETUP = "Let $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\mathbb{R}^n$, $\\beta \\in \\mathbb{R}^d$BOUND.\n"
_RIDGE = "The ridge objective is $J(\\beta) = \\|y - X\\beta\\|^2 + \\lambda \\|\\beta\\|^2$.\n\n"
_RIGHT = "$$\\arg\\min_\\beta J(\\beta) = (X^\\top X + \\lambda I)^{-1}X^\\top y$$\n"


def _ridge(bound: str, claim: str = _RIGHT) -> list:
    return doc_steps(_SETUP.replace("BOUND", bound) + _RIDGE + claim)


def test_the_ridge_closed_form_is_proved_by_convexity() -> None:
    step = _ridge(" and $\\lambda > 0$")[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "convex" in step.message


def test_without_a_bound_on_lambda_it_stays_skipped() -> None:
    step = _ridge("")[-1]  # λ < 0 can make the objective unbounded below: the stationary point no minimum
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_wrong_closed_form_is_still_failed() -> None:
    step = _ridge(" and $\\lambda > 0$", "$$\\arg\\min_\\beta J(\\beta) = (X^\\top X)^{-1}X^\\top y$$\n")[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_the_gaussian_mean_maximises_the_concave_log_likelihood() -> None:
    text = (
        "Let $x_1, \\dots, x_n$ be samples and $\\sigma > 0$. The log-likelihood is $\\ell(\\mu) = "
        "-\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2 - n\\log\\sigma$.\n\n"
        "$$\\arg\\max_\\mu \\ell(\\mu) = \\frac{1}{n}\\sum_{i=1}^n x_i$$\n"
    )
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_stationary_point_of_an_objective_not_convex_by_its_form_stays_skipped() -> None:
    for body, value in (("t^3 - 3t", "1"), ("(t^2 - 1)^2", "0"), ("(t^2 - 1)^2", "1")):
        step = doc_steps(f"Define $g(t) = {body}$.\n\n$$\\arg\\min_t g(t) = {value}$$\n")[-1]
        assert step.verdict is Verdict.SKIPPED, (body, value, step.message)


def test_a_maximum_of_a_convex_objective_is_not_proved() -> None:
    step = doc_steps("Define $g(t) = (t - 3)^2$.\n\n$$\\arg\\max_t g(t) = 3$$\n")[-1]
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_constrained_convex_optimum_stays_skipped() -> None:
    step = doc_steps("Define $g(t) = (t - 3)^2$. Subject to $t \\geq 5$,\n\n$$\\arg\\min_t g(t) = 3$$\n")[-1]
    assert step.verdict is not Verdict.PROVED, step.message


def test_a_coefficient_read_positive_only_for_a_logarithm_proves_nothing() -> None:
    # x inside log(-x) is taken positive for want of a domain (documents.infer), yet log(-x) needs x < 0: there the
    # objective is concave and w = 1 its maximum (the positivity the notes never state is no evidence: nonnegative)
    step = doc_steps("Define $J(w) = x (w - 1)^2 + \\log(-x)$.\n\n$$\\arg\\min_w J(w) = 1$$\n")[-1]
    assert step.verdict is not Verdict.PROVED, step.message


def test_an_optimum_over_a_domain_the_notes_give_stays_skipped() -> None:
    # the stationary point of a convex objective is its minimum over the whole space only: -3 is no positive real
    for said in ("on the positive reals", "for $t > 0$", "with domain $t \\geq 0$"):
        step = doc_steps(f"Define $g(t) = (t + 3)^2$ {said}.\n\n$$\\arg\\min_t g(t) = -3$$\n")[-1]
        assert step.verdict is not Verdict.PROVED, (said, step.message)
