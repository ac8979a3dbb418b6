r"""A range against a number other than 0 ("for $m < 1$", "for $x > 2$") is read as "for $w < 0$" is.

Hinge-type losses are derived one region at a time: "$\ell'(m) = -2(1 - m)$ for $m < 1$", "By the chain rule, for
$m < 1$, $$\nabla_w \max(0, 1 - m) = -y x$$" with $m = y w x$ defined. The checker read a half-line range only
against zero (``w > 0``, ``w < 0``), so these correct steps FAILED at a point with m > 1, outside the notes' region
(fresh41: false alarms on the hinge and squared-hinge gradients). Inside the region a wrong step still fails.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(body: str) -> Verdict:
    """The verdict of the note's last step, at the default settings (as ``verify doc`` checks)."""
    by_line = verdicts_by_line(body)
    return Verdict(by_line[max(by_line)][-1])


def test_an_inline_derivative_with_a_bound_after_it() -> None:
    note = "# Loss\n\nThe loss $\\ell(m) = \\max(0, 1 - m)^2$ has $\\ell'(m) = {D}$ for $m < 1$, so it is smooth.\n"
    assert _last(note.replace("{D}", "-2(1 - m)")) in GREEN
    assert _last(note.replace("{D}", "-2(1 + m)")) is Verdict.FAILED


def test_a_bound_on_a_defined_name_before_a_display() -> None:
    note = ("# Loss\n\nThe score is $f = w x$ and the margin is $m = y f$.\nFor $m < 1$,\n\n"
            "$$\\frac{\\partial}{\\partial w} \\max(0, 1 - m) = {D} .$$\n")
    assert _last(note.replace("{D}", "-y x")) in GREEN
    assert _last(note.replace("{D}", "y x")) is Verdict.FAILED


def test_a_bound_above_a_number() -> None:
    note = "# Clip\n\nFor $x > 2$,\n\n$$\\frac{d}{dx} \\min(x, 2)^2 = {D} .$$\n"
    assert _last(note.replace("{D}", "0")) in GREEN
    assert _last(note.replace("{D}", "4")) is Verdict.FAILED


def test_an_inline_claim_on_a_defined_name_with_a_definition_before_it_in_its_sentence() -> None:
    # the sentence defines the loss before the claim: that formula is no second condition left unread
    note = ("# Loss\n\nLabels are $y \\in \\{-1, +1\\}$, the score is $f = \\mathbf{w}^\\top \\mathbf{x}$, and the "
            "margin is $m = y f$.\n\nThe squared hinge $\\ell_s(m) = \\max(0, 1-m)^2$ is differentiable, with\n"
            "$\\ell_s'(m) = {D}$ for $m < 1$, so it is smooth.\n")
    assert _last(note.replace("{D}", "-2(1-m)")) in GREEN
    assert _last(note.replace("{D}", "-2(1+m)")) is Verdict.FAILED



def test_a_consequence_after_the_range_is_no_further_condition() -> None:
    # "…, so $\nabla \ell = …$ there": what follows from the claim, not a condition beside its range
    note = ("# Loss\n\nLabels are $y \\in \\{-1, +1\\}$, the score is $f = \\mathbf{w}^\\top \\mathbf{x}$, and the "
            "margin is $m = y f$.\n\nThe squared hinge $\\ell_s(m) = \\max(0, 1-m)^2$ is differentiable, with\n"
            "$\\ell_s'(m) = {D}$ for $m < 1$, so $\\ell_s'(m) \\le 0$ there.\n")
    assert _last(note.replace("{D}", "-2(1-m)")) in GREEN
    assert _last(note.replace("{D}", "-2(1+m)")) is Verdict.FAILED
