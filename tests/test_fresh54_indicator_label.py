r"""A name an indicator compares with an index is a label over that index's range (fresh54).

A smoothed target ``q_j = (1 - \varepsilon)\mathbb{1}[j = y] + \varepsilon/K`` compares the class index j with the
true class y. Read as a real number, y matched no class, every indicator was 0 and the right sum
``\sum_k q_k = 1`` was FAILED at y = 0. A name that an indicator compares with an index is one of that index's
values, as a name compared with an index in a condition already is. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_TARGET = r"""
# Smoothed targets

For $K$ classes with the true class $y$, smoothing with strength $\varepsilon$ gives the target

$$q_j = (1 - \varepsilon)\,\mathbb{1}[j = y] + \frac{\varepsilon}{K}.$$

It is a distribution:

$$\sum_{k=1}^{K} q_k = (1 - \varepsilon) + K\cdot\frac{\varepsilon}{K} = TOTAL$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_smoothed_target_sums_to_one() -> None:
    text = _TARGET.replace("TOTAL", "1")
    assert verdicts_by_line(text)[_line_of(text, "sum_{k=1}^{K} q_k")] == ["PROVED", "PROVED"]


def test_a_wrong_total_of_the_smoothed_target_is_failed() -> None:
    text = _TARGET.replace("TOTAL", r"1 + \varepsilon")
    assert verdicts_by_line(text)[_line_of(text, "sum_{k=1}^{K} q_k")][-1] == "FAILED"


def test_a_target_that_forgets_the_sum_over_classes_is_failed() -> None:
    text = _TARGET.replace(r"K\cdot\frac{\varepsilon}{K} = TOTAL", r"\frac{\varepsilon}{K} = 1")
    assert verdicts_by_line(text)[_line_of(text, "sum_{k=1}^{K} q_k")][0] == "FAILED"
