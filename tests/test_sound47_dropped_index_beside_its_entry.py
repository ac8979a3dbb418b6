r"""A vector bare inside a sum whose body also writes its entry by the sum's index is a slip, not a dropped index.

documents.droppedindex reads ``\sum_k a_k \log\sigma(z)`` as ``\sigma(z_k)`` where the notes write ``z_k`` elsewhere:
the index is dropped throughout the summand. But a summand that writes the entry *and* the bare vector —
``\sum_k 2(c\, u_k - b_k)\, u`` for the derivative of ``\sum_k (c\, u_k - b_k)^2`` — has lost one index by mistake:
read as ``u_k`` the wrong step was PROVED. Such a body keeps the literal reading (never green). Every example is
written here.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

PROSE = "The inputs are the entries $u_k$ of the vector $u$, the targets $b_k$.\n\n"
GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_a_bare_vector_beside_its_entry_in_one_summand_is_not_read_as_the_entry() -> None:
    (step,) = doc_steps(PROSE + r"$$\frac{\partial}{\partial c} \sum_{k=1}^m (c u_k - b_k)^2 = "
                                r"\sum_{k=1}^m 2 (c u_k - b_k) u$$" + "\n")
    assert step.verdict not in GREEN, step.message


def test_a_sum_of_an_entry_and_the_bare_vector_is_not_read_as_two_entries() -> None:
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m (b_k u_k + u) = \sum_{k=1}^m b_k u_k + \sum_{k=1}^m u_k$$" + "\n")
    assert step.verdict not in GREEN, step.message


def test_the_index_dropped_throughout_the_summand_is_still_read() -> None:
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m b_k \log \sigma(u) = -\sum_{k=1}^m b_k \log(1 + e^{-u_k})$$" + "\n")
    assert step.verdict in GREEN, step.message
    assert "without its index inside a sum" in step.message
