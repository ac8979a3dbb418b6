r"""A Bernoulli whose parameter is a number outside [0, 1] states no distribution (sound54).

``C \sim \mathrm{Bernoulli}(2)`` is a slip of the notes: no 0/1 variable has mean 2. documents.distributions took
it as stated, so ``\mathbb{E}[C^3] = 2`` (and ``\mathbb{E}[C] = 2``) were PROVED under the hypothesis 𝔼[C] = 2. A
parameter written as a number below 0 or above 1 gives no facts; a name or a number in [0, 1] does as before.
Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTES = """# A coin

Let $C \\sim \\mathrm{{Bernoulli}}({p})$. Then

$$
\\mathbb{{E}}[C^{k}] = {value} .
$$
"""


@pytest.mark.parametrize(("p", "k", "value"), [("2", 3, "2"), ("2", 1, "2"), ("1.5", 2, "1.5"), ("-0.5", 3, "-0.5"),
                                               ("\\frac{3}{2}", 3, "\\frac{3}{2}")])
def test_an_impossible_parameter_proves_nothing(p: str, k: int, value: str) -> None:
    assert verdicts_by_line(NOTES.format(p=p, k=k, value=value))[6][-1] not in ("PROVED", "PASSED")


@pytest.mark.parametrize(("p", "value"), [("0.3", "0.3"), ("1", "1"), ("q", "q")])
def test_a_parameter_in_the_unit_interval_gives_the_moments(p: str, value: str) -> None:
    assert verdicts_by_line(NOTES.format(p=p, k=3, value=value))[6][-1] in ("PROVED", "PASSED")
