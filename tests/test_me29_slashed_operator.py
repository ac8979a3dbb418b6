r"""``d/dx x^2 = 2x``: the derivative operator written inline with a slash.

``dy/dx`` is read as a derivative (latex.rewrite), but the operator form ``d/dx f`` — how a claim is
typed on the command line (``verify check 'd/dx tanh(x) = 1 - tanh(x)^2'``) and how inline notes write
it — was read as ``d`` over ``d\cdot x`` times f: ``x\tanh(x)``, and the true claim FAILED with a
"confirmed" counterexample. A lone ``d`` that starts an operand, over ``d`` and one name, is
``\frac{d}{dx}``. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.cli import main


@pytest.mark.parametrize(("lhs", "rhs"), [("d/dx tanh(x)", "1 - tanh(x)^2"), ("d/dx x^2", "2x"),
                                          (r"d/dz \sigma(z)", r"\sigma(z)(1 - \sigma(z))")])
def test_a_slashed_operator_claim_is_green(lhs: str, rhs: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", f"{lhs} = {rhs}"])
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out


@pytest.mark.parametrize(("lhs", "rhs"), [("d/dx tanh(x)", "1 + tanh(x)^2"), ("d/dx x^2", "x")])
def test_a_wrong_slashed_operator_claim_is_failed(lhs: str, rhs: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", f"{lhs} = {rhs}"])
    out = capsys.readouterr().out
    assert code != 0 and "FAILED" in out, out


def test_an_inline_slashed_operator_in_notes() -> None:
    (step,) = doc_steps(r"The derivative is $d/dx\, x^3 = 3x^2$." + "\n")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    (step,) = doc_steps(r"The derivative is $d/dx\, x^3 = 3x$." + "\n")
    assert step.verdict.value == "FAILED", step.message


def test_a_ratio_of_a_distance_is_left_alone() -> None:
    # d/t: no d right after the slash, a ratio (speed = distance over time)
    step = doc_steps(r"$$v = d/t$$ so $$2v = 2d/t$$" + "\n")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
