r"""Names stated equal in the prose are tied by the notes, not claimed equal (sound42).

"The weights are tied, $u_1 = u_2 = u$, for every $u$." had its link ``u_2 = u`` FAILED: documents.saididentity read
"for every $u$" as saying the link is an identity in u (it is one only for u_2 = u, which is what the sentence sets).
A chain whose members are all plain names (``u_1``, ``u_2``, ``u``: no operation) ties the names: a definition, never a
claim FAILED, and its "for every" makes no later formula an identity; the lines after a tie of other letters read
each name as the last one (``u_1 = u_2 = v``, then ``(u_1 y)^2 + (u_2 y)^2 = 2v^2 y^2``). A formula that
computes something after "for every" stays a claim. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize("sentence", [
    "The weights are tied, $u_1 = u_2 = u$, for every $u$.",
    "The weights are tied: $u_1 = u_2 = u$ for all $u$.",
    "We tie the weights, $u_1 = u_2 = u$.",
    "Set $u_1 = u_2 = u$.",
])
def test_a_tie_of_names_is_not_failed(sentence: str) -> None:
    steps = doc_steps(f"# Tying\n\n{sentence}\n")
    assert all(s.verdict is not Verdict.FAILED for s in steps)


@pytest.mark.parametrize("sentence", [
    "The weights are tied, $u_1 = u_2 = v$, for every $v$.",
    "We tie the weights, $u_1 = u_2 = v$.",
])
def test_the_lines_after_a_tie_read_the_names_as_one(sentence: str) -> None:
    steps = doc_steps(f"# Tying\n\n{sentence}\n\nThen\n\n$$E = (u_1 y)^2 + (u_2 y)^2 = 2 v^2 y^2$$\n")
    assert steps[-1].verdict is Verdict.PROVED
    wrong = doc_steps(f"# Tying\n\n{sentence}\n\nThen\n\n$$E = (u_1 y)^2 + (u_2 y)^2 = 4 v^2 y^2$$\n")
    assert wrong[-1].verdict is Verdict.FAILED


def test_for_every_of_a_tie_makes_no_later_formula_an_identity() -> None:
    # u_2 = u ties an entry of u to u: not learned, so the display is not read with the tie — but not FAILED
    steps = doc_steps("# Tying\n\nThe weights are tied, $u_1 = u_2 = u$, for every $u$.\n\nThen\n\n"
                      "$$E = (u_1 y)^2 + (u_2 y)^2 = 2 u^2 y^2$$\n")
    assert steps[-1].verdict is not Verdict.FAILED


def test_a_computed_claim_for_every_value_stays_checked() -> None:
    steps = doc_steps("# Tying\n\nThe sum is $u + u = 3u$, for every $u$.\n")
    assert steps[-1].verdict is Verdict.FAILED
