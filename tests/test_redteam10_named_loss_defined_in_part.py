r"""A part that defines a labelled loss and then writes the bare letter (redteam10).

"(b) Now define $J_{pair-loss}(h, t) = \frac12(h - t)^2 + \lambda h^2$." followed by
``\frac{\partial J}{\partial h} = h - t``: the part names its loss only in that definition, so notes9's
reading (a bare J is the loss the part names) did not apply, J was part (a)'s loss, and the derivative
without the λ term was PROVED. Which loss the bare letter means there is not said: the step is SKIPPED,
not green (nor FAILED: part (a)'s reading holds). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Pair loss

(a) The loss is $J = \frac12 (h - t)^2$.

$$\frac{\partial J}{\partial h} = h - t$$

(b) Now define $J_{pair-loss}(h, t) = \frac12 (h - t)^2 + \lambda h^2$.

$$\frac{\partial J}{\partial h} = {rhs}$$
"""


def test_the_bare_letter_after_a_part_defines_its_loss_is_not_green() -> None:
    steps = doc_steps(_NOTES.replace("{rhs}", "h - t"))
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message
    assert steps[-1].verdict is not Verdict.FAILED


def test_a_loss_built_from_the_bare_letter_keeps_it() -> None:
    notes = _NOTES.replace(r"\frac12 (h - t)^2 + \lambda h^2$", r"J + \lambda h^2$").replace("{rhs}", "h - t")
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
