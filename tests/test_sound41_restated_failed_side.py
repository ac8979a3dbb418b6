r"""An equation that sets a FAILED link's side to 0 in the next display makes no green solution (sound41).

``f'(w) = 2w - 4`` (f = w² − 6w: FAILED, it is 2w − 6), then ``2w - 4 = 0 \Rightarrow w = 2`` was PROVED "it follows
from the equation before it": a true implication, but the stationary point it concludes rests on the FAILED
gradient, restated as the expression set to 0. redteam39's rule (documents.premises) broke the run only where the
FAILED link is in the chain that ends with the premise. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    Let $f(w) = w^2 - 6w$.

    $$f'(w) = 2w - SLOPE$$

    Setting the derivative to zero:

    $$2w - SLOPE = 0 \Rightarrow w = ROOT$$
    """


def _steps(slope: str, root: str, notes: str = NOTES) -> list:
    return doc_steps(notes.replace("SLOPE", slope).replace("ROOT", root))


def test_a_solution_of_a_failed_gradient_restated_is_not_green() -> None:
    steps = _steps("4", "2")
    assert steps[0].verdict is Verdict.FAILED
    assert steps[-1].verdict is Verdict.SKIPPED
    assert "rests on line 3, which FAILED" in steps[-1].message


def test_the_other_side_written_first_is_not_green_either() -> None:
    steps = _steps("4", "2", NOTES.replace("$$2w - SLOPE = 0", "$$0 = 2w - SLOPE"))
    assert steps[-1].verdict is Verdict.SKIPPED


def test_after_a_right_gradient_the_solution_is_proved() -> None:
    steps = _steps("6", "3")
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.PROVED


def test_a_wrong_solution_of_a_right_gradient_stays_not_green() -> None:
    assert _steps("6", "2")[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_another_expression_set_to_zero_keeps_its_verdict() -> None:
    # the notes correct themselves: 2w - 6 = 0 is not the FAILED link's side
    steps = _steps("4", "3", NOTES.replace("$$2w - SLOPE = 0", "$$2w - 6 = 0"))
    assert steps[0].verdict is Verdict.FAILED
    assert steps[-1].verdict is Verdict.PROVED


def test_a_run_of_equivalences_after_a_failed_gradient_is_not_green() -> None:
    notes = NOTES.replace("$$2w - SLOPE = 0", "$$f'(w) = 0 \\Leftrightarrow 2w - SLOPE = 0").replace(
        "\\Rightarrow w", "\\Leftrightarrow w")
    steps = _steps("4", "2", notes)
    assert steps[0].verdict is Verdict.FAILED
    assert steps[-1].verdict is Verdict.SKIPPED
    assert _steps("6", "3", notes)[-1].verdict is Verdict.PROVED
