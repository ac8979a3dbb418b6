r"""Where a derivative operator stops (verifier.documents.operatorscope) and conditional quantities a
context defines (verifier.latex.probability), on small notes written here: the chain rule written
with the operator in front, a quadratic form around a Hessian, and ``f(x^{(i)} | \theta)`` inside a
sum over ``i``."""

# ruff: noqa: E501  (the notes are written as notes are: one display per line)
from __future__ import annotations

from pathlib import Path

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.context import parse_context_file
from verifier.documents.operatorscope import chain_factors, constant_tail
from verifier.latex.parser import tokenize
from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def _steps(text: str, context: str | None = None, tmp_path: Path | None = None) -> list[StepResult]:
    ctx = None
    if context is not None and tmp_path is not None:
        (tmp_path / "notes.tex.verify").write_text(context)
        ctx = parse_context_file(tmp_path / "notes.tex.verify")
    check = check_text(text, "notes.tex", context=ctx)
    return [s for c in check.chains for s in c.result.steps]


_CHAIN = (
    "We have $u = s(t)$ with the sigmoid $s(t) = \\frac{1}{1+\\exp(-t)}$.\n"
    "\\begin{align*}\n"
    "\\frac{\\partial}{\\partial t} y \\log(u) &= \\frac{\\partial}{\\partial u} y \\log(u) \\frac{\\partial u}{\\partial t} \\\\\n"
    "&= RESULT \\frac{\\partial u}{\\partial t}\n"
    "\\end{align*}\n"
)


def test_the_operator_in_front_of_a_chain_rule_acts_on_the_factors_before_the_inner_derivative() -> None:
    steps = _steps(_CHAIN.replace("RESULT", "\\frac{y}{u}"))
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]
    assert "read as the chain rule" in steps[1].message


def test_a_wrong_outer_derivative_in_an_operator_chain_rule_fails() -> None:
    steps = _steps(_CHAIN.replace("RESULT", "\\frac{u}{y}"))
    assert steps[0].verdict in _GOOD and steps[1].verdict is Verdict.FAILED, steps[1].message


def test_only_a_derivative_of_the_operators_own_variable_ends_its_argument() -> None:
    u, t, y = sp.symbols("u t y")
    inner = sp.Derivative(u, t)
    assert chain_factors(sp.Mul(y, sp.log(u), inner, evaluate=False), u) == (sp.Mul(y, sp.log(u)), [inner])
    assert chain_factors(sp.Mul(y, sp.log(u), sp.Derivative(y, t), evaluate=False), u) is None
    assert chain_factors(inner, u) is None  # nothing left for the operator


def test_constant_trailing_factors_of_a_hessian_are_the_products() -> None:
    r, w = sp.symbols("R w", commutative=False)
    assert constant_tail(r * w, lambda f: f == r) == (r, [w])
    assert constant_tail(r * w, lambda f: True) is None  # every factor depends on the variable
    assert constant_tail(w * r, lambda f: f == r) is None  # the constant stands before: not a trailing factor


_HESSIAN_CONTEXT = r"""d in {2, 3}
\mathbf{A}: matrix[d x d]
\mathbf{b}: vector[d]
\mathbf{x}: vector[d]
\mathbf{v}: vector[d]
f := \frac{1}{2} \mathbf{x}^\top \mathbf{A}^\top \mathbf{A} \mathbf{x} + \mathbf{b}^\top \mathbf{x}
"""


def test_a_quadratic_form_around_a_hessian_reads_the_hessian_of_the_function_alone(tmp_path: Path) -> None:
    text = "\\[\n\\mathbf{v}^\\top \\nabla^2_{\\mathbf{x}} f \\mathbf{v} = (\\mathbf{A}\\mathbf{v})^\\top \\mathbf{A} \\mathbf{v}\n\\]\n"
    (step,) = _steps(text, _HESSIAN_CONTEXT, tmp_path)
    assert step.verdict in _GOOD, step.message
    assert "\\nabla^2 read as acting on the factors before" in step.message


def test_a_wrong_quadratic_form_around_a_hessian_fails(tmp_path: Path) -> None:
    text = "\\[\n\\mathbf{v}^\\top \\nabla^2_{\\mathbf{x}} f \\mathbf{v} = 2 (\\mathbf{A}\\mathbf{v})^\\top \\mathbf{A} \\mathbf{v}\n\\]\n"
    (step,) = _steps(text, _HESSIAN_CONTEXT, tmp_path)
    assert step.verdict is Verdict.FAILED, step.message


def test_a_sample_superscript_in_a_conditional_is_its_index() -> None:
    toks = tokenize(r"f(\mathbf{x}^{(i)} | \theta) + q(a^{(2)} | b)")
    assert toks[0].value == "f(x^{()}|theta)" and toks[1].value == "i"
    assert toks[-1].value == "q(a^{(2)}|b)"  # a layer number is no sample index


_SCORE_CONTEXT = r"""n in {2, 3}
i: index 1..n
\theta: real
\mathbf{x}: vector[n]
y: vector[n]
x^{(i)} := \mathbf{x}_i
y^{(i)} := y_i
s(t) := \frac{1}{1 + \exp(-t)}
f(x^{(i)} | \theta) := \theta x^{(i)}
"""

_SCORE = (
    "\\[\n\\frac{\\partial f(x^{(i)} | \\theta)}{\\partial \\theta} = x^{(i)}\n\\]\n"
    "\\[\n\\frac{\\partial}{\\partial \\theta} \\sum_{i=1}^n y^{(i)} s(f(x^{(i)} | \\theta)) = "
    "\\sum_{i=1}^n y^{(i)} \\frac{\\partial s(f(x^{(i)} | \\theta))}{\\partial f(x^{(i)} | \\theta)} \\frac{\\partial f(x^{(i)} | \\theta)}{\\partial \\theta}\n\\]\n"
    "\\[\n\\sum_{i=1}^n y^{(i)} \\frac{\\partial s(f(x^{(i)} | \\theta))}{\\partial f(x^{(i)} | \\theta)} \\frac{\\partial f(x^{(i)} | \\theta)}{\\partial \\theta} = "
    "\\sum_{i=1}^n y^{(i)} s(f(x^{(i)} | \\theta)) (1 - s(f(x^{(i)} | \\theta))) FACTOR\n\\]\n"
)


def test_a_conditional_quantity_the_context_defines_is_differentiated_through_its_definition(tmp_path: Path) -> None:
    steps = _steps(_SCORE.replace("FACTOR", "x^{(i)}"), _SCORE_CONTEXT, tmp_path)
    assert [s.verdict in _GOOD for s in steps] == [True, True, True], [s.message for s in steps]


def test_a_wrong_factor_after_a_conditional_quantitys_derivative_fails(tmp_path: Path) -> None:
    steps = _steps(_SCORE.replace("FACTOR", "2 x^{(i)}"), _SCORE_CONTEXT, tmp_path)
    assert steps[2].verdict is Verdict.FAILED, steps[2].message

