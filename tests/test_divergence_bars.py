r"""``\mathrm{KL}(p \,\|\, q)``, ``D(P \parallel Q)``: the one bar between a divergence's arguments
separates them (:func:`verifier.latex.rewrite._lone_bar`); two bars are still a norm."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.latex import parse_latex
from verifier.results import Verdict


def test_the_bar_of_a_divergence_separates_its_arguments():
    p, q = sp.symbols("p q")
    assert parse_latex(r"\operatorname{KL}(p\,\|\,q)") == sp.Function("KL")(p, q)
    assert parse_latex(r"D(p \parallel q)") == sp.Function("D")(p, q)


def test_two_bars_in_an_argument_are_a_norm():
    assert "norm" in str(parse_latex(r"f(\|x\|)"))


NOTES = r"""
For Bernoulli parameters $p, q \in (0, 1)$,
$$\operatorname{KL}(p\,\|\,q) = p\log\frac{p}{q} + (1-p)\log\frac{1-p}{1-q}$$
$$\frac{\partial}{\partial q}\operatorname{KL}(p\,\|\,q) = RHS$$
"""


def test_a_divergence_defined_by_the_notes_is_differentiated():
    steps = doc_steps(NOTES.replace("RHS", r"-\frac{p}{q} + \frac{1-p}{1-q}"))
    assert [s.verdict for s in steps] == [Verdict.SKIPPED, Verdict.PROVED]
    assert "defines KL" in steps[0].message


def test_a_sign_slip_in_its_derivative_is_failed():
    steps = doc_steps(NOTES.replace("RHS", r"\frac{p}{q} + \frac{1-p}{1-q}"))
    assert steps[1].verdict is Verdict.FAILED
