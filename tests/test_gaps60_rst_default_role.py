r"""gaps60: ``.. default-role:: math`` in a Sphinx note makes bare `` `…` `` math in the prose too
(documents.restructured.rst_prose).

docutils already hands bare interpreted text to the math role after the directive, so the formulas were found, but
the prose the reader learns definitions from kept the backticks: "Let `f(x) = x^3 + 2x`" defined nothing, and a wrong
``f'(x) = 3x^2 + 1`` was SKIPPED "f is not defined". Before the directive, after ``.. default-role::`` alone, and
for ````literals```` and `` `links`_ `` nothing changes. Notes of our own."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.restructured import read_rst, rst_prose

_NOTE = "Derivatives\n===========\n\nROLE\n\nLet `f(x) = x^3 + 2x`.\n\n.. math::\n\n   f'(x) = CLAIM\n"


def _claim(role: str, claim: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("ROLE", role).replace("CLAIM", claim), "notes.rst")[10]


def test_a_definition_in_default_role_math_is_learned() -> None:
    assert _claim(".. default-role:: math", "3x^2 + 1") == ["FAILED"]
    assert _claim(".. default-role:: math", "3x^2 + 2") == ["PROVED"]


def test_without_the_directive_backticks_are_no_math() -> None:
    assert _claim("Plain text here.", "3x^2 + 1") == ["SKIPPED"]


def test_the_role_holds_from_the_directive_to_the_next() -> None:
    text = ("T\n=\n\nBefore `x` stays.\n\n.. default-role:: math\n\nLet `f(x) = x^2`, see ``code`` and `site`_.\n\n"
            ".. default-role::\n\nAfter `y` stays.\n")
    prose = rst_prose(text, read_rst(text))
    assert "Before `x` stays." in prose and "After `y` stays." in prose
    assert "Let $f(x) = x^2$, see ``code`` and `site`_." in prose
