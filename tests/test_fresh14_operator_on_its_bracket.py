r"""``\frac{d}{dx}\left(u\right) v``: the derivative of the bracket after it, times v (documents.operatorscope).

Solutions that write the product or quotient rule out before using it put the operator on one bracket
and the other factor beside it: ``\frac{d}{dx}(x^2)\,\sin x + x^2\,\frac{d}{dx}(\sin x)``. The grammar
lets the operator take the whole product after it, so that correct row was FAILED (read as the derivative
of ``x^2 \sin x``). The narrower scope is one more reading: a step that holds so is green with the reading
named, and one that fails both ways stays FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(display: str) -> list[tuple[Verdict, str]]:
    notes = f"Let $x$ be a real number.\n\n$${display}$$\n"
    return [(s.verdict, s.message or "") for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}(x^2 \sin x) = \frac{d}{dx}\left(x^2\right)\,\sin x + x^2\,\frac{d}{dx}\left(\sin x\right)",
        r"\frac{d}{dx}\big(e^{x}(x+1)\big) = \frac{d}{dx}\left(e^{x}\right)(x+1) + e^{x}\frac{d}{dx}(x+1)",
        r"\frac{d}{dx}\,\frac{x^2}{1+x^2} = \frac{\frac{d}{dx}(x^2)\,(1+x^2) - x^2\,\frac{d}{dx}(1+x^2)}{(1+x^2)^2}",
        r"\frac{d}{dx}(x^3)\cdot(x+1) = 3x^2(x+1)",
    ],
)
def test_the_operator_on_its_bracket_only_is_read(display: str) -> None:
    [(verdict, message)] = _verdicts(display)
    assert verdict in GREEN, message
    assert "bracket" in message


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}(x^2 \sin x) = \frac{d}{dx}\left(x^2\right)\,\sin x + x^2\,\frac{d}{dx}\left(\cos x\right)",
        r"\frac{d}{dx}\big(e^{x}(x+1)\big) = \frac{d}{dx}\left(e^{x}\right)(x+1) + 2e^{x}",
        r"\frac{d}{dx}\,\frac{x^2}{1+x^2} = \frac{\frac{d}{dx}(x^2)\,(1+x^2) + x^2\,\frac{d}{dx}(1+x^2)}{(1+x^2)^2}",
        r"\frac{d}{dx}(x^3)\cdot(x+1) = 3x^2",
    ],
)
def test_a_wrong_rule_is_failed_under_both_scopes(display: str) -> None:
    [(verdict, message)] = _verdicts(display)
    assert verdict is Verdict.FAILED, message


def test_an_operator_whose_bracket_ends_the_term_is_left_alone() -> None:
    from verifier.documents.operatorscope import operator_on_its_bracket

    assert operator_on_its_bracket(r"\frac{d}{dx}\left(x^2 + 1\right)") is None
    assert operator_on_its_bracket(r"2\frac{d}{dx}(x^2) + 1") is None
    assert operator_on_its_bracket(r"\frac{d}{dx}(x^2)\,\sin x") == r"{\frac{d}{dx}(x^2)}\,\sin x"
