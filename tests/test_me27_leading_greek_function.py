r"""A Greek function defined at the start of a line is applied by the claims after it on that line.

"The softplus $\zeta(x) = \log(1 + e^x)$ has $\zeta(x) - \zeta(-x) = x$." (the Deep Learning book's
notation) was FAILED: the definition held for the line's later formulas (the scope had ζ as a function),
but their members were parsed with the functions defined on *earlier* lines only, so ``\zeta(x)`` was read
as ζ times x — a Greek letter before a bracket is a product unless the notes define it as a function.
Latin letters (``f(x)``) were read as calls anyway. The wrong ``\zeta(x) + \zeta(-x) = x`` was not even a
step: read as ζx − ζx before the definition was learned, its left member was the number 0, the value of a
name (documents.inlineclaims). Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("name", [r"\zeta", r"\phi", r"\xi"])
def test_a_greek_function_defined_earlier_on_the_line_is_applied(name: str) -> None:
    notes = rf"The softplus ${name}(x) = \log(1 + e^x)$ has ${name}(x) - {name}(-x) = x$."
    (step,) = doc_steps(notes)
    assert step.verdict.value in GREEN, step.message


def test_a_wrong_identity_of_that_function_is_failed() -> None:
    (step,) = doc_steps(r"The softplus $\zeta(x) = \log(1 + e^x)$ has $\zeta(x) + \zeta(-x) = x$.")
    assert step.verdict.value == "FAILED", step.message


def test_a_greek_value_defined_on_the_line_still_multiplies_a_bracket() -> None:
    # \alpha defined as a value, then \alpha(x + 1): a product, as before
    (step,) = doc_steps(r"Write $\alpha = \beta^2$; then $\alpha(x + 1) = \beta^2 x + \beta^2$.")
    assert step.verdict.value in GREEN, step.message
