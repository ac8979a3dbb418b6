r"""A name named after a link that fails, set to 0 and solved in the next display, makes no green solution
(redteam40).

``K'(w) = 2w - 4 =: g(w)`` (K = w² − 6w: FAILED), then ``g(w) = 0 \Rightarrow w = 2`` was PROVED "it follows from
the equation before it": the solved line writes no g, so redteam39's rule for a later step that uses g
(documents.premises.on_unsettled_names) missed it, and the equation it follows from reads g by that wrong link. The
minimiser is 3. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    Let $K(w) = w^2 - 6w$.

    $$K'(w) = 2w - SLOPE =: g(w)$$

    Setting the gradient to zero,

    $$g(w) = 0 \Rightarrow w = ROOT$$
    """


def _steps(slope: str, root: str) -> list:
    return doc_steps(NOTES.replace("SLOPE", slope).replace("ROOT", root))


def test_a_solution_read_through_a_name_after_a_failed_link_is_not_green() -> None:
    steps = _steps("4", "2")
    assert steps[0].verdict is Verdict.FAILED
    assert steps[-1].verdict is Verdict.SKIPPED
    assert "which does not hold there (FAILED)" in steps[-1].message


def test_after_a_link_that_holds_the_solution_is_proved() -> None:
    steps = _steps("6", "3")
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.PROVED


def test_a_wrong_solution_stays_not_green() -> None:
    assert _steps("6", "2")[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)
