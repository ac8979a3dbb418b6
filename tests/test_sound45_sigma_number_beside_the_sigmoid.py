r"""σ given a number in a section that calls σ the sigmoid or the logistic function: which σ a call means is
undecided (sound45, documents.numberednames).

sound44 read σ(…) as σ times the bracket after an inline ``$\sigma = <number>$``, so that "Let the noise level be
$\sigma = 2$." does not make ``\sigma(x + 1) = 2x + 2`` a wrong logistic. But notes on the sigmoid write its value
so too: "at $z = 0$ the output of the sigmoid is $\sigma = 0.5$", and then ``\sigma(2) = 1.0`` (the logistic gives
0.881) was PROVED "under the hypothesis σ = 0.5" — green on a wrong value. Where the section says sigmoid or
logistic, σ's calls are neither the product nor the logistic: SKIPPED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_the_sigmoids_value_gives_no_green_to_a_product() -> None:
    said = "# S\n\nAt $z = 0$ the output of the sigmoid is $\\sigma = 0.5$.\n\nAt two we get $$\\sigma(2) = 1.0$$\n"
    assert verdicts_by_line(said)[5] not in GREEN
    defined = ("# S\n\nFor the logistic function $\\sigma(z) = \\frac{1}{1 + e^{-z}}$, at $z = 0$ the output is "
               "$\\sigma = 0.5$.\n\nAt two we get $$\\sigma(2) = 1.0$$\n")
    assert verdicts_by_line(defined)[5] not in GREEN
    heading = "# The sigmoid\n\nAt zero its output is $\\sigma = 0.5$.\n\nAt two we get $$\\sigma(2) = 1.0$$\n"
    assert verdicts_by_line(heading)[5] not in GREEN


def test_a_noise_level_beside_the_logistic_is_no_false_alarm() -> None:
    text = ("# S\n\nThe classifier is a logistic model. Let the noise level be $\\sigma = 2$.\n\n"
            "$$\\sigma(x + 1) = 2x + 2$$\n")
    assert "FAILED" not in verdicts_by_line(text)[5]


def test_a_noise_level_alone_is_still_a_product() -> None:
    text = "# S\n\nLet the noise level be $\\sigma = 2$.\n\n$$\\sigma(x + 1) = 2x + 2$$\n"
    assert verdicts_by_line(text)[5] == ["PROVED"]


def test_the_notes_own_definition_of_the_sigmoid_still_reads_its_calls() -> None:
    text = ("# S\n\nThe logistic function is $$\\sigma(z) = \\frac{1}{1 + e^{-z}}.$$\n\nAt zero its value is "
            "$\\sigma = 0.5$.\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n")
    assert verdicts_by_line(text)[7] == ["PROVED"]
