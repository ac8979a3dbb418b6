r"""A function labelled by the letter of its parameter vector, ``h_w(x) = \sigma(w^\top x)``, then claims about it.

The claim ``\log h_w(x) = …`` looks like a definition of ``h_w`` (documents.labelled reads ``name_sub(params) =
body`` anywhere), and its right side writes ``h_w`` again: that was taken for the subscript indexing a family
(``f_k(x) = w_k^\top x``), so the label was dropped everywhere and every step read ``h_w(x)`` as entry w of
h(x) ("index w is free here", SKIPPED). The function's own name in a body is no family index."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.labelled import function_labels
from verifier.results import Verdict

_NOTES = "Let $h_w(x) = \\sigma(w^\\top x)$ be the hypothesis.\n\n$$CLAIM$$\n"


def _last(claim: str) -> Verdict:
    check = check_text(_NOTES.replace("CLAIM", claim), "notes.md")
    return [s for c in check.chains for s in c.result.steps][-1].verdict


def test_the_label_is_kept_when_a_claim_writes_the_function_on_both_sides() -> None:
    text = _NOTES.replace("CLAIM", "\\log h_w(x) = (1 - h_w(x))\\, x")
    assert ("h", "w") in function_labels(text)


def test_a_family_index_is_still_no_label() -> None:
    assert ("f", "k") not in function_labels("$$f_k(x) = w_k^\\top x$$")


@pytest.mark.parametrize("claim", ["\\frac{\\partial}{\\partial w} \\log h_w(x) = (1 - h_w(x))\\, x",
                                   "\\frac{\\partial}{\\partial w} \\log (1 - h_w(x)) = -h_w(x)\\, x"])
def test_the_gradients_of_the_log_likelihood_hold(claim: str) -> None:
    assert _last(claim) in (Verdict.PROVED, Verdict.PASSED)


def test_a_sign_slip_fails() -> None:
    assert _last("\\frac{\\partial}{\\partial w} \\log (1 - h_w(x)) = h_w(x)\\, x") is Verdict.FAILED


@pytest.mark.parametrize(("claim", "verdicts"), [
    ("f_\\theta(2) = \\theta_0 + 2\\theta_1", (Verdict.PROVED, Verdict.PASSED)),
    ("f_\\theta(2) = \\theta_0 + 3\\theta_1", (Verdict.FAILED,)),
])
def test_a_labelled_function_at_a_number_is_its_call(claim: str, verdicts: tuple[Verdict, ...]) -> None:
    # f_θ(2) is the notes' f_θ at 2 (its tree a call of f_theta), not "f(2) read as a product" (numbercalls)
    text = f"Let $f_\\theta(x) = \\theta_0 + \\theta_1 x$.\n\n$${claim}$$\n"
    step = [s for c in check_text(text, "notes.md").chains for s in c.result.steps][-1]
    assert step.verdict in verdicts, step.message
