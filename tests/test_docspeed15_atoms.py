"""The exact identity test's atoms keyed by their expanded arguments (docspeed15): a function applied at one
argument written two ways, and a root beside a power of the same base, are one atom, so such steps are
proved without SymPy's ``simplify``; atoms that differ stay apart (a wrong step still fails)."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier import fastpath
from verifier.documents.check import check_text
from verifier.results import Verdict
from verifier.symbolic import identity_test

a, b, c, w = sp.symbols("a b c w", real=True)
E = c + (a / 2 - b / 2) ** 2 / 2 + (b / 2 - a / 2) ** 2 / 2  # the same value as its expansion, written otherwise
F = sp.expand(E)


def _both(lhs: sp.Expr, rhs: sp.Expr) -> tuple[bool, bool]:
    """The SymPy test and the SymEngine fast path's on one pair."""
    return identity_test([lhs], [rhs], {}), bool(fastpath.FastPath([lhs, rhs], {}).prove(0, 1))


def test_a_function_at_one_argument_written_factored_and_expanded_is_one_atom() -> None:
    factored = sp.sin(w * (a + b) + 1) * sp.cos(sp.Rational(74, 97) * (a - c), evaluate=False)
    expanded = sp.sin(w * a + w * b + 1) * sp.cos(sp.Rational(74, 97) * a - sp.Rational(74, 97) * c)
    assert _both(factored, expanded) == (True, True)
    # another argument is another atom: no identity is made up
    assert _both(sp.sin(w * (a + b)), sp.sin(w * a + b)) == (False, False)
    assert _both(sp.sin(w * (a + b)), sp.cos(w * a + w * b)) == (False, False)


def test_a_root_beside_a_power_of_the_same_base_is_one_atom() -> None:
    assert _both(E ** sp.Rational(3, 2), E * sp.sqrt(F)) == (True, True)
    assert _both(E ** sp.Rational(-3, 2), 1 / (E * sp.sqrt(F))) == (True, True)
    # a different base, a different power: apart
    assert _both(E ** sp.Rational(3, 2), E * sp.sqrt(F + 1)) == (False, False)
    assert _both(E ** sp.Rational(-3, 2), 1 / sp.sqrt(F)) == (False, False)
    assert _both(E ** sp.Rational(1, 3), sp.sqrt(F)) == (False, False)


@pytest.fixture
def simplify_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = sp.simplify

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(sp, "simplify", counted)
    return calls


def _last(text: str):  # type: ignore[no-untyped-def]
    return [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps][-1]


_NORM = "Notes.\n\n$$h = \\sqrt{a^2 + b^2 + \\epsilon}$$\n\n$$\\frac{\\partial}{\\partial a} \\frac{a}{h} = RHS$$\n"


def test_a_normalised_quotient_is_proved_without_simplify(simplify_calls: list[int]) -> None:
    step = _last(_NORM.replace("RHS", "\\frac{h^2 - a^2}{(a^2+b^2+\\epsilon)^{3/2}}"))
    assert step.verdict is Verdict.PROVED, step.message
    assert "exact identity test" in step.method
    assert simplify_calls[0] == 0
    wrong = _last(_NORM.replace("RHS", "\\frac{h^2 - a^2}{(a^2+b^2+\\epsilon)^{1/2}}"))
    assert wrong.verdict is Verdict.FAILED and wrong.counterexample is not None


_GENERIC = (
    "Let $f$ be any differentiable function of $x \\in \\mathbb{R}^n$ and $A$ an $n \\times n$ matrix.\n\n"
    "$$g(z) = f(Az)$$\n\n$$\\nabla g = RHS$$\n"
)


def test_the_gradient_through_an_arbitrary_function_is_proved_without_simplify(simplify_calls: list[int]) -> None:
    step = _last(_GENERIC.replace("RHS", "A^T \\nabla f"))
    assert step.verdict is Verdict.PROVED, step.message
    assert simplify_calls[0] == 0
    wrong = _last(_GENERIC.replace("RHS", "2 A^T \\nabla f"))  # a step that says what f is: never green
    assert wrong.verdict is Verdict.SKIPPED and "fails for an arbitrary function" in wrong.message, wrong.message
