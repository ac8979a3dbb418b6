r"""The chain rule written with the operator in front (documents.operatorscope) reads
``\frac{\partial}{\partial u} A \frac{\partial u}{\partial t}`` as the operator acting on A; where the
notes put the derivative of u *inside* brackets after the operator,
``\frac{\partial}{\partial u}\left(\frac{\partial y}{\partial u}\frac{\partial u}{\partial t}\right)``,
the operator acts on the whole product (the product rule), and that reading is not taken: the step is
neither green nor FAILED. Small notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.operatorscope import bracketed_operand
from verifier.results import Verdict

_NOTES = (
    "Let $u = t^2$ and $y = \\sin(u)$.\n"
    "\\begin{align*}\nLEFT &= RIGHT\n\\end{align*}\n"
)
_GROUPED = r"\frac{\partial}{\partial u}\left(\frac{\partial y}{\partial u}\frac{\partial u}{\partial t}\right)"


def _verdict(left: str, right: str) -> Verdict:
    text = _NOTES.replace("LEFT", left).replace("RIGHT", right)
    (step,) = [s for c in check_text(text, "notes.tex").chains for s in c.result.steps]
    return step.verdict


def test_a_bracketed_product_after_the_operator_is_not_read_as_the_chain_rule() -> None:
    # the product rule is left out: wrong, never green
    assert _verdict(_GROUPED, r"\frac{\partial^2 y}{\partial u^2}\frac{\partial u}{\partial t}") is Verdict.SKIPPED


def test_the_operator_in_front_without_brackets_is_still_the_chain_rule() -> None:
    left = r"\frac{\partial}{\partial u} \sin(u) \frac{\partial u}{\partial t}"
    assert _verdict(left, r"\cos(u)\frac{\partial u}{\partial t}") is Verdict.PROVED
    assert _verdict(left, r"-\cos(u)\frac{\partial u}{\partial t}") is Verdict.FAILED


def test_which_brackets_hold_the_derivative_of_the_variable() -> None:
    assert bracketed_operand(_GROUPED)
    assert bracketed_operand(r"\frac{d}{du}\Big(u \frac{du}{dt}\Big)")
    assert not bracketed_operand(r"\frac{\partial}{\partial u}\left(y \log u\right) \frac{\partial u}{\partial t}")
    assert not bracketed_operand(r"\frac{\partial}{\partial u}\left(A \frac{\partial y}{\partial t}\right)")
