r"""Inline formulas written ``\( … \)`` (MathJax's, Jupyter's, Pandoc's and LaTeX's own delimiter) are
read by the prose readings as ``$ … $`` formulas are (documents.parenmath): definitions, annotations,
conditions. Before, only ``$…$`` was scanned, so ``Let \(\hat y_i = w x_i + b\)`` defined nothing and every
step of an MSE derivation was SKIPPED "E is not declared" (me31's probe). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.parenmath import dollar_inline

GREEN = ("PROVED", "PASSED")
NOTES = r"""
Let \(\hat y_i = w x_i + b\) for \(i = 1, \dots, n\) and
\[
E(w, b) = \frac{1}{n}\sum_{i=1}^{n} (\hat y_i - y_i)^2 .
\]
Then
\[
\frac{\partial E}{\partial w} = RHS
\]
"""


def test_a_definition_in_paren_delimiters_is_learned() -> None:
    r = doc_steps(NOTES.replace("RHS", r"\frac{2}{n}\sum_{i=1}^{n} (w x_i + b - y_i)\, x_i"))[-1]
    assert r.verdict.value in GREEN, r.message


def test_a_wrong_step_through_it_is_failed() -> None:
    r = doc_steps(NOTES.replace("RHS", r"\frac{1}{n}\sum_{i=1}^{n} (w x_i + b - y_i)\, x_i"))[-1]
    assert r.verdict.value == "FAILED", r.message


@pytest.mark.parametrize("path", ["t.md", "t.tex"])
def test_a_condition_in_paren_delimiters_is_applied(path: str) -> None:
    notes = r"""For \(x > 0\) we have
\[
\frac{d}{dx}\left|x\right| = 1
\]
"""
    r = doc_steps(notes, path)[-1]
    assert r.verdict.value in GREEN, r.message


def test_columns_and_lines_are_kept() -> None:
    text = "a \\(x = 1\\) b\n\\\\(not\\) and \\(y\\)"
    out = dollar_inline(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.index("x = 1") == text.index("x = 1")
    assert "$x = 1$" in out and "$y$" in out and "\\\\(not\\)" in out


@pytest.mark.parametrize("wrong", [False, True])
def test_an_error_function_named_e_is_defined(wrong: bool) -> None:
    r"""``E(w, b) = …`` (Bishop's error function E(w)) defines E, as ``J(w, b) = …`` defines J: E is not
    reserved for an expectation when the notes call it with parameters and write its body."""
    factor = "1" if wrong else "2"
    notes = rf"""
$$E(w, b) = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} (w x_i + b - y_i)^2$$

$$\frac{{\partial E}}{{\partial w}} = \frac{{{factor}}}{{n}}\sum_{{i=1}}^{{n}} (w x_i + b - y_i)\, x_i$$
"""
    r = doc_steps(notes)[-1]
    assert r.verdict.value == ("FAILED" if wrong else "PROVED"), r.message


def test_a_definition_in_escaped_paren_delimiters_is_learned_in_markdown() -> None:
    notes = NOTES.replace("\\(", "\\\\(").replace("\\)", "\\\\)")
    right = doc_steps(notes.replace("RHS", r"\frac{2}{n}\sum_{i=1}^{n} (w x_i + b - y_i)\, x_i"))[-1]
    assert right.verdict.value in GREEN, right.message
    wrong = doc_steps(notes.replace("RHS", r"\frac{1}{n}\sum_{i=1}^{n} (w x_i + b - y_i)\, x_i"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message
