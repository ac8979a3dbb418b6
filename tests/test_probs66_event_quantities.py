r"""``P(y=1)``, ``P(w \mid c_1)``: an event, and a class written with a number, are quantities (probs66).

A worked Bayes computation writes the prior of a class as an event (``P(y=1) = 0.3``) or with the class's number as
a subscript (``P(w \mid c_1) = 0.6``). The parser refused the first ("relation '=' inside a formula") and read the
``1`` of the second as a running index ("carries several indices (1)"). Under a probability head (``P``, ``p``) an
event with ``=`` is one opaque quantity like a conditional, and a number in a subscript inside one is part of its
name. Every example is written here.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.latex import LatexError, parse_latex


@pytest.mark.parametrize(("latex", "name"), [
    ("P(y=1)", "P(y=1)"), ("P(y = 0)", "P(y=0)"), ("p(z=k)", "p(z=k)"),
])  # fmt: skip
def test_an_event_with_equals_is_one_quantity(latex: str, name: str) -> None:
    assert parse_latex(latex) == sp.Symbol(name)


def test_events_add_as_quantities() -> None:
    assert parse_latex("P(y=1) + P(y=0)") == sp.Symbol("P(y=1)") + sp.Symbol("P(y=0)")


def test_only_a_probability_head_names_an_event() -> None:
    with pytest.raises(LatexError):
        parse_latex("f(x=1)")


def test_an_event_family_keeps_its_index() -> None:
    tree = parse_latex("P(y_i = 1)")
    assert isinstance(tree, sp.Indexed) and str(tree.base.label) == "P(y_=1)"


def test_a_derivative_of_an_event_is_refused() -> None:
    with pytest.raises(LatexError):
        parse_latex(r"\frac{\partial P(y=1)}{\partial w}")


@pytest.mark.parametrize(("latex", "name"), [
    (r"P(w \mid c_1)", "P(w|c_1)"), (r"P(w \mid c_{1})", "P(w|c_1)"), ("P(x_2 | y)", "P(x_2|y)"),
    (r"P(c_{10} \mid w)", "P(c_10|w)"),
])  # fmt: skip
def test_a_numbered_subscript_is_part_of_the_name(latex: str, name: str) -> None:
    assert parse_latex(latex) == sp.Symbol(name)


def test_a_letter_index_beside_a_numbered_class_is_the_family() -> None:
    tree = parse_latex(r"P(x_i \mid c_1)")
    assert isinstance(tree, sp.Indexed) and str(tree.base.label) == "P(x_|c_1)"
    assert tree.indices == (sp.Symbol("i"),)
