r"""A bold name is no index: ``\mathbf{r} = \mathbf{y} - \mathbf{X}\mathbf{w}`` defines the residual.

A letter that usually names an index (i, j, k, …, r) set equal to something not computed (``k = K + 1``,
``i = j``) is a case or a range, not a definition. The residual ``\mathbf{r}`` of a fit fell under
that rule, so it stayed free and a gradient that drops its term was PROVED: ``\partial J/\partial
\mathbf{w} = \lambda \mathbf{w}`` for ``J = \frac12 \mathbf{r}^\top \mathbf{r} + \frac\lambda2
\mathbf{w}^\top \mathbf{w}`` (found by review20c). Notes written here."""

from __future__ import annotations

from support import doc_steps

_RIDGE = r"""
# Ridge

$$\mathbf{r} = \mathbf{y} - \mathbf{X}\mathbf{w}$$

$$J(\mathbf{w}) = \frac12\mathbf{r}^\top\mathbf{r} + \frac\lambda2\mathbf{w}^\top\mathbf{w}$$

$$\frac{\partial J}{\partial \mathbf{w}} = GRADIENT$$
"""


def _last(gradient: str) -> tuple[str, str]:
    step = doc_steps(_RIDGE.replace("GRADIENT", gradient))[-1]
    return step.verdict.value, step.message


def test_a_bold_residual_is_defined_so_a_dropped_term_is_not_green() -> None:
    verdict, message = _last(r"\lambda\mathbf{w}")
    assert verdict == "FAILED", message


def test_the_gradient_through_the_residual_is_green() -> None:
    verdict, message = _last(r"-\mathbf{X}^\top\mathbf{r} + \lambda\mathbf{w}")
    assert verdict in ("PROVED", "PASSED"), message


def test_a_plain_index_letter_set_to_a_sum_of_names_is_still_no_definition() -> None:
    """``r = s + 1`` in a sentence of cases keeps the old reading: nothing here is bold."""
    step = doc_steps("Take $r = s + 1$ below.\n\n$$r - s = 1$$\n")[-1]
    assert step.verdict.value != "FAILED", step.message
