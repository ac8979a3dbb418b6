r"""A formula a supposing sentence gives its name is what the name is assumed to have, whatever the verb (sound40).

"Let $X$ be a random variable with $\mathbb{E}[X] = 2$" made the moment a hypothesis of the chains after it and
nothing to check; "Let $X$ have $\mathbb{E}[X] = 2$" made it a hypothesis too, and also an inline claim of its own,
SKIPPED "does not follow from linearity" (documents.claims: "with" was a condition cue, "have" was not). A main
clause after the supposition ("…, so …") is still a claim. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.claims import supposed_before

NOTES = r"""
# Moments

SENTENCE

$$
\operatorname{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2 = 5 - 4 = 1
$$
"""


def _steps(sentence: str) -> dict[int, list[str]]:
    return verdicts_by_line(NOTES.replace("SENTENCE", sentence))


def test_the_verb_of_a_supposition_does_not_make_its_moment_a_claim() -> None:
    have = _steps(r"Let $X$ have $\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$.")
    with_ = _steps(r"Let $X$ be a random variable with $\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$.")
    assert have == with_
    assert 4 not in have  # no step on the sentence's own line
    assert have[7][-2:] == ["PROVED", "PROVED"]  # read at the stated moments


def test_a_main_clause_after_the_supposition_is_still_a_claim() -> None:
    got = _steps(r"Let $X$ have $\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$, so $\mathbb{E}[3X] = 2\mathbb{E}[X]$.")
    assert got[4] == ["SKIPPED"]  # checked (E[3X] = 3E[X] is not 2E[X] at every value), not dropped


def test_which_words_suppose() -> None:
    assert supposed_before("Let $X$ have")
    assert supposed_before(r"Suppose $f$ satisfies $f(0) = 1$ and")
    assert not supposed_before("Let $X$ be uniform so")
    assert not supposed_before("Let $X$ be uniform. Then")
    assert not supposed_before("The variable $X$ has")


def test_a_worked_chain_in_a_supposing_sentence_is_still_checked() -> None:
    got = _steps(r"Let $w$ be initialised at $w = 0.5 \cdot 2 = 2$.")
    assert "FAILED" in got[4]
