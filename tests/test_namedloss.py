r"""documents.namedloss: a bare J in a part whose question names the labelled loss J_{label}."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_HEAD = r"""(a) The squared loss is
$$J = \frac{1}{2}(y - \hat{y})^2$$

(b) Now take the pair loss
$$J_{pair-loss}(a, b) = -\log \sigma(a b) - \log \sigma(-a)$$
"""


def _verdicts(text: str) -> dict[str, Verdict]:
    check = check_text(text, "notes.md")
    return {s.rhs_latex.strip(): s.verdict for ch in check.chains for s in ch.result.steps}


def _answer(rhs: str, ask: str = "Differentiate $J_{pair-loss}$ by $a$.") -> str:
    return _HEAD + ask + "\n\n$$\\frac{\\partial J}{\\partial a} = " + rhs + "$$\n"


def test_a_bare_j_in_the_part_that_names_the_loss_is_that_loss() -> None:
    got = _verdicts(_answer(r"(\sigma(a b) - 1) b + \sigma(a)"))
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] in _GREEN


def test_a_wrong_derivative_of_the_named_loss_is_failed() -> None:
    got = _verdicts(_answer(r"(\sigma(a b) - 1) b - \sigma(a)"))
    assert got[r"(\sigma(a b) - 1) b - \sigma(a)"] is Verdict.FAILED


def test_a_part_that_does_not_name_the_loss_keeps_the_earlier_j() -> None:
    got = _verdicts(_answer(r"(\sigma(a b) - 1) b + \sigma(a)", ask="(c) Differentiate the loss by $a$."))
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] not in _GREEN


def test_a_j_the_part_defines_anew_is_not_the_named_loss() -> None:
    ask = "Differentiate $J_{pair-loss}$ by $a$, with\n$$J = a^2$$\n"
    got = _verdicts(_answer(r"(\sigma(a b) - 1) b + \sigma(a)", ask=ask))
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] not in _GREEN


def test_two_named_losses_leave_a_bare_j_unread_as_either() -> None:
    text = _HEAD + r"""$$J_{tail-loss}(a, b) = a b$$
Differentiate $J_{pair-loss}$ and $J_{tail-loss}$ by $a$.

$$\frac{\partial J}{\partial a} = (\sigma(a b) - 1) b + \sigma(a)$$
"""
    got = _verdicts(text)
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] not in _GREEN


def test_a_loss_built_from_the_bare_j_does_not_rename_it() -> None:
    text = r"""(a) The loss is
$$J(a) = a^2$$

(b) Differentiate the penalised loss $J_{pen-loss}$, where
$$J_{pen-loss}(a) = J(a) + a$$

$$\frac{\partial J}{\partial a} = 2 a$$
"""
    got = _verdicts(text)
    assert got["2 a"] in _GREEN  # J is still the loss J_{pen-loss} is built from


def test_a_loss_only_its_definition_names_is_not_the_part_s_subject() -> None:
    text = _HEAD + "\n$$\\frac{\\partial J}{\\partial a} = (\\sigma(a b) - 1) b + \\sigma(a)$$\n"
    got = _verdicts(text)
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] not in _GREEN


def test_a_label_in_text_names_the_loss_too() -> None:
    text = _answer(r"(\sigma(a b) - 1) b + \sigma(a)").replace("J_{pair-loss}", r"J_{\text{hinge}}")
    got = _verdicts(text)
    assert got[r"(\sigma(a b) - 1) b + \sigma(a)"] in _GREEN
