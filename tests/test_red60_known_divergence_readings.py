r"""A known KL closed form is PASSED only under the reading of the parameters the notes' writing allows (red60,
attacking documents.knowndivergences of gaps59/red59/lead59).

Two false greens: a Gaussian whose variance is written as a power other than a square (``\tau_1^{-1}``, with
"precisions $\tau_1$, $\tau_2$" in the prose) was PASSED with a form that takes τ for the variance, under "the second
argument the precision" (the argument written is the variance 1/τ: reading it as a precision again inverts twice);
and prose that names two readings ("the standard deviations (not the variances)") let every reading be plausible,
so the form that takes the standard deviations for variances PASSED. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_PRECISION = (
    "# KL\n\nLet $p = \\mathcal N(\\mu_1, \\tau_1^{-1})$ and $q = \\mathcal N(\\mu_2, \\tau_2^{-1})$, "
    "with precisions $\\tau_1$ and $\\tau_2$.\n\n$$\\mathrm{KL}(p \\,\\|\\, q) = FORM$$\n"
)
_SD = (
    "# KL\n\nLet $p = \\mathcal N(\\mu_1, s_1)$ and $q = \\mathcal N(\\mu_2, s_2)$, where $s_1, s_2$ are the "
    "standard deviations (not the variances).\n\n$$\\mathrm{KL}(p \\,\\|\\, q) = FORM$$\n"
)


def _kl(text: str) -> list[str]:
    return verdicts_by_line(text)[line_of(text, "KL}(")]


@pytest.mark.parametrize("text", [
    _PRECISION.replace("FORM", r"\frac12 \log\frac{\tau_2}{\tau_1} + \frac{\tau_1 + (\mu_1 - \mu_2)^2}{2\tau_2}"
                               r" - \frac12"),
    _SD.replace("FORM", r"\frac12 \log\frac{s_2}{s_1} + \frac{s_1 + (\mu_1 - \mu_2)^2}{2 s_2} - \frac12"),
])  # fmt: skip
def test_a_form_under_a_reading_the_writing_excludes_is_not_green(text: str) -> None:
    assert not {"PASSED", "PROVED"} & set(_kl(text))


def test_a_variance_written_as_an_inverse_power_is_the_variance() -> None:
    right = (
        r"\frac12 \log\frac{\tau_1}{\tau_2} + \frac{\tau_2}{2\tau_1} + \frac{\tau_2 (\mu_1 - \mu_2)^2}{2}"
        r" - \frac12"
    )
    assert _kl(_PRECISION.replace("FORM", right)) == ["PASSED"]


def test_a_form_right_under_the_sd_reading_is_not_failed() -> None:
    right = r"\log\frac{s_2}{s_1} + \frac{s_1^2 + (\mu_1 - \mu_2)^2}{2 s_2^2} - \frac12"
    assert "FAILED" not in _kl(_SD.replace("FORM", right))


_SD_SQUARED = (
    "# KL\n\nLet $p = \\mathcal N(\\mu_1, \\sigma_1)$ and $q = \\mathcal N(\\mu_2, \\sigma_2)$, where $\\sigma_1^2$ "
    "and $\\sigma_2^2$ are the variances.\n\n$$\\mathrm{KL}(p \\,\\|\\, q) = FORM$$\n"
)
_MEAN_TIME = (
    "# KL\n\nThe waiting times are $p = \\mathrm{Exp}(\\theta_1)$ and $q = \\mathrm{Exp}(\\theta_2)$, each $\\theta$ "
    "the mean waiting time; the arrival rate is then $1/\\theta$.\n\n$$\\mathrm{KL}(p \\,\\|\\, q) = FORM$$\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # "the variances" names sigma^2, so sigma is the standard deviation: the variance reading is excluded
        _SD_SQUARED.replace(
            "FORM",
            r"\frac12\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1 + (\mu_1 - \mu_2)^2}"
            r"{2 \sigma_2} - \frac12",
        ),
        # "the arrival rate is 1/theta": theta is the scale, the rate reading is excluded
        _MEAN_TIME.replace("FORM", r"\log\frac{\theta_1}{\theta_2} + \frac{\theta_2}{\theta_1} - 1"),
    ],
)
def test_a_reading_word_said_of_a_power_of_the_parameter_allows_no_pass(text: str) -> None:
    assert not {"PASSED", "PROVED"} & set(_kl(text))


def test_the_right_form_beside_a_word_said_of_a_power_is_not_failed() -> None:
    right = r"\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2} - \frac12"
    assert "FAILED" not in _kl(_SD_SQUARED.replace("FORM", right))


_EQUAL = (
    "# KL\n\nLet $p = \\mathcal N(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal N(\\mu_2, \\sigma_2^2)$. BEFORE\n\n"
    "$$\\mathrm{KL}(p \\,\\|\\, q) = \\frac{(\\mu_1 - \\mu_2)^2}{2\\sigma_2^2}$$\n\nAFTER\n"
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("For equal variances the divergence is", ""),  # the condition in words
        ("For the rest of these notes both variances are one.\n\nA closed form:", ""),
        ("Then", "since the variances are equal here ($\\sigma_1 = \\sigma_2$)."),  # stated after the display
    ],
)
def test_a_form_under_a_condition_said_in_words_or_after_is_not_failed(before: str, after: str) -> None:
    assert "FAILED" not in _kl(_EQUAL.replace("BEFORE", before).replace("AFTER", after))


def test_a_new_sentence_after_the_display_is_no_condition_of_it() -> None:
    text = _EQUAL.replace("BEFORE", "Then").replace("AFTER", "In the next section we take $\\sigma_1 = \\sigma_2$.")
    assert _kl(text) == ["FAILED"]
