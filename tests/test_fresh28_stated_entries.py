r"""An entry of a vector the notes state by its numbers, written with a numeric subscript, is that number.

"Let $p = (0.5, 0.3, 0.2)$ … the first word has probability $0.4 \cdot 1 + 0.4 \cdot 0.25 = 0.5 = p_1$"
(fresh28's speculative decoding): p is written nowhere else with an index, so ``p_1`` was read as a scalar of
its own, the stated vector ``p = (0.5, 0.3, 0.2)`` reached no name of the step, and ``0.5 = p_1`` FAILED at a
random p_1 (a false alarm; its hypothesis was reported as "under the hypothesis  (solved for nothing)"). The
stated vector now gives ``p_1``, ``p_2``, ``p_3`` their entries (counted from 1; not where the notes write a
``p_0``). A wrong one is never green: FAILED since sound41 (documents.exactdata: entries stated as data are exact,
and a sum of them the number written is not is a mistake; it was SKIPPED, "another value of a name may be meant").
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
STATED = "Let $p = (0.5, 0.3, 0.2)$ and $q = (0.4, 0.4, 0.2)$.\n\n"


@pytest.mark.parametrize("claim", [
    "The first word has probability $0.4 \\cdot 1 + 0.4 \\cdot 0.25 = 0.5 = p_1$.\n",
    "The last two add up to $p_2 + p_3 = 0.5$.\n",
])
def test_an_entry_of_a_stated_vector_is_its_number(claim: str) -> None:
    steps = doc_steps(STATED + claim)
    assert steps and steps[-1].verdict.value in GREEN, [s.message for s in steps]


@pytest.mark.parametrize("claim", [
    "The first word has probability $0.4 \\cdot 1 + 0.4 \\cdot 0.5 = 0.6 = p_1$.\n",
    "The last two add up to $p_2 + p_3 = 0.6$.\n",
])
def test_a_wrong_entry_is_not_green(claim: str) -> None:
    steps = doc_steps(STATED + claim)
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]  # SKIPPED before sound41
    assert "p = (0.5, 0.3, 0.2)" in steps[-1].message


def test_a_vector_counted_from_zero_gives_entries_from_zero() -> None:
    # gaps40: where the notes write p_0, the entries count from 0 (before: no entries, SKIPPED)
    steps = doc_steps(STATED + "Here $p_0$ is the first word. Then $p_1 + p_2 = 0.5$.\n")
    assert steps and steps[-1].verdict.value in GREEN, [s.message for s in steps]
    steps = doc_steps(STATED + "Here $p_0$ is the first word. Then $p_1 + p_2 = 0.8$.\n")
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]
