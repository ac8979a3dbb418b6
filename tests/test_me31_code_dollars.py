r"""A ``$`` in code (R's ``df$col``, a shell's ``$HOME``) is not the start of a formula for the prose readings
(documents.codeprose). In an R Markdown note, ``knitr::opts_chunk$set(...)`` in the setup chunk paired with the
``$`` of the first inline formula after it, so ``$s_k = \frac{e^{z_k}}{\sum_j e^{z_j}}$`` was never learned and
the softmax Jacobian was SKIPPED "s is not defined in the notes" (me31's probe). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.codeprose import without_code

GREEN = ("PROVED", "PASSED")
DEFINED = r"For $s_k = \frac{e^{z_k}}{\sum_{j=1}^K e^{z_j}}$, the quotient rule gives"
STEP = r"""
$$
\frac{\partial s_k}{\partial z_l} = RHS
$$
"""
CODE = {
    "fence": "```{r setup}\nknitr::opts_chunk$set(echo = TRUE)\n```\n\n",
    "indented": "Set up:\n\n    cd $HOME/notes\n\n",
    "span": "We read `df$col` first.\n\n",
}


@pytest.mark.parametrize("code", sorted(CODE))
@pytest.mark.parametrize(("rhs", "verdicts"), [
    (r"s_k(\delta_{kl} - s_l)", GREEN), (r"s_k(\delta_{kl} - s_k)", ("FAILED",)),
])  # fmt: skip
def test_a_dollar_in_code_does_not_hide_a_definition(code: str, rhs: str, verdicts: tuple[str, ...]) -> None:
    r = doc_steps(CODE[code] + DEFINED + STEP.replace("RHS", rhs), "t.Rmd")[-1]
    assert r.verdict.value in verdicts, r.message


def test_lines_and_columns_are_kept() -> None:
    text = "a `x$y` b $z$\n```\nq$r\n```\n"
    out = without_code(text, [(1, 4)])
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "$" not in out.split("\n")[2] and out.index("$z$") == text.index("$z$") and "x$y" not in out


def test_a_verify_block_is_not_code() -> None:
    """The notes' own ```verify context is not code to hide: prose readings may read it (layers10's instances)."""
    from verifier.documents.sources import read_sources

    text = "```verify\nx: real\n```\n\n```python\nprint(1)\n```\n"
    assert read_sources(text, "t.md").code == [(4, 7)]


def test_a_fence_is_not_a_code_span() -> None:
    text = "```verify\nx: real\n```\n"
    assert without_code(text, []) == text
