r"""A later formula that gives the bare name a value ends the abbreviation (gaps37; redteam36 left it).

"Write $\sigma$ for $\sigma(z)$." reads every bare σ below as σ(z) up to the next heading. "Now let
$\sigma = 2$ be the noise level." in the same section gives σ a value of its own; read as σ(z), the lines
after it were SKIPPED ("z appears on one side only"), the right one and the wrong one alike. The formula that
defines the bare name ends the abbreviation's scope: the lines after it are read at σ = 2 (a wrong worked
number is FAILED at the value stated as data, by sound41's exactdata policy). Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Sigmoid

Write $\sigma$ for $\sigma(z)$, the logistic function $\sigma(z) = \frac{1}{1 + e^{-z}}$.

$$
\sigma'(z) = \sigma(1 - \sigma)
$$

Now let $\sigma = 2$ be the noise level, so

$$
\sigma^2 + 0.5 = VALUE
$$
"""


def _verdicts(value: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message) for s in doc_steps(NOTES.replace("VALUE", value))]


def test_the_abbreviation_still_reads_the_lines_before_the_redefinition() -> None:
    assert [v for v, _ in _verdicts("4.5")][:2] == ["PROVED", "PROVED"]


def test_a_value_after_the_redefinition_is_checked_with_it() -> None:
    assert _verdicts("4.5")[2][0] in ("PROVED", "PASSED")


def test_a_wrong_value_after_the_redefinition_is_read_at_the_stated_value() -> None:
    # sigma = 2 is stated as data (exact, no rounding said): the wrong worked number is FAILED at it (sound41's
    # exactdata policy; it was SKIPPED with both numbers before)
    verdict, message = _verdicts("5.5")[2]
    assert verdict == "FAILED" and "at the values the notes state" in message and "4.5" in message
