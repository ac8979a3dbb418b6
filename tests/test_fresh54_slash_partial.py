r"""The shorthand ``\partial_j`` stated with a slash, ``$\partial_j = \partial / \partial w_j$`` (fresh54).

Index-notation handouts introduce the shorthand inline as "with $\partial_j = \partial / \partial w_j$": the slash
form of ``\frac{\partial}{\partial w_j}``, which documents.partials already reads. Not read, ``\partial_j`` was a
derivative by the index j and every line using it was SKIPPED, a sign flip too. Every example is written
here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = r"""
# Linear scores

For a weight vector $w$ and an input vector $x$, with $\partial_j = \partial / \partial w_j$,

$$\partial_j \exp(w^T x) = RESULT$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _verdicts(result: str) -> list[str]:
    text = _NOTES.replace("RESULT", result)
    return verdicts_by_line(text)[_line_of(text, "\\exp(w^T x) =")]


def test_the_shorthand_stated_with_a_slash_is_read() -> None:
    assert _verdicts(r"\exp(w^T x)\, x_j") == ["PROVED"]


def test_a_sign_flip_under_the_slash_shorthand_is_failed() -> None:
    assert _verdicts(r"-\exp(w^T x)\, x_j") == ["FAILED"]
