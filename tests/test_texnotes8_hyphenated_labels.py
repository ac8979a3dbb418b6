r"""Words joined by hyphens below a name (``L_{cross-entropy}``, ``J_{neg-sample}``) are a label, not a
difference of letter products (latex.subwords.is_hyphenated_label, latex.rewrite): read letter by
letter, a one-line loss became an expression in a dozen indices and its check ran for minutes.
Index expressions (``w_{t-m}``) are left as they are. Small notes written for the test."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.latex.parser import parse_latex
from verifier.latex.subwords import is_hyphenated_label

FAST = Settings(points=30)


def _verdicts(text: str) -> dict[int, str]:
    check = check_text(text.lstrip("\n"), "t.md", FAST)
    return {line: s.verdict.value
            for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_words_of_three_letters_joined_by_hyphens_are_a_label() -> None:
    assert is_hyphenated_label("cross-entropy") and is_hyphenated_label("skip-gram")
    assert not is_hyphenated_label("t-m") and not is_hyphenated_label("k-means") and not is_hyphenated_label("ij-kl")


def test_a_hyphenated_subscript_names_the_quantity_and_an_index_expression_stays_an_index() -> None:
    assert parse_latex(r"L_{cross-entropy} + 1") == sp.Symbol("L_cross-entropy") + 1
    assert isinstance(parse_latex(r"J_{neg-sample}(v, o)"), sp.core.function.AppliedUndef)
    w = parse_latex(r"w_{t-m}")
    assert isinstance(w, sp.Indexed) and w.indices == (sp.Symbol("t") - sp.Symbol("m"),)


_NOTES = r"""
The loss of one example is
$$ L_{cross-entropy} = -\log(p) $$
so that
$$ \frac{\partial L_{cross-entropy}}{\partial p} = -\frac{1}{p} $$
"""


def test_the_derivative_of_a_hyphen_labelled_loss_is_checked() -> None:
    assert _verdicts(_NOTES)[4] == "PROVED"


def test_a_sign_slip_in_the_derivative_of_a_hyphen_labelled_loss_fails() -> None:
    assert _verdicts(_NOTES.replace(r"= -\frac{1}{p}", r"= \frac{1}{p}"))[4] == "FAILED"
