r"""A matrix form whose X is reached only through another definition, beside samples ``x^{(i)}``: never FAILED.

"With $z_i = w^\top x^{(i)} + b$, $X$ stacks the $x^{(i)\top}$ as rows and $p = \sigma(Xw + b\mathbf 1)$":
the left side reaches the samples through z_i, the right reaches X through p, and nothing the checker
reads relates the two (the prose does). ``\frac1n\sum_i(\sigma(z_i) - y_i) = \frac1n\mathbf 1^\top(p - y)``
was FAILED (with plain ``x_i`` it was SKIPPED): the kin test compared X with the family's key ``x^()``,
never equal to a letter. Examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
Data $(x^{{(i)}}, y_i)$, $i = 1,\dots,n$. With $z_i = w^\top x^{{(i)}} + b$, $X$ stacks the $x^{{(i)\top}}$ as
rows and $p = \sigma(Xw + b\mathbf{{1}})$.

$$\frac{{1}}{{n}}\sum_{{i=1}}^n (\sigma(z_i) - y_i) = {rhs}$$
"""


def test_the_mean_residual_is_not_failed() -> None:
    step = doc_steps(_NOTES.format(rhs=r"\frac{1}{n}\mathbf{1}^\top (p - y)"))[-1]
    assert step.verdict.value != "FAILED", step.message
    assert "one side only" in step.message, step.message


def test_an_unrelated_datum_is_still_failed() -> None:
    # the right side reaches nothing of the samples' letter: the step is wrong, not a relation unseen
    notes = r"""
Data $(x^{(i)}, y_i)$, $i = 1,\dots,n$. With $z_i = w^\top x^{(i)} + b$.

$$\frac{1}{n}\sum_{i=1}^n (\sigma(z_i) - y_i) = \frac{1}{n}\sum_{i=1}^n (\sigma(z_i) + y_i)$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value == "FAILED", step.message
