r"""``|\mathbf{x} - \mathbf{b}|_2^2``: single bars with a norm's subscript are the p-norm (a Markdown
table turns ``\|`` into ``|``, so a cheat sheet's ``\|x\|_2`` arrives so); the member did not parse.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.barnorms import bar_norm

TABLE = r"""
| expression | derivative |
|---|---|
| sq | $\frac{\partial}{\partial \mathbf{x}}\|\mathbf{x} - \mathbf{b}\|_2^2 = 2(\mathbf{x} - \mathbf{b})$ |
| halved | $\frac{\partial}{\partial \mathbf{x}}\|\mathbf{x} - \mathbf{b}\|_2^2 = (\mathbf{x} - \mathbf{b})$ |
"""


def test_rewriting_only_norm_subscripts() -> None:
    out = bar_norm(r"|x - b|_2^2 + |w|_{1}", {})
    assert out is not None and out[0] == r"\|x - b\|_2^2 + \|w\|_{1}"
    assert bar_norm(r"|A|_{ij}", {}) is None
    assert bar_norm(r"\|x\|_2", {}) is None


def test_norm_in_a_markdown_table_is_checked_both_ways() -> None:
    steps = doc_steps(TABLE)
    assert [s.verdict.value for s in steps] == ["PROVED", "FAILED"]
    assert "p-norm" in (steps[0].message or "")
