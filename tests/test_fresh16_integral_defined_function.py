r"""A name the notes define by an integral up to its argument is a function (documents.integralfunctions).

fresh16's GELU note writes ``\operatorname{GELU}(x) = x\,\Phi(x)`` beside ``\Phi(x) = \int_{-\infty}^{x}
\phi(t)\,dt``. The integral is not read, so Φ had no definition and ``\Phi(x)`` was read as the product Φ·x:
the correct product rule ``\frac{d}{dx}\operatorname{GELU}(x) = \Phi(x) + x\,\phi(x)`` was FAILED (a false
alarm). Written so, Φ is a function of the notes (a CDF, an antiderivative): it is read as one, an
arbitrary function where nothing else says more, so that step is not FAILED; a wrong link that does not
rest on Φ's derivative is still FAILED."""

from __future__ import annotations

import math

import pytest

from verifier.documents import doubts
from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "The unit weights its input by a cumulative distribution:\n\n"
    "$$ g(x) = x \\, F(x), \\qquad F(x) = \\int_{{-\\infty}}^{{x}} \\phi(t)\\, dt, $$\n\n"
    "where $\\phi(t) = \\frac{{1}}{{\\sqrt{{2\\pi}}}} e^{{-t^2/2}}$. By the product rule,\n\n"
    "$$ \\frac{{d}}{{dx}} g(x) = {claim}. $$\n"
)


def _last(claim: str, name: str = "F") -> tuple[Verdict, str]:
    text = _NOTES.format(claim=claim).replace("F(", name + "(")
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("name", ["F", "\\Phi"])
@pytest.mark.parametrize("claim", ["{F}(x) + x \\, \\phi(x)",
                                   "{F}(x) + x \\, \\phi(x) = {F}(x) + \\frac{{x}}{{\\sqrt{{2\\pi}}}} e^{{-x^2/2}}"])
def test_the_product_rule_through_it_is_no_false_alarm(name: str, claim: str) -> None:
    verdict, message = _last(claim.format(F=name), name)
    assert verdict is not Verdict.FAILED, message


@pytest.mark.parametrize("name", ["F", "\\Phi"])
def test_the_second_derivative_through_its_body_is_no_false_alarm(name: str) -> None:
    text = _NOTES.format(claim="x").replace("F(", name + "(").replace(
        "\\frac{d}{dx} g(x) = x", "\\frac{d^2}{dx^2} g(x) = 2\\phi(x) + x \\phi'(x)")
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


@pytest.mark.parametrize("name", ["F", "\\Phi"])
def test_a_wrong_link_after_it_is_still_failed(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doubts, "READINGS_SECONDS", math.inf)  # a FAILED needs every reading tried: not the load's
    verdict, message = _last(name + "(x) + x \\, \\phi(x) = " + name + "(x) + \\frac{x}{\\sqrt{2\\pi}} e^{-x^2}", name)
    assert verdict is Verdict.FAILED, message


def test_a_wrong_product_rule_is_not_green() -> None:
    verdict, message = _last("F(x) - x \\, \\phi(x)")
    assert verdict not in GREEN, message
