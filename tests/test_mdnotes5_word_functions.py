r"""A function named by a bare word is the notes' definition: ``Score(u, v) = u^2 v``.

Notes write ``Attention(K, Q, V) = \mathrm{softmax}(\frac{QK^T}{\sqrt{d_k}})V``: the parser reads
the left side as a call of ``Score``/``Attention``, but the definition was refused (the context's
grammar reads a bare word as a product of letters), so the display was SKIPPED as "function … is not
defined" and every later use of the function was unreadable.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.definitioncalls import word_head
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The score of a pair is

$$
Score(u, v) = u^2 v
$$

and its slope in the first argument is

$$
\frac{\partial}{\partial u} Score(u, v) = RHS
$$
"""


def _verdicts(rhs: str) -> list[tuple[str, str]]:
    check = check_text(_NOTES.replace("RHS", rhs), "t.md", FAST)
    return [(s.verdict.value, s.message or "") for c in check.chains for s in c.result.steps]


def test_a_word_call_on_the_left_defines_the_function() -> None:
    first, second = _verdicts("2 u v")
    assert first[0] == "SKIPPED" and first[1].startswith("defines Score"), first
    assert second[0] == "PROVED", second


def test_a_wrong_derivative_of_the_word_function_fails() -> None:
    _, second = _verdicts("3 u v")
    assert second[0] == "FAILED", second


def test_only_a_bare_word_head_is_respelled() -> None:
    assert word_head("Attention(K, Q, V)") == r"\operatorname{Attention}(K, Q, V)"
    assert word_head("f(x, y)") == "f(x, y)"
    assert word_head(r"\operatorname{loss}(w)") == r"\operatorname{loss}(w)"
