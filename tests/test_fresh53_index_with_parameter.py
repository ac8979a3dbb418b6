r"""An index used as a number with a parameter (``q^k``, ``e^{\lambda k}``) is no typo for a score (fresh53).

A step that fails through a definition whose body uses its index as a value (``p_j = e^j / \sum_i e^i``, meant
``e^{o_j}``) is SKIPPED as a possible typo. A maximum-entropy homework's ``p_k = \frac{e^{\lambda k}}{\sum_j
e^{\lambda j}}``, or a geometric family's ``p_k = \frac{q^k}{1 + q + q^2}``, uses k as a number on purpose: the
index multiplies a parameter, or is the power of one. A wrong mean through them was SKIPPED "a typo in that
definition?". Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_GEOMETRIC = r"""
# A geometric family

For $k = 0, 1, 2$ let

$$p_k = \frac{q^k}{1 + q + q^2}$$

Its mean is

$$\sum_{k=0}^{2} k\, p_k = MEAN$$
"""

_EXPONENTIAL = r"""
# An exponential family

For $k = 0, 1, 2$ let

$$p_k = \frac{e^{\lambda k}}{\sum_{j=0}^{2} e^{\lambda j}}$$

Its mean is

$$\sum_{k=0}^{2} k\, p_k = MEAN$$
"""

_TYPO = r"""
# Softmax with a typo

For scores $o_j$ let

$$p_j = \frac{e^{j}}{\sum_{i=1}^{3} e^{i}}$$

Then

$$\sum_{j=1}^{3} j\, p_j = 2$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_wrong_mean_of_a_geometric_family_is_failed() -> None:
    text = _GEOMETRIC.replace("MEAN", r"\frac{q + q^2}{1 + q + q^2}")
    assert verdicts_by_line(text)[_line_of(text, "k\\, p_k =")] == ["FAILED"]


def test_the_right_mean_of_a_geometric_family_is_proved() -> None:
    text = _GEOMETRIC.replace("MEAN", r"\frac{q + 2q^2}{1 + q + q^2}")
    assert verdicts_by_line(text)[_line_of(text, "k\\, p_k =")] == ["PROVED"]


def test_a_wrong_mean_of_an_exponential_family_is_failed() -> None:
    text = _EXPONENTIAL.replace("MEAN", r"\frac{e^{\lambda} + e^{2\lambda}}{1 + e^{\lambda} + e^{2\lambda}}")
    assert verdicts_by_line(text)[_line_of(text, "k\\, p_k =")] == ["FAILED"]


def test_an_index_alone_as_a_number_is_still_a_possible_typo() -> None:
    verdicts = verdicts_by_line(_TYPO)[_line_of(_TYPO, "j\\, p_j =")]
    assert "FAILED" not in verdicts, verdicts
