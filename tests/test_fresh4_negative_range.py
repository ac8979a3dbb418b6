r"""A range the prose states below zero ("and for $w < 0$:") is read like one above it: the
derivative of ``|w|`` on the negative branch holds there, and the nearest statement before a chain
wins over an earlier one for the other branch. A wrong sign on that branch stays FAILED. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

BRANCHES = r"""
For $g(w) = \frac12 w^2 + \lambda |w|$ with $w > 0$:

$$g'(w) = w + \lambda$$

and for $w < 0$:

$$g'(w) = {RHS}$$
"""


def steps(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_negative_branch_holds_as_the_prose_states() -> None:
    found = steps(BRANCHES.replace("{RHS}", r"w - \lambda"))
    assert found[0][0] == "PROVED" and found[1][0] in ("PROVED", "PASSED"), found
    assert "w < 0 as the prose states" in found[1][1]


def test_wrong_sign_on_the_negative_branch_stays_failed() -> None:
    found = steps(BRANCHES.replace("{RHS}", r"w + \lambda"))
    assert found[1][0] == "FAILED", found
