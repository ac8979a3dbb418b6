r"""Inside ``\arg\max_{\mathbf b}``, a conditional the notes define and write with the variable
(``p(\mathbf{t} \mid A; \mathbf{b})``) is read with the bound variable; the data (``t = Ab + ε``, generated
by the true b) keeps the notes' meaning. Before, the definition's b stayed the true one and the
objective did not depend on the variable at all, so the step was left unchecked."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.optimum import conditional_names, multiple_of
from verifier.results import Verdict

NOTES = r"""
The targets follow the model $\mathbf{t} = \mathbf{A}\mathbf{b} + \epsilon$ with a centred Gaussian noise,
so each target has the density

$$ p\left(t_k \mid \mathbf{A}; \mathbf{b}\right) = \mathcal{N}\left(\sum_{l=1}^d b_l A_{kl}, s^2\right) $$

The samples are drawn independently, so the likelihood is the product of these densities:

$$ \arg\max_{\mathbf b} \log p\left(\mathbf{t} \mid \mathbf{A}; \mathbf{b}\right)
 = \arg\max_{\mathbf b} -\frac{N}{2}\log 2\pi s^2
   - \frac{1}{2s^2}\sum_{k=1}^N \left(t_k - \sum_{l=1}^d b_l A_{kl}\right)^2 $$
"""


def _argmax_step(text: str):  # type: ignore[no-untyped-def]
    steps = [s for s in doc_steps(text) if "arg" in s.lhs_latex]
    assert len(steps) == 1
    return steps[0]


def test_the_likelihood_written_with_the_variable_is_optimised_over_it() -> None:
    step = _argmax_step(NOTES)
    assert step.verdict is Verdict.PROVED, step.message


def test_a_sign_slip_in_the_residual_is_not_green() -> None:
    wrong = NOTES.replace(r"\left(t_k - \sum_{l=1}^d", r"\left(t_k + \sum_{l=1}^d")
    assert wrong != NOTES
    step = _argmax_step(wrong)
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_maximum_against_a_minimum_of_the_same_objective_is_not_green() -> None:
    wrong = NOTES.replace(r"= \arg\max_{\mathbf b} -\frac{N}", r"= \arg\min_{\mathbf b} -\frac{N}")
    assert wrong != NOTES
    step = _argmax_step(wrong)
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_names_written_in_a_conditional() -> None:
    assert conditional_names("p(y_|X;w)") == {"y_", "X", "w"}
    assert conditional_names("P(t=1|z)") == {"t", "1", "z"}
    assert conditional_names("w") == frozenset()


def test_a_ratio_that_changes_with_the_variable_is_no_multiple() -> None:
    b, t = sp.symbols("b t", real=True)
    # (t - b)^3 is not a constant multiple of (t - b): given up on before any cancelling
    assert multiple_of([t - b], [(t - b) ** 3], lambda e: sp.expand(e) == 0, {b}) is None
    assert multiple_of([t - b], [3 * t - 3 * b], lambda e: sp.expand(e) == 0, {b}) == 3
