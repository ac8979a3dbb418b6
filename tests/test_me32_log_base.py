r"""``\log`` without a base read in base 2 or 10 where the notes' numbers or words say so (documents.logbase).

"$\log 1000 = 3$ for the common logarithm" and "a fair coin has $-\frac12\log\frac12 - \frac12\log\frac12 = 1$
bit" FAILED, read with the natural logarithm: false alarms under a reading the notes plainly use. A chain of
numbers is tried in base 2 and 10; a chain with variables only in the base the prose states; a chain that
writes ``\ln``/``\exp``/``\log_b`` is left as read. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("claim", [r"\log 1000 = 3", r"-\frac12\log\frac12 - \frac12\log\frac12 = 1", r"\log 8 = 3"])
def test_numbers_that_hold_in_another_base_are_not_failed(claim: str) -> None:
    step = doc_steps(f"We have ${claim}$.\n")[-1]
    assert step.verdict.value in GREEN, step.message
    assert "base" in step.message, step.message


@pytest.mark.parametrize("claim", [r"\log 1000 = 4", r"-\frac12\log\frac12 - \frac12\log\frac12 = 2", r"\ln 8 = 3"])
def test_numbers_wrong_in_every_base_or_naturally_written_fail(claim: str) -> None:
    step = doc_steps(f"We have ${claim}$.\n")[-1]
    assert step.verdict.value == "FAILED", step.message


def test_a_formula_in_base_two_needs_the_prose_to_say_so() -> None:
    said = doc_steps("Entropies here are in bits.\n\n$$\\log(2x) = 1 + \\log x$$\n")[-1]
    assert said.verdict.value in GREEN and "base 2" in said.message, said.message
    unsaid = doc_steps("$$\\log(2x) = 1 + \\log x$$\n")[-1]
    assert unsaid.verdict.value not in GREEN, unsaid.message  # (an equation to solve, or FAILED)
    wrong = doc_steps("Entropies here are in bits.\n\n$$\\log(2x) = 2 + \\log x$$\n")[-1]
    assert wrong.verdict.value not in GREEN, wrong.message


@pytest.mark.parametrize("prose", ["Let us simplify a bit.", "With a few bits of algebra, for $x > 0$,",
                                   "This takes a little bit of care:", "The bits of the proof are short:",
                                   "With a couple of bits of algebra:"])
def test_bit_in_another_sense_does_not_say_base_two(prose: str) -> None:
    # review32a: "a bit" / "bits of algebra" read as "in bits" made log(2x) = log x + 1 PROVED
    step = doc_steps(f"{prose}\n\n$$\\log(2x) = \\log x + 1$$\n")[-1]
    assert step.verdict.value not in GREEN, step.message


@pytest.mark.parametrize("prose", ["Entropies here are measured in bits.", "The answer is $1$ bit per symbol.",
                                   "Information is counted in bits of information.", "The number of bits is"])
def test_bits_as_a_unit_still_say_base_two(prose: str) -> None:
    step = doc_steps(f"{prose}\n\n$$\\log(2x) = \\log x + 1$$\n")[-1]
    assert step.verdict.value in GREEN and "base 2" in step.message, step.message


@pytest.mark.parametrize("text", ["We have $\\log 8 = 3 = \\log 1000$.\n", "$$\\log 8 = 3 = \\log 1000$$\n"])
def test_one_chain_reads_one_base(text: str) -> None:
    # review32a: log 8 = 3 in base 2 and 3 = log 1000 in base 10: the chain (log 8 = log 1000) was PROVED
    steps = doc_steps(text)
    assert not all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


def test_a_chain_in_one_base_is_still_read() -> None:
    steps = doc_steps("We have $\\log 8 = 3 = \\log 2 + 2$.\n")
    assert all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]
