r"""A green step whose every derivative is 0 only because its variable appears nowhere is no evidence.

With the notes' ``t = a x`` and ``J = t^2``, ``\frac{\partial J}{\partial b} = 5t\frac{\partial t}{\partial b}``
reads 0 = 0 and was PROVED, as was the same chain with any factor: notes that drop a label they define
with (``W_{fg}`` for ``W^{(1)}_{fg}``) got a PROVED whatever they wrote."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = "Let $t = a x$ and $J = t^2$.\n\n$$STEP$$\n"


def _verdict(step: str) -> Verdict:
    steps = doc_steps(NOTES.replace("STEP", step))
    assert len(steps) == 1, [s.lhs_latex for s in steps]
    return steps[0].verdict


def test_a_chain_by_a_variable_nothing_depends_on_is_not_green() -> None:
    assert _verdict(r"\frac{\partial J}{\partial b} = 5 t \frac{\partial t}{\partial b}") is Verdict.SKIPPED


def test_a_dropped_label_does_not_make_a_wrong_chain_green() -> None:
    text = ("Let $t_d = W^{(1)}_{dk} x_k$ (summed over $k$) and $J = \\sum_d t_d^2$. I drop the superscript.\n\n"
            "$$\\frac{\\partial J}{\\partial W_{fg}} = 7 t_d^3 \\frac{\\partial t_d}{\\partial W_{fg}}$$\n")
    steps = doc_steps(text)
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    assert "0 = 0" in steps[0].message


def test_the_derivative_by_a_variable_that_is_there_is_still_checked() -> None:
    assert _verdict(r"\frac{\partial J}{\partial a} = 2 t x") is Verdict.PROVED
    assert _verdict(r"\frac{\partial J}{\partial a} = t x") is Verdict.FAILED


def test_a_step_saying_the_derivative_is_zero_keeps_its_verdict() -> None:
    assert _verdict(r"\frac{\partial J}{\partial b} = 0") is Verdict.PROVED


def test_an_arbitrary_function_depends_on_what_it_is_differentiated_by() -> None:
    text = ("With $y = w x$ and a loss $L$ of $y$:\n\n"
            "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y}\\frac{\\partial y}{\\partial w}$$\n")
    assert [s.verdict for s in doc_steps(text)] == [Verdict.PROVED]
