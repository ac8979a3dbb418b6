r"""read16: inverse functions written f^{-1} (verifier.latex.inverses, verifier.documents.inverses).

``\sigma^{-1}`` is the logit, ``\zeta^{-1}`` of the notes' softplus is solved for, ``\tanh^{-1}`` is
artanh; ``x^{-1}``, ``W^{-1}`` and a σ the notes use as a standard deviation stay powers. Every example
is written here, each with a planted mistake that must not come out green."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents.check import check_text
from verifier.latex import parse_latex
from verifier.latex.functionals import Label
from verifier.latex.inverses import Inverse
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "# Logistic units\n\nThe sigmoid is $\\sigma(x) = \\frac{1}{1 + e^{-x}}$ and the softplus "
    "$\\zeta(x) = \\log(1 + e^x)$.\n\n$$\n{claim}\n$$\n"
)


def _verdicts(claim: str, notes: str = _NOTES) -> list[tuple[Verdict, str]]:
    check = check_text(notes.replace("{claim}", claim), "notes.md")
    return [(s.verdict, s.message or "") for ch in check.chains for s in ch.result.steps]


def _last(claim: str, notes: str = _NOTES) -> tuple[Verdict, str]:
    return _verdicts(claim, notes)[-1]


def test_a_function_written_with_minus_one_is_its_inverse_and_a_value_a_power() -> None:
    x, y = sp.symbols("x y")
    assert parse_latex(r"\sigma^{-1}(x)") == Inverse(Label("sigma"), x)
    assert parse_latex(r"x^{-1}") == 1 / x
    assert not parse_latex(r"W^{-1}(y)").has(Inverse)  # a matrix inverse times y, not an inverse function
    assert parse_latex(r"\tanh^{-1}(y)") == sp.atanh(y)


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (r"\sigma^{-1}(x) = \log\frac{x}{1-x}", r"\frac{d}{dx}\sigma^{-1}(x) = \frac{1}{x(1+x)}"),
        (r"\frac{d}{dx}\sigma^{-1}(x) = \frac{1}{x(1-x)}", r"\frac{d}{dx}\sigma^{-1}(x) = \frac{1}{x(x-1)}"),
        (r"\zeta^{-1}(x) = \log(e^x - 1)", r"\frac{d}{dx}\zeta^{-1}(x) = \frac{e^x}{e^x + 1}"),
        (r"\sigma(\sigma^{-1}(x)) = x", r"\frac{d}{dx}\sigma^{-1}(\sigma(x)) = \sigma(x)"),
    ],
)
def test_inverses_of_the_registry_and_of_the_notes_functions(right: str, wrong: str) -> None:
    verdict, message = _last(right)
    assert verdict in _GREEN, message
    assert "inverse function" in message
    assert _last(wrong)[0] is Verdict.FAILED


def test_a_wrong_inverse_stated_alone_is_not_green() -> None:
    for wrong in (r"\sigma^{-1}(x) = \log\frac{x}{1+x}", r"\zeta^{-1}(x) = \log(e^x + 1)"):
        assert _last(wrong)[0] not in _GREEN


def test_a_function_that_is_not_one_to_one_has_no_inverse() -> None:
    notes = "# Squares\n\nLet $g(t) = t^2$ and $h(t) = 2t + 3$.\n\n$$\n{claim}\n$$\n"
    verdict, message = _last(r"g^{-1}(y) = \sqrt{y}", notes)
    assert verdict is Verdict.SKIPPED and "one-to-one" in message
    assert _last(r"\frac{d}{dy} h^{-1}(y) = \frac{1}{2}", notes)[0] in _GREEN
    assert _last(r"\frac{d}{dy} h^{-1}(y) = 2", notes)[0] is Verdict.FAILED


def test_sigma_used_as_a_standard_deviation_keeps_its_power() -> None:
    notes = ("# Gaussian\n\nThe density is $p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} e^{-(x-\\mu)^2/(2\\sigma^2)}$ "
             "with $\\sigma > 0$.\n\n$$\n{claim}\n$$\n")
    verdict, message = _last(r"\frac{d}{dx}\left(\sigma^{-1}(x - \mu)\right)^2 = \frac{2(x-\mu)}{\sigma^2}", notes)
    assert verdict in _GREEN, message
    assert "inverse function" not in message
    assert _last(r"\frac{d}{dx}\left(\sigma^{-1}(x - \mu)\right)^2 = \frac{2(x-\mu)}{\sigma}", notes)[0] not in _GREEN


def test_a_name_not_applied_as_a_function_keeps_its_power() -> None:
    # Σ the notes never apply nor define as a function (N(x | μ, Σ) puts it among the called names):
    # Σ^{-1}(x - μ) is read as before, a power times the bracket, never "Σ is not a function"
    notes = ("# Whitening\n\nThe density is $N(x \\mid \\mu, \\Sigma)$ with $\\mathbf{x} \\in \\mathbb{R}^2$."
             "\n\n$$\n{claim}\n$$\n")
    right = r"(x - \mu)^\top \Sigma^{-1}(x - \mu) = (x - \mu)^\top \Sigma^{-1} (x - \mu)"
    verdict, message = _last(right, notes)
    assert verdict is not Verdict.FAILED and "not a function" not in message, message
    assert "inverse function" not in message


def test_the_inverse_of_an_arbitrary_function_is_not_guessed() -> None:
    # g applied, never defined: its inverse is no particular function (no solving a test function)
    notes = "# Inverse rule\n\nFor an invertible $g$ with $g(x) > 0$,\n\n$$\n{claim}\n$$\n"
    verdict, message = _last(r"g^{-1}(g(x)) = x", notes)
    assert verdict is Verdict.SKIPPED and "do not define" in message
