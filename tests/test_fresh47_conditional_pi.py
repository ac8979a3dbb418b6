r"""π written as a conditional distribution, ``\pi(a \mid s)`` or ``\pi_\theta(a \mid s)``, is the notes' policy from
there on, not 3.14159… (fresh47).

documents.namedconstants reads π as the notes' own quantity where the prose names it ("a policy $\pi$") or the
math writes it as no number can be (a tuple, a transpose). A policy-gradient note that only ever writes the policy
as ``\pi_\theta(a \mid s)`` kept the circle's constant for its bare ``\log \pi`` later on, and the worked gradient
``\nabla_\theta \log \pi = … = (2, 4)^\top`` was FAILED with the left side 0 (the gradient of a constant): a false
alarm. A number is never given a conditional bar. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.namedconstants import vector_letters

_NOTE = """# A linear policy

The policy {policy} has unit variance and its mean $\\mu = \\theta^\\top x$ linear in the features, so

$$
\\nabla_\\theta \\log \\pi = (a - \\theta^\\top x)\\, x .
$$

Take $x = (2, 1)^\\top$, $\\theta = (0.5, 0.25)^\\top$ and a sampled $a = 1.75$: the score is then

$$
\\nabla_\\theta \\log \\pi = 0.5 \\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix} = \\begin{pmatrix} 1 \\\\ 0.5 \\end{pmatrix} .
$$
"""


@pytest.mark.parametrize("policy", ["$\\pi(a \\mid s)$", "$\\pi_\\theta(a \\mid s)$", "$\\pi_{\\theta}(a|s)$"])
def test_a_policy_written_with_a_conditional_bar_is_no_constant(policy: str) -> None:
    assert vector_letters(f"For {policy} we have") == {"pi": 1}
    assert "FAILED" not in verdicts_by_line(_NOTE.replace("{policy}", policy)).get(12, ["?"])


def test_the_constant_in_brackets_stays_the_constant() -> None:
    assert vector_letters("$2\\pi(x + 1)$ and $\\pi(r^2)$ and $\\log(2\\pi)$") == {}

