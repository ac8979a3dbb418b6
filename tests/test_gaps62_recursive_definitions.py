r"""Definitions that call themselves, through another definition or directly (gaps62, left by stop 61).

"Let $f(x) := g(x) + 1$ and $g(x) := f(x) - 1$." made every step that used f or g an ERROR ("internal error while
checking this chain: RecursionError"): the value of f's body called g, whose body called f, without end. A name
defined in terms of itself has no value the notes give: its steps are SKIPPED, and the reason says so. A function
called again with other arguments from the body of another (``h(x) := g(x)^2``, ``g(x) := x + 1``) is no recursion and
is still read. Every note is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_MUTUAL = (
    ("Let $f(x) := g(x) + 1$ and $g(x) := f(x) - 1$.", "f(x) - g(x) = 2"),
    ("Let $f(x) := g(x) + 1$ and $g(x) := f(x) - 1$.", "f(x) - g(x) = 1"),
    ("Let $L(w) := \\frac{1}{2} w^2 + R(w)$ and $R(w) := \\lambda L(w)$.", "\\frac{dL}{dw} = w"),
    ("Let $p(x) := q(x)^2$, $q(x) := r(x) + 1$ and $r(x) := p(x) - x$.", "p(2) = 4"),
)


@pytest.mark.parametrize(("prose", "claim"), _MUTUAL)
def test_mutually_recursive_definitions_are_skipped_with_a_reason(prose: str, claim: str) -> None:
    steps = doc_steps(f"# T\n\n{prose}\n\nThen\n\n$$\n{claim}\n$$\n")
    assert steps, "no step read"
    for s in steps:
        assert s.verdict.value == "SKIPPED", (s.verdict, s.message)
        assert "in terms of itself" in s.message, s.message


def test_a_definition_calling_another_is_still_read() -> None:
    body = "# T\n\nLet $g(x) := x + 1$ and $h(x) := g(x)^2 + g(2x)$.\n\nThen\n\n$$\nh(1) = {}\n$$\n"
    assert doc_steps(body.format(7))[-1].verdict.value in ("PASSED", "PROVED")
    assert doc_steps(body.format(8))[-1].verdict.value == "FAILED"


def test_a_nested_call_of_one_definition_is_still_read() -> None:
    body = "# T\n\nLet $g(x) := 2x + 1$.\n\nThen\n\n$$\ng(g(1)) = {}\n$$\n"
    assert doc_steps(body.format(7))[-1].verdict.value in ("PASSED", "PROVED")
    assert doc_steps(body.format(8))[-1].verdict.value == "FAILED"
