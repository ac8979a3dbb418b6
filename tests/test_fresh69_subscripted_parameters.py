r"""A function of subscripted parameters differentiated in one of them (fresh69).

``\mathrm{KL}(\mu_1, \sigma_1) = …`` then ``\frac{\partial\,\mathrm{KL}}{\partial \mu_1} = …``: the line writes KL
alone and its parameter μ₁, as ``\partial J/\partial\theta`` writes J alone and θ. The parameter was looked for
among the names written bare, where μ₁ (a name with a digit subscript) is not, so the definition was set aside
("this line writes KL alone and none of its parameters") and the step SKIPPED, a wrong one too.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTE = r"""
For $\sigma_1, \sigma_2 > 0$,

$$
\mathrm{{KL}}(\mu_1, \sigma_1) = \log\frac{{\sigma_2}}{{\sigma_1}}
  + \frac{{\sigma_1^2 + (\mu_1 - \mu_2)^2}}{{2\sigma_2^2}} - \frac12
$$

Its gradient in the mean:

$$
\frac{{\partial\, \mathrm{{KL}}}}{{\partial \mu_1}} = \frac{{{top}}}{{\sigma_2^2}}
$$
"""


@pytest.mark.parametrize(("top", "verdict"), [(r"\mu_1 - \mu_2", Verdict.PROVED), (r"\mu_2 - \mu_1", Verdict.FAILED)])
def test_a_derivative_in_a_subscripted_parameter_uses_the_definition(top: str, verdict: Verdict) -> None:
    assert doc_steps(NOTE.format(top=top))[-1].verdict is verdict


def test_a_function_of_x_1_differentiated_in_x_1() -> None:
    got = doc_steps(
        r"""
        For real $x_1, x_2$ let $f(x_1, x_2) = x_1^2 x_2$. Then

        $$
        \frac{\partial f}{\partial x_1} = 2 x_1
        $$
        """
    )
    assert got[-1].verdict is Verdict.FAILED


@pytest.mark.parametrize(("rhs", "verdict"), [(r"2 \mu_1 \mu_2", Verdict.PROVED), (r"2 \mu_1", Verdict.FAILED)])
def test_a_greek_subscripted_parameter_is_the_greek_letter(rhs: str, verdict: Verdict) -> None:
    # the function used bare is applied to its parameters as written: mu_1 is \mu_1, not the product m u_1
    got = doc_steps(
        rf"""
        For real numbers,

        $$
        f(\mu_1, \mu_2) = \mu_1^2 \mu_2
        $$

        $$
        \frac{{\partial f}}{{\partial \mu_1}} = {rhs}
        $$
        """
    )
    assert got[-1].verdict is verdict
