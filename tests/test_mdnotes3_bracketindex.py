r"""``\big[u W^T\big]c``: a bracket's index written without its underscore is that bracket's subscript.

Read as a product with the index c, a right step of handwritten index notation was FAILED.
"""

from __future__ import annotations

from verifier.documents.bracketindex import bracket_subscripts, index_letters
from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
```verify
vectors: rows
K, H in {2, 3}
u: row vector[K]
W: matrix[H x K]
t: row vector[H]
c: index 1..H
```

$$
{chain}
$$
"""


def _verdict(chain: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("{chain}", chain), "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


def test_only_letters_used_as_subscripts_after_a_square_bracket_are_read_so() -> None:
    letters = index_letters([r"\sigma'(t_c) W_{ab}", r"x_{i,j}"])
    assert letters == {"a", "b", "c", "i", "j"}
    assert bracket_subscripts(r"\big[u\big]c \sigma'(t_c)", letters)[0] == r"\big[u\big]_{c} \sigma'(t_c)"
    assert bracket_subscripts(r"(a + b)c", letters) == (r"(a + b)c", None)  # parentheses: a product
    assert bracket_subscripts(r"[a + b]x", letters) == (r"[a + b]x", None)  # x is no index here
    assert bracket_subscripts(r"[a + b]cd", letters) == (r"[a + b]cd", None)  # a word, not one letter
    assert bracket_subscripts(r"\sqrt[3]c", letters) == (r"\sqrt[3]c", None)  # an optional argument


def test_an_entry_written_without_underscore_is_checked() -> None:
    verdict, message = _verdict(r"\big[u W^{T}\big]c \sigma'(t_c) = \big[ u W^{T} \circ \sigma'(t)\big]c")
    assert verdict == "PROVED", message
    assert "read as the bracket's subscript" in message


def test_a_wrong_entry_written_without_underscore_is_failed() -> None:
    verdict, message = _verdict(r"\big[u W^{T}\big]c \sigma'(t_c) = \big[ u W^{T} \big]c")
    assert verdict == "FAILED", message
