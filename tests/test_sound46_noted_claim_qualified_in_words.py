r"""An equation in a step's note that the note's next words qualify ("at the origin", "at a perfect fit") is no
claim of its own to judge as an identity (sound46, documents.notedclaims).

``\sigma'(z) = \sigma(z)(1 - \sigma(z)) \quad \text{(and } \sigma'(z) = 0.25 \text{ at the origin)}`` had its tail
``\sigma'(z) = 0.25`` FAILED at z = -8.3: the words after it say where it holds, which the checker does not read.
A claim followed by math (``\text{ for } x < 0``) is read under it as before; one with no words after it is judged
as before. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

SIGMOID = "$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\quad \\text{(and } TAIL)}$$\n"


def _tail(tail: str) -> list[str]:
    return verdicts_by_line("# N\n\n" + SIGMOID.replace("TAIL", tail))[3]


def test_a_claim_qualified_in_words_is_not_failed() -> None:
    assert "FAILED" not in _tail("\\sigma'(z) = 0.25 \\text{ at the origin")
    assert "FAILED" not in _tail("\\sigma'(z) = 0.25 \\text{ when the input is zero")


def test_a_claim_with_no_words_after_it_is_still_judged() -> None:
    assert "FAILED" in _tail("\\sigma'(z) = \\sigma(z)^2 \\text{")
