r"""``x_{t-1}`` in a sum over t from 1: the family is indexed from 0 (fresh48).

An autoregression writes ``\sum_{t=1}^T x_{t-1}(x_t - \phi x_{t-1})``: at t = 1 it reads x_0, the observation the
likelihood conditions on. The inferred family ran 1..T, so every step with the lag was SKIPPED "index 0 is outside
1..3 for x" — a sign flip in the score as much as the right one. A lagged entry under a sum from 1 shows the axis
starts at 0, as an entry x_0 written out or a sum from 0 does. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# An autoregression

The conditional log-likelihood is $\\ell(\\phi) = -\\frac12\\sum_{t=1}^T (x_t - \\phi x_{t-1})^2$, so

$$\\frac{\\partial \\ell}{\\partial \\phi} = \\sum_{t=1}^T x_{t-1}(x_t - \\phi x_{t-1}) .$$
"""


def test_a_lagged_score_is_checked_with_the_family_from_zero() -> None:
    assert verdicts_by_line(_NOTE)[5] == ["PROVED"]


def test_a_sign_flip_in_the_lagged_score_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("= \\sum_{t=1}^T x_{t-1}", "= -\\sum_{t=1}^T x_{t-1}"))[5] == ["FAILED"]
