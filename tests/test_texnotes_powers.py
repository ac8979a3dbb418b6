r"""``h^2(x)`` is ``h(x)^2`` when h is a function, as ``\sin^2(x)`` is ``(\sin x)^2``
(verifier.latex.rewrite._powered_calls), on small examples written here."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.latex import parse_latex
from verifier.results import Verdict

x = sp.Symbol("x")


def test_a_power_of_a_function_applies_the_function_first() -> None:
    h = sp.Function("h")
    assert parse_latex("h^2(x)") == h(x) ** 2


def test_a_primed_name_is_a_function_in_the_same_formula() -> None:
    q = sp.Function("q")
    tree = parse_latex("\\frac{q'(x)}{q^2(x)}")
    assert q(x) ** -2 in tree.args or tree.has(q(x) ** -2), sp.srepr(tree)
    assert not tree.has(x**-2)


def test_an_inverse_and_a_plain_power_stay_as_written() -> None:
    assert parse_latex("x^2(y+1)") == x**2 * (sp.Symbol("y") + 1)
    assert parse_latex("f^{-1}(x)") != sp.Function("f")(x) ** -1  # the inverse function is not 1/f(x)


_QUOTIENT = (
    "Notes.\n\n```verify\ng: function\nh: function\nf(x) := \\frac{g(x)}{h(x)}\n```\n\n"
    "$$f'(x) = \\frac{g'(x)h(x) SIGN g(x)h'(x)}{h^2(x)}$$\n"
)


def _quotient(sign: str) -> Verdict:
    steps = [s for c in check_text(_QUOTIENT.replace("SIGN", sign), "notes.md").chains for s in c.result.steps]
    return steps[-1].verdict


def test_the_quotient_rule_holds_and_its_sign_slip_fails() -> None:
    assert _quotient("-") in (Verdict.PROVED, Verdict.PASSED)
    assert _quotient("+") is Verdict.FAILED
