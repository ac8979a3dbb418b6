r"""A name the prose calls constant and later calls random in other words is not taken out of 𝔼.

"For a random variable $X$ and a constant $b$, …" then "Suppose instead that $b$ is also random, with
$\mathrm{Cov}(X, b) \neq 0$: $$\mathrm{Var}(X + b) = \mathrm{Var}(X).$$" — a wrong step — was PROVED "b taken out of
𝔼: the prose at line 1 calls it deterministic". A name the notes call random anywhere is not read deterministic
(sound57), but documents.expectation.called_random read only "$b$ is random", "random variable $b$" and "$b \sim";
"$b$ is also random", "$b$ is itself random" and "let $b$ be a Bernoulli variable" were missed (redlead67: lead67's
"constants $a, b$" lists widen the reach of the same gap).
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

CALLED_RANDOM = [
    "Suppose instead that $b$ is also random, with $\\mathrm{Cov}(X, b) \\neq 0$. Then",
    "Now suppose the offset $b$ is itself random and correlated with $X$. Then",
    "Now let the gate $b$ be a Bernoulli variable that is 1 exactly when $X > 0$. Then",
]


@pytest.mark.parametrize("later", CALLED_RANDOM)
def test_a_constant_the_notes_later_call_random_is_not_taken_out(later: str) -> None:
    text = (
        "For a random variable $X$ and a constant $b$, the mean is $\\mathbb{E}[X + b] = \\mathbb{E}[X] + b$.\n"
        "\n"
        f"{later}\n"
        "$$\\mathrm{Var}(X + b) = \\mathrm{Var}(X).$$\n"
    )
    assert verdicts_by_line(text)[4] != ["PROVED"]


def test_a_constant_never_called_random_is_still_taken_out() -> None:
    text = (
        "For a random variable $X$ and a constant $b$, the mean is $\\mathbb{E}[X + b] = \\mathbb{E}[X] + b$.\n"
        "\n"
        "The offset $b$ is also fixed, so\n"
        "$$\\mathrm{Var}(X + b) = \\mathrm{Var}(X).$$\n"
    )
    assert verdicts_by_line(text)[4] == ["PROVED"]
