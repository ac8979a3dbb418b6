r"""A worked value at a stated vector whose length fixes a size is judged to its rounding (fresh42).

``\mathrm{KL}(q \,\|\, u) = 1.0986 - 1.0397`` for the stated ``q = (\tfrac12, \tfrac14, \tfrac14)`` (``u_k = 1/K``):
the exact 0.058892 against 0.0589, the difference of two four-place roundings (of log 3 and of 1.5 log 2). K, the
number of values of q's index, is given by the stated vector's length, yet it is in the counterexample's point, and a
worked number "at a point" with names left was no rounding: FAILED on a correct note. A size the notes fix (one value)
is a value the notes give, as the stated q is. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# KL

For $q$ on $K$ outcomes, $H(q) = -\sum_k q_k \log q_k$ and, with $u_k = 1/K$,

$$\mathrm{KL}(q \,\|\, u) = \sum_k q_k \log\frac{q_k}{1/K} .$$

## Numbers

For $q = (\tfrac12, \tfrac14, \tfrac14)$, $H(q) = \tfrac32\log 2 \approx 1.0397$ and $\log 3 \approx 1.0986$:

$$\mathrm{KL}(q \,\|\, u) = 1.0986 - 1.0397 = VALUE .$$
"""


def test_the_rounded_difference_passes() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "0.0589"))[11] == ["PASSED", "PROVED"]


def test_a_wrong_value_is_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "0.0689").replace("1.0986 - 1.0397", "1.0986 - 1.0297"))[11][0] \
        == "FAILED"
