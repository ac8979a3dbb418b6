r"""An index the earlier member writes and the later one drops inside the same sum is lost, not dropped on purpose.

documents.droppedindex reads ``\sum_k a_k \log\sigma(u)`` as ``\sigma(u_k)`` where the notes write ``u_k``
(ctx46: notes that start from the short form and write the entries after it). The same reading made
``\sum_k b_k \log u_k = \sum_k b_k \log u`` PROVED — the index written on the left and lost on the right, the
way a planted slip loses it (sound47's leftover). A name whose entry an earlier member of the chain writes, bare
inside a sum of a later member, keeps the literal reading there (never green); the short form first is read as
before. Every example is my own.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

PROSE = "The inputs are the entries $u_k$ of the vector $u$, the targets $b_k$.\n\n"
GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_an_index_lost_on_the_right_is_not_read_as_the_entry() -> None:
    (step,) = doc_steps(r"$$\sum_k b_k \log u_k = \sum_k b_k \log u$$" + "\n")
    assert step.verdict not in GREEN, step.message


def test_an_index_lost_in_a_later_member_of_a_longer_chain_is_not_read() -> None:
    steps = doc_steps(PROSE + r"$$L = -\sum_{k=1}^m b_k \log \sigma(u_k) = -\sum_{k=1}^m b_k \log \sigma(u)$$" + "\n")
    assert steps[-1].verdict not in GREEN, steps[-1].message


def test_the_short_form_first_is_still_read() -> None:
    (step,) = doc_steps(PROSE + r"$$\sum_{k=1}^m b_k \log \sigma(u) = -\sum_{k=1}^m b_k \log(1 + e^{-u_k})$$" + "\n")
    assert step.verdict in GREEN, step.message
    assert "without its index inside a sum" in step.message
