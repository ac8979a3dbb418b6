r"""One name given under a condition and its complement, side by side, is one piecewise definition (wrong66).

fresh71's causal attention writes the mask as ``s_{ij} = q_i \cdot k_j/\sqrt{d} \quad (j \le i), \qquad s_{ij} =
-\infty \quad (j > i)``. Each equation was read apart and for every j: s got the unmasked scores (so a_{ij} was the
unmasked softmax) and ``s_{ij} = -\infty`` was a claim of its own (ERROR). A right step over the masked outputs,
``\partial o_i/\partial s_{im} = \sum_j v_j a_{ij}(\delta_{jm} - a_{im})``, was FAILED. The two equations are the
``\begin{cases}`` the notes could have written, and are read as it is."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.latex.chains import split_chains
from verifier.latex.document import MathBlock

_MASK = r"""# Mask

Token $i$ attends to tokens $j \le i$. The scores are

$$
s_{ij} = \frac{q_i \cdot k_j}{\sqrt{d}} \quad (j \le i), \qquad s_{ij} = -\infty \quad (j > i),
$$

and the weights and outputs are

$$
a_{ij} = \frac{e^{s_{ij}}}{\sum_{l \le i} e^{s_{il}}}, \qquad o_i = \sum_{j \le i} a_{ij} v_j .
$$

Since $\partial o_i / \partial s_{im} = \sum_j v_j a_{ij}(\delta_{jm} SIGN a_{im})$, the gradient is simple.
"""


def test_a_mask_by_two_cases_is_read_as_one_definition() -> None:
    verdicts = verdicts_by_line(_MASK.replace("SIGN", "-"))
    assert verdicts.get(15) == ["PROVED"], verdicts
    assert "ERROR" not in verdicts.get(6, []) and "FAILED" not in verdicts.get(6, []), verdicts


def test_a_wrong_step_over_the_mask_still_fails() -> None:
    verdicts = verdicts_by_line(_MASK.replace("SIGN", "+"))
    assert verdicts.get(15) == ["FAILED"], verdicts


def test_the_cases_are_the_ones_written() -> None:
    row = r"f(x) = x \quad (x \ge 0), \qquad f(x) = 0 \quad (x < 0)"
    chains = split_chains(MathBlock(1, row))
    assert len(chains) == 1, chains
    member = chains[0].members[1].latex
    assert member.startswith(r"\begin{cases}") and r"x & x \ge 0" in member and r"0 & x < 0" in member, member


def test_two_names_or_one_condition_stay_apart() -> None:
    for row in (
        r"f(x) = x \quad (x \ge 0), \qquad g(x) = 0 \quad (x < 0)",
        r"f(x) = x \quad (x \ge 0), \qquad f(x) = 0",
        r"f(x) = x \quad (x \ge 0), \qquad f(x) = 0 \quad (x \ge 0)",
    ):
        assert len(split_chains(MathBlock(1, row))) == 2, row
