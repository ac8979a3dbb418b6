r"""A shape clash inside a definition's body, between names whose shapes were only guessed, is no mistake.

``z_i = w^\top x_i + b`` with nothing said of w, then "using $\sigma'(z) = \sigma(z)(1-\sigma(z))$": the
bare z reaches the body, where w's guessed length clashes with x's. The step writes neither w nor x, and
the clash was FAILED ("dimension mismatch") — a correct identity reported wrong. The doubt that demotes
a failure resting on guessed shapes now also looks at the names the step reaches through definitions
(documents.guesses). With w's shape stated the step is read and a wrong variant stays FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = ("Samples $x_i \\in \\mathbb{R}^d$, $i = 1, \\dots, n$, {w}and $z_i = w^\\top x_i + b$.\n\n"
          "$$J(w, b) = \\frac{1}{n}\\sum_{i=1}^n \\log(1 + e^{-z_i}) .$$\n\n"
          "For one sample, using $\\sigma'(z) = {}$, we get the derivative.\n")  # fmt: skip
_RIGHT = r"\sigma(z)(1-\sigma(z))"


def _verdict(right: str, w: str = "") -> tuple[Verdict, str]:
    text = _NOTES.replace("{w}", w).replace("{}", right)
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    [step] = [s for s in steps if s.lhs_latex.startswith(r"\sigma")]
    return step.verdict, step.message


def test_a_clash_between_guessed_shapes_in_a_body_is_not_failed() -> None:
    verdict, message = _verdict(_RIGHT)
    assert verdict is not Verdict.FAILED, message


def test_with_the_shape_stated_the_identity_is_checked() -> None:
    verdict, message = _verdict(_RIGHT, w="$w \\in \\mathbb{R}^d$ ")
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


@pytest.mark.parametrize("wrong", [r"\sigma(z)(1+\sigma(z))", r"1 - \sigma(z)^2"])
def test_with_the_shape_stated_a_wrong_derivative_is_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong, w="$w \\in \\mathbb{R}^d$ ")
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize("wrong", [r"\sigma(z)(1+\sigma(z))"])
def test_with_shapes_guessed_a_wrong_derivative_is_not_green(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message
