r"""The sigmoid tightened against its bracket by a negative space, ``\sigma\!\left(…\right)`` (fresh74).

``\!`` pulls a function's name against its argument: ``\sigma\!\left(\frac{1.4 - 0.4}{0.5}\right)`` is the
sigmoid of 2. The test "does the line write σ as a value" (documents.selfapplied: a Gaussian's spread times a
bracket of numbers, gaps36) did not count ``\!`` as part of the call, so it took that σ for a bare value and then
read the ``\sigma(2)`` further along the same line as σ·2: the right ``\sigma(…) = \sigma(2)`` was FAILED (at σ = 0,
left 0.881, right 0). A negative space before a bracket now writes a call; a wrong value of the sigmoid is still
FAILED, and σ the spread beside a bracket of numbers keeps its reading."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Teacher probabilities

The teacher's probability of the first class is

$$
q = \sigma\!\left(\frac{(2 - 0.6) - (0 + 0.4)}{0.5}\right) = \sigma(2) \approx 0.881 .
$$
"""
_LINE = 6


def test_a_sigmoid_tightened_by_a_negative_space_is_a_call() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts[_LINE], verdicts[_LINE]
    assert verdicts[_LINE][1:] == ["PROVED", "PASSED"], verdicts[_LINE]


def test_a_wrong_argument_beside_the_negative_space_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"= \sigma(2) \approx", r"= \sigma(3) \approx"))
    assert "FAILED" in verdicts[_LINE], verdicts[_LINE]


def test_a_wrong_value_beside_the_negative_space_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"\approx 0.881", r"\approx 0.818"))
    assert verdicts[_LINE][-1] == "FAILED", verdicts[_LINE]


def test_the_spread_times_numbers_keeps_its_reading() -> None:
    note = r"""# ReLU of a Gaussian

For $z \sim \mathcal{N}(0, \sigma^2)$,

$$
\frac{\sigma^2}{2} - \left(\frac{\sigma}{\sqrt{2\pi}}\right)^2 = \sigma^2\left(\frac{1}{2} - \frac{1}{2\pi}\right) .
$$
"""
    assert verdicts_by_line(note)[6] == ["PROVED"], verdicts_by_line(note)
