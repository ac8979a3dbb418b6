r"""iso14: a macro bomb (``\def\a{\b\b}\def\b{\c\c}…``) defined in many places of a note costs a bounded
number of expansions for the whole note, not :data:`MAX_EXPANSIONS` for every stretch between two
definitions (25 definitions made ~50 stretches and a million expansions: the note's reading ran past
its budget, so no step of it was checked, not even the plain one after the bomb)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents import macros

BOMB = "".join(f"\\def\\{chr(97 + i)}{{\\{chr(98 + i)}\\{chr(98 + i)}}}" for i in range(25))
NOTE = f"""# Shorthand

{BOMB}

$${BOMB}$$

$$\\a = 0$$

$$\\frac{{d}}{{dx}} x^2 = 2x$$
"""


@pytest.fixture
def expansions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    count = [0]
    real = macros._substitute

    def counted(body: str, args: list[str]) -> str:
        count[0] += 1
        return real(body, args)

    monkeypatch.setattr(macros, "_substitute", counted)
    return count


def test_a_bomb_costs_a_bounded_number_of_expansions_per_note(expansions: list[int]) -> None:
    macros.expand_document(NOTE)
    # the shared budget, and an allowance of one expansion per character written (review22e: a
    # long note's own shorthand must not run the shared budget out)
    assert expansions[0] <= macros.MAX_EXPANSIONS + len(NOTE)


def test_the_plain_step_after_a_bomb_is_checked_and_the_bomb_is_not_green(expansions: list[int]) -> None:
    steps = doc_steps(NOTE)
    verdicts = {s.verdict.name for s in steps}
    assert any(s.verdict.name == "PROVED" and s.rhs_latex.replace(" ", "") == "2x" for s in steps), steps
    assert expansions[0] <= 4 * macros.MAX_EXPANSIONS  # the prose, the displays: each note's table its own budget
    assert "FAILED" not in verdicts


def test_macros_a_real_note_uses_still_expand() -> None:
    text = "\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n\n$$\\pd{f}{x} = 2x$$\n"
    assert "\\frac{\\partial f}{\\partial x}" in macros.expand_document(text)
