r"""A hatted variance defined by its square: ``\hat{\sigma}^2 = \frac{1}{N}\sum_n (x_n - \hat\mu)^2`` defines the
estimate as ``\sigma^2 = …`` defines σ (documents.definitions). Unread, the display was a claim "σ̂, x appear on one
side only" and the worked value after it (``\hat\sigma^2 = \frac{4 + 1 + 9}{3}``) was SKIPPED (fresh66)."""

from __future__ import annotations

from support import line_of, verdicts_by_line

NOTE = r"""Data $x_1, \dots, x_N$.

$$
\hat{\mu} = \frac{1}{N}\sum_{n=1}^{N} x_n, \qquad \hat{\sigma}^2 = \frac{1}{N}\sum_{n=1}^{N} (x_n - \hat{\mu})^2
$$

For $x = (1, 2, 6)$:

$$
\hat{\sigma}^2 = \frac{(1-3)^2 + (2-3)^2 + (6-3)^2}{3} = \frac{14}{3}
$$
"""


def test_hatted_square_is_a_definition() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert verdicts[line_of(NOTE, r"\hat{\mu} = ")] == ["SKIPPED", "SKIPPED"]  # two definitions, no claim
    assert verdicts[line_of(NOTE, r"\hat{\sigma}^2 = \frac{(1-3)^2")][0] in ("PROVED", "PASSED")


def test_wrong_worked_variance_is_failed() -> None:
    wrong = NOTE.replace("+ (6-3)^2}{3} = \\frac{14}{3}", "+ (6-3)^2}{3} = \\frac{13}{3}")
    assert "FAILED" in verdicts_by_line(wrong)[line_of(wrong, r"\frac{13}{3}")]
