r"""``B(\alpha, \beta)`` in notes about a Beta distribution is the Beta function (gaps54).

"For $x \sim \mathrm{Beta}(\alpha, \beta)$ with density $p(x) = x^{\alpha-1}(1-x)^{\beta-1}/B(\alpha, \beta)$" and
then the score ``\frac{d}{dx}\log p(x)``: B, read as a function the notes never define, made every step through
it SKIPPED "B is not defined … says what it is" — the score with a sign slipped as well (fresh44's beta moments
wrong2), and the right recurrence ``B(\alpha + 1, \beta) = B(\alpha, \beta)\frac{\alpha}{\alpha + \beta}``. Two
arguments to B in notes that draw from a Beta distribution are what B means there: Γ(a)Γ(b)/Γ(a + b). Not read so
where B is written bare (a matrix, a batch size) or where the notes define B, or where no Beta distribution is named.
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# The Beta score

For $x \sim \mathrm{Beta}(\alpha, \beta)$ the density is $p(x) = x^{\alpha - 1}(1 - x)^{\beta - 1}/B(\alpha, \beta)$
on $(0, 1)$, and its score is

$$\frac{d}{dx}\log p(x) = %s .$$

The normaliser satisfies

$$B(\alpha + 1, \beta) = B(\alpha, \beta)\,\frac{\alpha}{\alpha + \beta} .$$
"""

RIGHT = r"\frac{\alpha - 1}{x} - \frac{\beta - 1}{1 - x}"
SLIPPED = r"\frac{\alpha - 1}{x} + \frac{\beta - 1}{1 - x}"


def test_the_sign_slip_in_the_score_is_failed() -> None:
    step = doc_steps(NOTES % SLIPPED)[-2]
    assert step.verdict.value == "FAILED", step.message
    assert "Beta function" in step.message


def test_the_right_score_and_the_recurrence_are_green() -> None:
    score, recurrence = doc_steps(NOTES % RIGHT)[-2:]
    assert score.verdict.value in ("PROVED", "PASSED"), score.message
    assert recurrence.verdict.value in ("PROVED", "PASSED"), recurrence.message


def test_without_a_beta_distribution_b_stays_unknown() -> None:
    notes = (NOTES % SLIPPED).replace(r"For $x \sim \mathrm{Beta}(\alpha, \beta)$ the", "The")
    assert doc_steps(notes)[-2].verdict.value == "SKIPPED"


def test_b_written_bare_is_not_the_beta_function() -> None:
    notes = (NOTES % SLIPPED) + "\nWith a batch of $B$ samples the estimate is averaged.\n"
    assert doc_steps(notes)[-2].verdict.value == "SKIPPED"


def test_a_greek_beta_in_the_prose_names_no_beta_distribution() -> None:
    from verifier.documents.betaconvention import conventional_beta

    assert conventional_beta(r"The weight $\beta$ has a $\beta density$ of $B(a, b)$.") == []
    assert conventional_beta(r"A Beta prior with normaliser $B(a, b)$.") == [(0, "B", "beta_function")]
