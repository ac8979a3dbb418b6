r"""trust16: σ the prose calls a standard deviation (or σ² a variance) is no sigmoid in that section.

"Let $\sigma$ denote the standard deviation" and then ``\frac{d}{dx}\sigma^{-1}(x) = \frac{1}{x(1-x)}``
was PROVED reading σ^{-1} as the logit, and ``\frac{d}{dx}\sigma(x) = \sigma(x)(1 - \sigma(x))`` beside
"σ the standard deviation" was PROVED reading σ as the sigmoid (documents.spreadnames)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(text: str) -> dict[int, Verdict]:
    check = check_text(text, "notes.md")
    return {line: s.verdict for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_sigma_inverse_is_no_logit_where_sigma_is_the_standard_deviation() -> None:
    notes = ("# Whitening\n\nLet $\\sigma$ denote the standard deviation. Then\n\n"
             "$$\\frac{d}{dx} \\sigma^{-1}(x) = \\frac{1}{x(1 - x)}$$\n")
    assert _verdicts(notes)[5] not in _GREEN


def test_sigma_of_x_is_no_sigmoid_where_the_prose_says_standard_deviation_or_variance() -> None:
    for said in ("Let $\\mu$ be the mean and $\\sigma$ the standard deviation of the inputs.",
                 "The data have mean $\\mu$, and $\\sigma^2$ is the variance.",
                 "The inputs have standard deviation $\\sigma$."):
        notes = f"# Scaling\n\n{said}\n\n$$\\frac{{d}}{{dx}} \\sigma(x) = \\sigma(x)(1 - \\sigma(x))$$\n"
        assert _verdicts(notes)[5] not in _GREEN, said


def test_the_standard_deviation_reading_is_checked_and_a_wrong_step_fails() -> None:
    notes = ("# Standardising\n\nLet $z = \\sigma^{-1}(x - \\mu)$, where $\\sigma$ is the standard deviation.\n\n"
             "$$\\frac{\\partial z}{\\partial VAR} = \\sigma^{-1}$$\n")
    assert _verdicts(notes.replace("VAR", "x"))[5] is Verdict.PROVED
    assert _verdicts(notes.replace("VAR", "\\mu"))[5] is Verdict.FAILED  # the sign dropped


def test_sigma_the_sigmoid_keeps_its_inverse_and_a_later_section_is_not_reached() -> None:
    logistic = "$$\\frac{d}{dp} \\sigma^{-1}(p) = \\frac{1}{p(1 - p)}$$\n"
    assert _verdicts(f"# Logistic\n\nHere $\\sigma$ is the sigmoid.\n\n{logistic}")[5] is Verdict.PROVED
    assert _verdicts(f"# Logistic\n\nHere $\\sigma$ is the sigmoid.\n\n{logistic.replace('1 - p', '1 + p')}")[5] \
        is Verdict.FAILED
    two = ("# Noise\n\nThe noise has standard deviation $\\sigma$.\n\n# Logistic\n\nThe logit:\n\n" + logistic)
    assert _verdicts(two)[9] is Verdict.PROVED
