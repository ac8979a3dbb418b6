r"""Where the notes define the letter themselves, ``\Omega(w)`` or ``O(…)`` is read as they say
(documents.asymptotic leaves only asymptotic notation unread): a regulariser's gradient is still checked, right and
wrong. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_REGULARISER = r"""# Regularised loss

The regulariser is $\Omega(w) := \frac{\lambda}{2}\|w\|^2$.

$$\nabla_w \Omega(w) = \lambda w$$
"""


def test_a_regulariser_the_notes_define_as_omega_is_still_checked() -> None:
    assert verdicts_by_line(_REGULARISER)[5] == ["PROVED"]


def test_a_wrong_gradient_of_the_defined_omega_still_fails() -> None:
    assert verdicts_by_line(_REGULARISER.replace(r"= \lambda w$$", r"= 2\lambda w$$"))[5] == ["FAILED"]


def test_big_o_is_skipped_with_its_reason() -> None:
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    check = check_text("# Costs\n\n$$O(n^2) + O(n) = O(n^3)$$\n", "notes.md", Settings())
    (step,) = [s for ch in check.chains for s in ch.result.steps]
    assert step.verdict.value == "SKIPPED"
    assert "asymptotic notation" in step.message
