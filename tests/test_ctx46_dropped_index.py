r"""A vector written without its index inside a sum over that index (documents.droppedindex).

``\sum_i t_i \log\sigma(z)`` where the notes write ``z_i`` elsewhere: read literally the summand is a vector
beside the scalar ``t_i`` (shapes that clash, SKIPPED); read as ``\sigma(z_i)`` a step that holds is
PROVED with the reading reported, and one that fails under it is SKIPPED, never FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

PROSE = "The scores are $z_k$, the targets $a_k$.\n\n"


def test_a_bare_vector_in_a_sum_over_its_index_is_its_entry() -> None:
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m a_k \log \sigma(z) = -\sum_{k=1}^m a_k \log(1 + e^{-z_k})$$" + "\n")
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "without its index inside a sum" in step.message


def test_a_wrong_step_under_the_reading_is_not_failed() -> None:
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m a_k \log \sigma(z) = \sum_{k=1}^m a_k \log(1 + e^{-z_k})$$" + "\n")
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "not called FAILED" in step.message


def test_a_sum_whose_body_indexes_nothing_by_it_is_left_alone() -> None:
    # \sum_k \sigma(z) writes no entry of sample k: m copies of the vector σ(z), not a dropped index
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m \sigma(z) = \sum_{k=1}^m \sigma(z_k)$$" + "\n")
    assert step.verdict is not Verdict.PROVED or "without its index" not in step.message
    assert step.verdict is not Verdict.PASSED
