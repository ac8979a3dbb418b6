r"""trust16: a "where" sentence after a display under which both sides are 0 is no evidence.

"$$\frac{\partial L}{\partial w} = 2(y - wx)x$$ where $y = wx$.": under the sentence (a hypothesis, and a
definition of y) both sides are 0, and the wrong sign was PROVED (documents.vacuouswhere)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("# Squared error\n\nFor one sample the loss is $L = (y - wx)^2$. Its derivative is\n\n"
          "$$\\frac{{\\partial L}}{{\\partial w}} = {rhs}$$\n\n{after}\n")


def _verdicts(rhs: str, after: str = "where $y = wx$.") -> list[Verdict]:
    check = check_text(_NOTES.format(rhs=rhs, after=after), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps]


def test_a_sign_flip_is_not_proved_by_a_where_that_makes_both_sides_zero() -> None:
    assert _verdicts("2(y - wx)x")[0] not in _GREEN
    assert _verdicts("4(y - wx)x")[0] not in _GREEN
    assert _verdicts("2(y - wx)x", "where $y = wx$ at the fixed point.")[0] not in _GREEN


def test_the_right_step_is_proved_read_without_the_vacuous_sentence() -> None:
    assert _verdicts("-2(y - wx)x")[0] is Verdict.PROVED


def test_a_member_written_zero_is_what_the_where_sentence_is_for() -> None:
    # "… = 0 where y = wx": the step says it is 0 under the sentence
    assert _verdicts("-2(y - wx)x = 0") == [Verdict.PROVED, Verdict.PROVED]


def test_a_where_that_defines_a_name_is_still_read() -> None:
    text = ("# Linear model\n\nThe prediction is $\\hat y = wx + b$ and the loss $L = \\frac12 (\\hat y - y)^2$."
            " Then\n\n$$\\frac{\\partial L}{\\partial w} = (\\hat y - y) x = RHS$$\n\nwhere $e = \\hat y - y$.\n")
    steps = [s.verdict for ch in check_text(text.replace("RHS", "e x"), "n.md").chains for s in ch.result.steps]
    assert steps == [Verdict.PROVED, Verdict.PROVED]
    steps = [s.verdict for ch in check_text(text.replace("RHS", "2 e x"), "n.md").chains for s in ch.result.steps]
    assert steps[1] is Verdict.FAILED


def test_a_vector_residual_sign_flip_under_a_perfect_fit() -> None:
    text = ("# Residual\n\nThe loss is $L = \\frac12 \\|y - Xw\\|^2$ with $X \\in \\mathbb{R}^{5 \\times 3}$."
            " Its gradient is\n\n$$\\nabla_w L = RHS$$\n\nwhere $y = Xw$ at a perfect fit.\n")
    wrong = [s.verdict for ch in check_text(text.replace("RHS", "X^T (y - Xw)"), "n.md").chains
             for s in ch.result.steps]
    assert wrong[0] not in _GREEN
    right = [s.verdict for ch in check_text(text.replace("RHS", "X^T (Xw - y)"), "n.md").chains
             for s in ch.result.steps]
    assert right[0] is Verdict.PROVED


def test_a_zero_derivative_by_a_name_whose_label_the_notes_drop_is_not_green() -> None:
    # docspeed13's question on the cs224d chain rule: "∂J/∂W_fg = 0" in its place was PROVED (W a fresh name)
    text = ("Let $t_d = W^{(1)}_{dk} x_k$ (summed over $k$) and $J = \\sum_d t_d^2$. I drop the superscript.\n\n"
            "$$\\frac{\\partial J}{\\partial W_{fg}} = 0$$\n")
    steps = [s for ch in check_text(text, "n.md").chains for s in ch.result.steps]
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    plain = "Let $t = a x$ and $J = t^2$.\n\n$$\\frac{\\partial J}{\\partial b} = 0$$\n"  # no label dropped: as written
    assert [s.verdict for ch in check_text(plain, "p.md").chains for s in ch.result.steps] == [Verdict.PROVED]
