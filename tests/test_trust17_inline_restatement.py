r"""An inline formula that writes a defined name again is a claim about it, not a silent new definition (trust17).

``$r = y - Xw$`` defines the residual; "Expanding, $r = Xw - y$" a few lines on flips its sign, and the
gradient ``\nabla J = X^T r`` after it was PROVED with the flipped r: the inline restatement was learned
as r's new definition, never checked. Written again without words that define anew, it is checked against
the first definition, as a display written twice is (documents.restatements): the wrong rewriting is
FAILED, and the line that uses it is not green. A restatement that holds is PROVED; one the prose
announces ("now let"), or one after a heading, is the notes' new meaning, and the lines after it use it."""

from __future__ import annotations

from support import doc_steps, line_of

from verifier.results import Verdict

_NOTES = r"""# Least squares

Let $X \in \mathbb{R}^{n\times d}$, $y \in \mathbb{R}^n$, $w \in \mathbb{R}^d$ and define the residual $r = y - Xw$.
The loss is

$$J(w) = \frac12 \|y - Xw\|^2$$

LEAD $r = RESTATED$, and so

$$\nabla J = GRADIENT$$
"""


def _steps(lead: str, restated: str, gradient: str) -> list:
    return doc_steps(_NOTES.replace("LEAD", lead).replace("RESTATED", restated).replace("GRADIENT", gradient))


def test_a_flipped_inline_rewriting_is_failed_and_its_use_not_green() -> None:
    steps = _steps("Expanding,", "Xw - y", "X^T r")
    at = line_of(_NOTES, "LEAD")
    restated = [s for s in steps if s.source.endswith(f":{at}")]
    assert restated and restated[0].verdict is Verdict.FAILED, [(s.source, s.verdict, s.message) for s in steps]
    assert not steps[-1].verdict.ok, steps[-1].message


def test_a_flipped_inline_restatement_without_a_lead_in_leaves_its_use_not_green() -> None:
    steps = _steps("Hence", "Xw - y", "X^T r")
    assert not steps[-1].verdict.ok, steps[-1].message


def test_a_correct_inline_rewriting_is_proved_and_its_use_checked_by_it() -> None:
    steps = _steps("Expanding,", "-(Xw - y)", "-X^T r")
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.source, s.verdict, s.message) for s in steps]
    assert steps[-1].verdict.ok, steps[-1].message


def test_an_announced_new_definition_is_still_learned() -> None:
    steps = _steps("Now let", "Xw - y", "X^T r")
    assert steps[-1].verdict.ok, steps[-1].message


def test_a_letter_reused_after_a_heading_is_still_learned() -> None:
    steps = _steps("## Another problem\n\nHere", "Xw - y", "X^T r")
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.source, s.verdict, s.message) for s in steps]
    assert steps[-1].verdict.ok, steps[-1].message
