r"""``\frac{d}{dx}(x^2+1)^2``: the bracket is the base of a power, and the operator's operand is the power.

documents.operatorscope.operator_on_its_bracket gives an operator the bracket after it alone where another
factor of the term follows (``\frac{d}{dx}(u)\,v``, the product rule written out). An exponent is no such
factor: read so, ``\frac{d}{dx}(x^2+1)^2 = (2x)^2`` (the derivative of a square taken as the square of the
derivative, a classic slip) was PROVED, and so was ``\nabla_w (y - Xw)^\top (y - Xw) = -X^\top (y - Xw)``
(the factor 2 dropped: read as ``(\nabla_w (y - Xw))^\top (y - Xw)``)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.operatorscope import operator_on_its_bracket
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(display: str) -> list[tuple[Verdict, str]]:
    notes = f"Let $x$ and $z$ be real numbers.\n\n$${display}$$\n"
    return [(s.verdict, s.message or "") for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}(x^2+1)^2 = (2x)^2",
        r"\frac{d}{dz}\left(1 + e^{-z}\right)^{-1} = \left(-e^{-z}\right)^{-1}",
    ],
)
def test_the_derivative_of_a_power_is_not_the_power_of_the_derivative(display: str) -> None:
    [(verdict, message)] = _verdicts(display)
    assert verdict not in GREEN, message


def test_the_chain_rule_on_a_power_stays_green() -> None:
    [(verdict, message)] = _verdicts(r"\frac{d}{dx}(x^2+1)^2 = 2(x^2+1)\cdot 2x")
    assert verdict in GREEN, message


def test_a_bracket_raised_to_a_power_is_not_braced() -> None:
    assert operator_on_its_bracket(r"\frac{d}{dx}(x^2+1)^2") is None
    assert operator_on_its_bracket(r"\frac{d}{dx}\left(x^2+1\right)^{2}\sin x") is None


_LSQ = ("Let $X \\in \\mathbb{{R}}^{{n\\times d}}$, $y \\in \\mathbb{{R}}^n$ and $w \\in \\mathbb{{R}}^d$.\n\n"
        "$$\\nabla_w (y - Xw)^\\top (y - Xw) = {}$$\n")


def _lsq(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_LSQ.format(right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_a_transposed_bracket_keeps_the_operand_whole() -> None:
    verdict, message = _lsq("-X^\\top (y - Xw)")
    assert verdict is Verdict.FAILED, message
    verdict, message = _lsq("-2X^\\top (y - Xw)")
    assert verdict in GREEN, message
