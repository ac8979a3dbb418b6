r"""A difference "confirmed" in mpmath only because a cancellation lies beyond every precision tried (lead60).

fresh62's Chinese note (and its English twin) checks Newton's step for one-sample logistic regression,
``\ell'(w)/\ell''(w) = (\sigma(wx) - y)/(\sigma(wx)(1 - \sigma(wx))x)``, with ℓ defined through ``\log\sigma(wx)``.
At a sample point with wx ≈ −6086 the derivative's expression adds terms of size e^{6086} ≈ 10^{2643} that cancel
to a value of size one: at 40 and at 80 digits the same "1 + e^{6086} = e^{6086}" is lost the same way, so the
garbage was the same at both precisions, counted as a stable difference, and the right step came out ERROR (the
symbolic stage proved it) — or FAILED wherever the symbolic stage could not. A difference counts only at a
precision that spans the magnitudes the evaluation went through; beyond MAX_DPS the point is left undecided, and
points of moderate size settle the step. Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Newton

Let $\sigma(z) = \frac{1}{1+e^{-z}}$ and, for one sample $(x, y)$,

$$\ell(w) = -y\log\sigma(wx) - (1-y)\log\left(1-\sigma(wx)\right)$$

$$\frac{\ell'(w)}{\ell''(w)} = RIGHT$$
"""


def test_the_right_newton_step_is_not_refuted_by_a_lost_cancellation() -> None:
    got = verdicts_by_line(_NOTE.replace("RIGHT", r"\frac{\sigma(wx) - y}{\sigma(wx)\left(1-\sigma(wx)\right)x}"))
    assert got[7] == ["PROVED"]


def test_a_newton_step_without_its_x_still_fails() -> None:
    got = verdicts_by_line(_NOTE.replace("RIGHT", r"\frac{\sigma(wx) - y}{\sigma(wx)\left(1-\sigma(wx)\right)}"))
    assert got[7] == ["FAILED"]
