r"""A renewal of one numbered member of a family (``w_1``) taints the lines that write it, not its siblings.

lead64 learns the inline update "The first step is $w_1 = w_0 - \eta f'(w_0)$" as w_1's definition, so the display
under "If the learning rate equals unity", ``w_1 = w_0 - f'(w_0) = 0``, is a renewal of w_1 that disagrees with
it, and documents.disagreeing made every later green link that writes the letter w SKIPPED — the true ``w_0 -
f'(w_0) = 0`` too, which writes w_0 only (redmid63's test of the supposition failed on the branch's start)."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = r"""# Gradient descent on a quadratic

We minimise $f(w) = \frac{1}{2} w^2$ from $w_0$ with a step of size $\eta$ (the learning rate).

The first step is $w_1 = w_0 - \eta f'(w_0)$.

If the learning rate equals unity, then

$$w_1 = w_0 - f'(w_0) = 0.$$

$$LATER$$
"""


def test_a_sibling_of_the_renewed_member_is_not_tainted() -> None:
    got = verdicts_by_line(_NOTES.replace("LATER", "w_0 - f'(w_0) = 0"))
    assert got[9] == ["SKIPPED", "PROVED"]
    assert got[11] == ["PROVED"]


def test_a_line_writing_the_renewed_member_is_still_not_green() -> None:
    assert verdicts_by_line(_NOTES.replace("LATER", "w_1 + w_0 = w_0"))[11] == ["SKIPPED"]
