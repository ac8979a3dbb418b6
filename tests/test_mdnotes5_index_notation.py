r"""Notes that say they write in index notation and write no ∑: repeated indices are summed.

Tensor-calculus notes ("we write this in index notation") define a row mean as ``m_b = \frac{1}{H}
\mathbf{1}_h x_{bh}`` and never write a ∑: the sum over the repeated h is the notation. A chain
rule such as ``\frac{\partial l}{\partial x_{pq}} = \frac{\partial l}{\partial m_b} \frac{\partial
m_b}{\partial x_{pq}}`` holds only summed over b, and was SKIPPED as "a case split the notes may
assume" (it holds where b = p only). Notes that write a ∑ anywhere sum explicitly: there a dropped ∑
is a slip, and "index notation" names no convention.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.explicitsums import index_notation, names_a_convention, written_sum_indices
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
We write the centring of a batch in index notation:

$$
\begin{aligned}
s_{b} & = \frac{1}{H} \mathbf{1}_{h} x_{b h} \\
u_{b h} & = x_{b h} - \mathbf{1}_{h} s_{b}
\end{aligned}
$$

and the loss $l$ depends on $u$. By the chain rule:

$$
\frac{\partial l}{\partial x_{p q}} = \frac{\partial l}{\partial u_{b h}} \frac{\partial u_{b h}}{\partial x_{p q}}
= \frac{\partial l}{\partial u_{b h}}\left(\delta_{b p} \delta_{h q} - \frac{\mathbf{1}_{q}}{H} \delta_{b p}\right)
= RHS
$$
"""

_RIGHT = r"\frac{\partial l}{\partial u_{p q}} - \frac{1}{H} \frac{\partial l}{\partial u_{p h}}"


def _last(rhs: str, notes: str = _NOTES) -> tuple[str, str]:
    check = check_text(notes.replace("RHS", rhs), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message


def test_index_notation_without_any_sum_names_the_convention() -> None:
    assert index_notation("Written in index notation: $m_b = x_{bh}$.")
    assert names_a_convention("We use tensor notation: $m_b = x_{bh}$.")
    assert not index_notation(r"In index notation, $m_b = \sum_h x_{bh}$.")
    assert not names_a_convention(r"In index notation, $m_b = \sum_h x_{bh}$.")
    assert written_sum_indices(r"In index notation $L = \sum_n \ell_n$.") == frozenset({"n"})
    assert not index_notation("The notes write $m_b = x_{bh}$.")


@pytest.mark.slow(3)
def test_every_index_the_answer_does_not_carry_is_summed() -> None:
    # the last link sums h in its last term, and b, h in its left member: the answer ∂l/∂x_pq keeps p, q
    verdict, message = _last(_RIGHT)
    assert verdict == "PROVED", message
    assert "summation over b, h" in message


@pytest.mark.slow(3)
def test_a_wrong_factor_is_not_green() -> None:
    verdict, message = _last(_RIGHT.replace(r"\frac{1}{H}", r"\frac{2}{H}"))
    assert verdict not in ("PROVED", "PASSED"), message
