r"""Worked values written with a decimal comma, as LaTeX notes in German, French, Spanish or Portuguese write them
(``0{,}2119``): the chain is a worked example as ``0.2119`` makes it one, and a value stated in the prose with a
decimal comma (``$w = 0{,}5$``) is a stated value. Before, ``p_3 = \frac{1}{e + 2} \approx 0{,}2119`` after "for
$K = 3$ and $z = (1, 0, 0)$" was read for arbitrary z and FAILED (fresh62's French softmax note, a false alarm),
while the same line with ``0.2119`` was PROVED at the values stated. Every example is written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

_SOFTMAX = r"""# Softmax

Let $z \in \mathbb{R}^K$ be a score vector and let

$$
p_k = \frac{e^{z_k}}{\sum_{j=1}^K e^{z_j}}, \qquad k = 1, \dots, K.
$$

Pour $K = 3$ et $z = (1, 0, 0)$, on a $p_3 = \frac{1}{e + 2} \approx {WRITTEN}$.
"""


def test_a_decimal_comma_makes_a_worked_example_at_the_values_stated() -> None:
    text = _SOFTMAX.replace("{WRITTEN}", "0{,}2119")
    got = verdicts_by_line(text)[line_of(text, "Pour")]
    assert "FAILED" not in got and got[0] == "PROVED", got


def test_the_same_line_with_a_decimal_point_reads_the_same() -> None:
    text = _SOFTMAX.replace("{WRITTEN}", "0.2119")
    got = verdicts_by_line(text)[line_of(text, "Pour")]
    assert got[0] == "PROVED", got


def test_a_wrong_worked_value_with_a_decimal_comma_is_still_not_green() -> None:
    text = _SOFTMAX.replace("{WRITTEN}", "0{,}3119")
    got = verdicts_by_line(text)[line_of(text, "Pour")]
    assert got[-1] not in ("PROVED", "PASSED"), got


_SQUARE = r"""# Quadrat

Sei $q = w^2 + 1$ die Größe.

Für $w = {W}$ ist $q = w^2 + 1 = {WRITTEN}$.
"""


def _square(w: str, written: str) -> list[str]:
    text = _SQUARE.replace("{W}", w).replace("{WRITTEN}", written)
    return verdicts_by_line(text)[line_of(text, "Für")]


def test_a_value_stated_with_a_decimal_comma_is_used() -> None:
    got = _square("0{,}5", "1{,}25")
    assert got[-1] == "PROVED", got
    assert got == _square("0.5", "1.25")


def test_a_wrong_value_at_a_value_stated_with_a_decimal_comma_fails_as_with_a_point() -> None:
    got = _square("0{,}5", "1{,}5")
    assert got[-1] == "FAILED", got
    assert got == _square("0.5", "1.5")
