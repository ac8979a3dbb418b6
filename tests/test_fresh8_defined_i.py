r"""``I`` defined by a sum or an integral (``I = \sum_k p_k g_k``: the intersection of a soft Dice loss,
``I = \int_0^1 f``) is the notes' quantity, not the identity matrix: every step that wrote it was
SKIPPED ("the identity matrix I alone: its size cannot be inferred"). ``I`` elsewhere is still the
identity. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_DICE = r"""
For probabilities $p_k$ and targets $g_k$ write $I = \sum_k p_k g_k$ and $S = \sum_k p_k + \sum_k g_k$.

$$D = \frac{2I}{S}$$

$$\frac{\partial D}{\partial p_k} = {rhs}$$
"""


def _last(body: str) -> str:
    return doc_steps(body)[-1].verdict.value


def test_a_quotient_with_a_defined_intersection_is_checked() -> None:
    assert _last(_DICE.replace("{rhs}", "\\frac{2 g_k}{S} - \\frac{2I}{S^2}")) == "PROVED"


def test_a_dropped_factor_with_a_defined_intersection_fails() -> None:
    assert _last(_DICE.replace("{rhs}", "\\frac{2 g_k}{S} - \\frac{I}{S^2}")) == "FAILED"


def test_i_without_a_sum_is_still_the_identity() -> None:
    body = "Let $A \\in \\mathbb{R}^{2 \\times 2}$ and $x \\in \\mathbb{R}^2$.\n\n$$(A + I)x = Ax + x$$\n"
    assert _last(body) == "PROVED"
