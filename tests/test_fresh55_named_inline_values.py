r"""``bias $= -1/3$``: an inline formula opening with ``=`` after a word names that word's value (fresh55).

Notes list worked values as "bias $= −2/(5 + 1) = −1/3$, variance $= 5/36 ≈ 0.139$". Inline formulas that
start with ``=`` continued the prose's previous inline chain, however far back (a derivative five lines up),
so the chain read ``… = 2S(λw² − σ²)/(S + λ)³ = −2/(5 + 1) = −1/3 = 5/36`` and ``−1/3 = 5/36`` was FAILED on a
correct note. After a word that is no linking word ("to", "is", "gives" …) the formula's left member is that
word, outside the math: it starts a chain of its own, whose links are checked as the prose's arithmetic is.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Numbers

The slope is $d/dx (x^2 + 3x) = 2x + 3$.

With five points: bias $= -2/(5 + 1) = {bias}$, variance $= 5/36 ≈ 0.139$.
"""


def test_named_values_start_chains_of_their_own() -> None:
    steps = doc_steps(_NOTES.replace("{bias}", "-1/3"))
    assert not [s for s in steps if s.verdict is Verdict.FAILED], [(s.lhs_latex, s.rhs_latex) for s in steps]
    assert any(s.lhs_latex == "-2/(5 + 1)" and s.verdict is Verdict.PROVED for s in steps)


def test_a_wrong_named_value_still_fails() -> None:
    steps = doc_steps(_NOTES.replace("{bias}", "-1/2"))
    assert [s.verdict for s in steps if s.lhs_latex == "-2/(5 + 1)"] == [Verdict.FAILED]


@pytest.mark.parametrize("word", ["to", "is"])
def test_after_a_linking_word_the_chain_goes_on(word: str) -> None:
    notes = f"# Expand\n\nWe have $d/dx (x + 1)^2 = 2(x + 1)$, which expands {word} $= 2x + 3$.\n"
    assert doc_steps(notes)[-1].verdict is Verdict.FAILED
