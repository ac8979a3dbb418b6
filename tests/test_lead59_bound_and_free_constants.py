r"""A definition with one constant bound by its own clause and another left general (lead59, documents.boundconstants).

"Let $f(x) = a(x - c)^2 + d$ with $c = 2$. Then $f'(x) = 2a(x - 2)$." is right: c is 2 where f is defined, a and d
stay general. boundconstants re-read a FAILED step at the bound values only where *every* name the counterexample
varies through the definition was bound; d (which f' does not even depend on) is not, so the step stayed FAILED at
c = 0 — a false alarm. The re-check keeps the names that are not bound general (it proves the step for all of
them), so reading it at the bound ones alone is as sound: a step that needs a value of a free name still fails.
"""

from __future__ import annotations

from support import line_of, verdicts_by_line

_NOTE = "# A parabola\n\nLet $f(x) = a(x - c)^2 + d$ with $c = 2$.\n\nThen $f'(x) = CLAIM$.\n"


def _claim(claim: str) -> list[str]:
    text = _NOTE.replace("CLAIM", claim)
    return verdicts_by_line(text, "notes.md")[line_of(text, "Then")]


def test_the_right_derivative_at_the_bound_constant_is_green() -> None:
    assert _claim("2a(x - 2)") in (["PROVED"], ["PASSED"])


def test_a_derivative_that_needs_a_free_constant_fixed_still_fails() -> None:
    assert _claim("2(x - 2)") == ["FAILED"]  # holds only at a = 1, which nothing says


def test_a_wrong_derivative_still_fails() -> None:
    assert _claim("2a(x + 2)") == ["FAILED"]
