r"""``t_0`` beside a function's scalar parameter ``t`` is its own name, not entry 0 of t (fresh51).

"The logistic equation is solved by $y(t) = \frac{1}{1 + e^{-r(t - t_0)}}$": inside y's body the parameter t is a
number, and ``t_0`` (the midpoint, a constant of the notes) was read as entry 0 of it, so every line reaching y
was SKIPPED "t is a scalar here; it has no entry 0" — right or wrong. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""
# A shifted sigmoid

The curve is $$y(t) = \frac{{1}}{{1 + e^{{-r(t - t_0)}}}} .$$

Its midpoint value is $y(t_0) = \frac12$, so $y(t) - y(t_0) = \frac{{1}}{{1 + e^{{-r(t - t_0)}}}} - {value}$.
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_value_at_the_labelled_constant_is_checked() -> None:
    text = _NOTE.format(value=r"\frac12")
    verdicts = verdicts_by_line(text)[_line_of(text, "midpoint")]
    assert verdicts and all(v in ("PROVED", "PASSED") for v in verdicts), verdicts


def test_a_wrong_offset_from_it_is_failed() -> None:
    text = _NOTE.format(value=r"\frac14")
    verdicts = verdicts_by_line(text)[_line_of(text, "midpoint")]
    assert "FAILED" in verdicts, verdicts
