r"""Red-team of the listed constants (redlead67): a listed constant the notes later call random, and "non-constants".

lead67 reads every name of "constants $a, b$" / "constants $a$ and $b$" as deterministic for the whole file (name@line,
used on every later line). The only guard is documents.expectation.called_random, whose patterns miss "$b$ is also
random", "$b$ is itself random" and "let the gate $a$ be a Bernoulli variable": a wrong step about the now-random name
went from SKIPPED (base af42967e) to PROVED. (The singular "a constant $b$" already had this gap on the base: the list
reading widens its reach.) These notes' wrong steps must not be green.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

LATER_RANDOM = [
    "Suppose instead that $b$ is also random, with $\\mathrm{Cov}(X, b) \\neq 0$. Then",
    "Now suppose the offset $b$ is itself random and correlated with $X$. Then",
]


@pytest.mark.parametrize("later", LATER_RANDOM)
def test_a_listed_constant_the_notes_later_call_random_is_not_taken_out(later: str) -> None:
    text = (
        "For a random variable $X$ and constants $a$ and $b$, the mean is "
        "$\\mathbb{E}[aX + b] = a\\mathbb{E}[X] + b$.\n"
        "\n"
        f"{later}\n"
        "$$\\mathrm{Var}(aX + b) = a^2 \\mathrm{Var}(X).$$\n"
    )
    assert verdicts_by_line(text)[4] != ["PROVED"]


def test_a_listed_constant_reused_as_a_random_gate_in_another_section_is_not_taken_out() -> None:
    text = (
        "# Linearity\n"
        "\n"
        "For a random variable $X$ and constants $a, b$,\n"
        "$$\\mathbb{E}[aX + b] = a\\mathbb{E}[X] + b.$$\n"
        "\n"
        "# A random gate\n"
        "\n"
        "Now let the gate $a$ be a Bernoulli variable that is 1 exactly when $X > 0$. Then\n"
        "$$\\mathbb{E}[aX] = a\\mathbb{E}[X].$$\n"
    )
    assert verdicts_by_line(text)[9] != ["PROVED"]


def test_non_constants_are_not_constants() -> None:
    # "\bconstants" matches after the hyphen of "non-constants"
    text = (
        "Let $X$ be a random variable, and let $U, V$ be non-constants $U, V$ depending on $X$. Then\n"
        "$$\\mathbb{E}[UX + V] = U\\mathbb{E}[X] + V.$$\n"
    )
    assert verdicts_by_line(text)[2] != ["PROVED"]
