r"""A claim between two names the notes define, inline: "Let $u = x^2 + 2x$ and $v = x(x + 1)$. Expanding, $u =
v$." (green71; red70's probe q05). It was no step at all, so a wrong v left the notes green. After words that claim
it (expanding, simplifying, "so", "hence", "we see that") it is a step read with both definitions: FAILED after an
algebra verb ("Expanding", "Simplifying": an identity claimed), else at most SKIPPED (such a tie may be an equation
the notes solve: documents.claimedties)."""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Two expressions

Let $u = x^2 + 2x$ and $v = V$. WORDS $u = v$. Therefore
$$\\frac{du}{dx} = 2x + 2$$
"""


def _line3(v: str, words: str = "Expanding,") -> list[str]:
    return verdicts_by_line(NOTE.replace("V", v).replace("WORDS", words)).get(3, [])


def test_an_expanded_claim_between_defined_names_that_is_false_fails() -> None:
    assert _line3("x(x + 1)") == ["FAILED"]


def test_the_right_claim_is_proved() -> None:
    assert _line3("x(x + 2)") == ["PROVED"]


def test_simplifying_is_an_identity_claim_too() -> None:
    assert _line3("x(x + 1)", "Simplifying,") == ["FAILED"]


def test_hence_a_false_tie_is_not_green() -> None:
    got = _line3("x(x + 1)", "Hence")
    assert got and not set(got) & {"PROVED", "PASSED"}


def test_setting_the_names_equal_is_no_claim() -> None:
    assert "FAILED" not in [v for vs in verdicts_by_line(NOTE.replace("V", "x(x + 1)").replace(
        "WORDS $u = v$. Therefore", "Setting $u = v$ we solve for $x$. Therefore")).values() for v in vs]
