r"""A display that ends a clause with a colon: ``$$0.119 \cdot (1 - 4) = -0.357:$$`` and the prose goes on.

Notes introduce what follows a display with a colon inside it ("… $= -0.357:$ the far component is
pulled in"). A trailing comma, semicolon or full stop was dropped as punctuation, a colon was not: the
member could not be read ("unexpected ':'") and its arithmetic, right or wrong, was never checked. At the
end of a member a colon separates nothing (``f: A \to B`` and ``\{x : x > 0\}`` have it inside)."""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Gradient

The log-scale gradient is

$$0.119 \\cdot (1 - 4) = -0.357:$$

the far component is widened.
"""


def test_a_display_ending_in_a_colon_is_checked() -> None:
    assert verdicts_by_line(NOTE).get(5) == ["PROVED"]


def test_a_wrong_display_ending_in_a_colon_fails() -> None:
    assert verdicts_by_line(NOTE.replace("(1 - 4)", "(1 - 2)")).get(5) == ["FAILED"]
