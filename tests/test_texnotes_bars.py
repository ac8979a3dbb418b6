r"""Evaluation bars over a quantity the notes define elsewhere (verifier.documents.bars), on small
LaTeX notes written here: ``\left. \frac{\partial z}{\partial x} \right|_{x=0}`` with ``z`` defined
in the prose from ``x`` was read as the derivative of a constant (0), so a true value could never
be checked and only a guard kept it from being FAILED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)

_NOTES = (
    "\\documentclass{article}\n\\begin{document}\n"
    "Let $z = \\sigma(x^2 + \\sin(x))$.\n"
    "\\[\n\\left. \\frac{\\partial z}{\\partial x} \\right|_{x=0} = VALUE\n\\]\n"
    "\\end{document}\n"
)


def _step(value: str) -> StepResult:
    check = check_text(_NOTES.replace("VALUE", value), "notes.tex")
    return [s for c in check.chains for s in c.result.steps][-1]


def test_a_bar_over_a_defined_quantity_takes_the_derivative_of_its_definition() -> None:
    step = _step("\\frac{1}{4}")  # σ'(0) · cos(0) = 1/4
    assert step.verdict in _GOOD, step.message


def test_a_wrong_value_at_the_bar_fails() -> None:
    step = _step("\\frac{1}{2}")
    assert step.verdict is Verdict.FAILED, step.message


def test_a_bar_over_an_expression_written_out_still_holds() -> None:
    text = "Notes.\n\n$$\\left. \\frac{d}{dx} x^3 \\right|_{x=2} = 12$$\n"
    steps = [s for c in check_text(text, "notes.md").chains for s in c.result.steps]
    assert steps[-1].verdict in _GOOD, steps[-1].message


def test_a_prime_at_a_point_is_unchanged() -> None:
    text = "Notes.\n\n$$f(x) = x^2$$\n\n$$f'(3) = 6$$\n"
    steps = [s for c in check_text(text, "notes.md").chains for s in c.result.steps]
    assert steps[-1].verdict in _GOOD, steps[-1].message
