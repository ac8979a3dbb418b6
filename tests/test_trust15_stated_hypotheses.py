r"""A display stated with a hypothesis in prose is checked under it (trust15).

"$$\nabla_x (x^T A x) = Ax$$ which holds when $A$ is symmetric": the after-clause read as a condition
the notes state "not as a fact" made the wrong display SKIPPED ('as they say'), though the notes state it
as a fact under the hypothesis. Checked with A symmetric it fails even then: FAILED; the right 2Ax holds
then: green. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _notes(before: str, rhs: str, after: str, punct: str = "") -> str:
    return (f"# Quadratic forms\n\nLet $x$ be a vector and $A$ a square matrix.\n\n{before}\n\n"
            f"$$\\nabla_x (x^T A x) = {rhs}{punct}$$\n\n{after}\n\nNext we turn to something else.\n")


_STATED = [
    ("", "which holds when $A$ is symmetric.", ""),
    ("", "which holds when $A$ is symmetric.", ","),
    ("", "which is true when $A = A^T$.", ","),
    ("", "which holds only when $A$ is symmetric.", ","),
    ("", "for symmetric $A$.", ","),
    ("", "if $A$ is symmetric.", ","),
    ("If $A$ is symmetric, then", "", ""),
    ("When $A = A^T$ we get", "", ""),
]


@pytest.mark.parametrize(("before", "after", "punct"), _STATED)
def test_a_display_wrong_even_under_its_hypothesis_is_failed(before: str, after: str, punct: str) -> None:
    r = doc_steps(_notes(before, "Ax", after, punct))[-1]
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize(("before", "after", "punct"), _STATED)
def test_a_display_right_under_its_hypothesis_is_green(before: str, after: str, punct: str) -> None:
    r = doc_steps(_notes(before, "2Ax", after, punct))[-1]
    assert r.verdict.ok, r.message
    assert "symmetric" in r.message


def test_a_condition_the_checker_cannot_read_keeps_the_notes_word() -> None:
    r = doc_steps(_notes("", "Ax", "which holds only when $A$ is unitary.", ","))[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
