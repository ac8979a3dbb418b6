r"""A formula after a stated value restates it wherever the notes display it: a LaTeX document's environments,
``\[…\]``, an ``aligned`` row, and the definition signs ``:=``, ``\coloneqq``, ``\equiv``.

documents.restatedvalues (sound47) makes "Take $q = 0.41$." stale for the chains after a formula ``q = \sigma(2)``
(0.881). The formulas were read by documents.sentences.formulas, whose environment pattern took ``\begin{document}``
for a formula: in a .tex document the whole body was one "formula" and no restatement inside it was found, so
``3q = 1.23`` after ``\[ q = \sigma(2) \]`` or an ``equation`` was PROVED at the old 0.41; so it was after
``$$\begin{aligned} q &= \sigma(2) \end{aligned}$$`` (the row's first member read as ``\begin{aligned}q``) and after
``q := \sigma(2)``, ``q \coloneqq \sigma(2)``, ``q \equiv \sigma(2)`` (no relation the module split at). Every
example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_TEX = "\\documentclass{{article}}\n\\begin{{document}}\nTake $q = 0.41$.\n\nThe model gives\n{formula}\nso\n" \
       "\\begin{{equation}}\n3q = 1.23\n\\end{{equation}}\n\\end{{document}}\n"
_MD = "# Restated\n\nTake $q = 0.41$.\n\nThe model gives\n\n$${formula}$$\n\nso\n\n$$3q = 1.23$$\n"


@pytest.mark.parametrize("formula", [
    "\\[ q = \\sigma(2) \\]",
    "\\begin{equation}\nq = \\sigma(2)\n\\end{equation}",
    "\\begin{align}\nq &= \\sigma(2)\n\\end{align}",
])
def test_a_restatement_in_a_latex_document_makes_the_value_stale(formula: str) -> None:
    step = doc_steps(_TEX.format(formula=formula), path="t.tex")[-1]
    assert step.verdict not in GREEN, step.message


@pytest.mark.parametrize("formula", [
    "\\begin{aligned}\nq &= \\sigma(2)\n\\end{aligned}",
    "q := \\sigma(2)",
    "q \\coloneqq \\sigma(2)",
    "q \\equiv \\sigma(2)",
])
def test_a_restatement_in_a_row_or_with_a_definition_sign_makes_the_value_stale(formula: str) -> None:
    step = doc_steps(_MD.format(formula=formula))[-1]
    assert step.verdict not in GREEN, step.message


def test_a_restatement_that_agrees_in_a_latex_document_keeps_the_value() -> None:
    step = doc_steps(_TEX.format(formula="\\[ q = \\sigma(2) - 0.47 \\]"), path="t.tex")[-1]
    assert step.verdict in GREEN, step.message
