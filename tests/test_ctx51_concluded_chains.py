r"""A conclusion after a chain shown to be zero: "$$0 = A = \dots = Z.$$ Thus we can conclude that $Z_1 = Z_2$".

Derivations end a chain of identities that starts at 0 with the difference they want, and conclude the equation it
says (``0 = \frac{\partial}{\partial\theta}\int p(y)dy = \dots = E[y] - A'(\theta)``, "Thus we can conclude that
$E[y] = A'(\theta)$"). The conclusion alone is no identity the checker can show (it is the derivation's result), and
was SKIPPED. documents.wordlinks now links it to the chain's whole equation, 0 = Z (the first member 0, the last Z):
PROVED where it is a nonzero multiple of Z = 0 — and only where **every** step of that chain is green
(documents.premises): a chain with a step left unchecked is a claim that proves nothing, and the conclusion stays
SKIPPED, saying so.
"""

from __future__ import annotations

from support import doc_steps
from test_ctx51_stated_densities import BLOCK, CHAIN, STATED

from verifier.results import Verdict

CONCLUSION = "Thus we can conclude that $E[y] = A'(\\theta)$, the mean.\n"
NOTES = BLOCK + STATED + CHAIN + "\n" + CONCLUSION


def test_the_conclusion_of_a_green_chain_shown_zero_follows_from_it() -> None:
    steps = doc_steps(NOTES)
    assert all(s.verdict is Verdict.PROVED for s in steps[1:-1]), [s.verdict for s in steps]
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "the equation before it" in steps[-1].message, steps[-1].message


def test_the_conclusion_of_a_chain_with_an_unchecked_step_is_not_green() -> None:
    steps = doc_steps(BLOCK + CHAIN + CONCLUSION)  # without ∫p = 1 stated, the first and last links are SKIPPED
    assert steps[0].verdict is Verdict.SKIPPED
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_wrong_conclusions_are_not_green() -> None:  # a factor, a sign
    for wrong in ("$E[y] = 2A'(\\theta)$", "$E[y] = -A'(\\theta)$"):
        steps = doc_steps(NOTES.replace("$E[y] = A'(\\theta)$", wrong))
        assert steps[-1].verdict is Verdict.SKIPPED, wrong


def test_a_chain_that_ends_in_zero_links_its_last_two_members_as_before() -> None:
    notes = "$$0 = w^2 - 9 = 0$$\n\nso\n\n$$w^2 = 9.$$\n"  # 0 = A = 0 sets A to zero: the link of A = 0
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
