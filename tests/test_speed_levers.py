"""The speed levers keep every verdict and report true: members rendered where a report shows them,
and the SymEngine fast path proves only what the SymPy cascade proves by the same argument."""

from __future__ import annotations

import json

import pytest
import sympy as sp
from support import GOOD_AND_BAD, check

import verifier.fastpath as fastpath
from verifier.budget import Deadline
from verifier.catalog import D
from verifier.cli import main
from verifier.engine import Settings
from verifier.ml import cross_entropy, relu, sigmoid, softmax
from verifier.results import Verdict
from verifier.symbolic import member_entries, prove_equal


def _one_good_one_bad(b):
    z = b.real("z")
    s = sigmoid(z)
    return b.chain(D(s, z), s * (1 - s), s * (1 + s))


def test_members_of_holding_steps_are_rendered_only_when_asked() -> None:
    lazy = check(_one_good_one_bad, settings=Settings(points=40, member_texts=False))
    full = check(_one_good_one_bad, settings=Settings(points=40))
    assert [s.verdict for s in lazy.steps] == [s.verdict for s in full.steps] == [Verdict.PROVED, Verdict.FAILED]
    good, bad = lazy.steps
    assert (good.lhs, good.rhs, good.lhs_latex, good.rhs_latex) == ("", "", "", "")
    # a failing step always shows its members, exactly as a run that renders everything does
    assert (bad.lhs, bad.rhs, bad.lhs_latex, bad.rhs_latex) == (
        full.steps[1].lhs,
        full.steps[1].rhs,
        full.steps[1].lhs_latex,
        full.steps[1].rhs_latex,
    )
    assert all(s.lhs and s.rhs and s.lhs_latex for s in full.steps)


def test_a_json_report_after_a_text_run_has_every_member(make_catalog, capsys, tmp_path) -> None:
    """The text run stores records without members of holding steps; the JSON run must not be served them."""
    root = make_catalog(mixed=GOOD_AND_BAD)
    main(["all", "--derivations", str(root), "--points", "40"])
    target = tmp_path / "report.json"
    main(["all", "--derivations", str(root), "--points", "40", "--output", str(target)])
    capsys.readouterr()
    data = json.loads(target.read_text(encoding="utf-8"))
    steps = [s for r in data["results"] for s in r["steps"]]
    assert steps and all(s["lhs"] and s["rhs"] and s["lhs_latex"] and s["rhs_latex"] for s in steps)


# ----------------------------------------------------------------------------------------------
# The SymEngine fast path of the symbolic stage

z = sp.Symbol("z", real=True)
S3 = sp.ImmutableMatrix([sp.Symbol(f"s_{i}", real=True) for i in range(3)])
Y3 = sp.ImmutableMatrix([sp.Symbol(f"y_{i}", positive=True) for i in range(3)])
SIMPLEX = {Y3[2]: 1 - Y3[0] - Y3[1]}

PAIRS = [  # (left member, right member, constraints, equal?)
    (D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)), {}, True),
    (D(sigmoid(z), z), sigmoid(z) * (1 + sigmoid(z)), {}, False),
    (D(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, {}, True),
    (D(softmax(S3), S3), sp.diag(*softmax(S3)) - softmax(S3) * softmax(S3).T, {}, True),
    (D(cross_entropy(Y3, softmax(S3)), S3), softmax(S3) - Y3, SIMPLEX, True),
    (D(cross_entropy(Y3, softmax(S3)), S3), softmax(S3) - Y3, {}, False),  # needs sum y = 1
    (D(sp.log(1 + sp.exp(z)), z), sigmoid(z), {}, True),
    (sp.exp(z / 2) ** 2, sp.exp(z), {}, True),
    (sp.exp(z / 2) ** 2, sp.exp(z) + sp.Rational(1, 10**40), {}, False),
]


def _sympy_says(a, b, constraints) -> bool:
    """The same argument in SymPy: its cheap stages only (simplify's budget would make this timing-dependent)."""
    return prove_equal(member_entries(a), member_entries(b), constraints, Deadline(30), thorough=False).proved


@pytest.mark.parametrize("a, b, constraints, equal", PAIRS)
def test_the_fast_path_agrees_with_the_sympy_cascade(a, b, constraints, equal) -> None:
    fast = fastpath.FastPath([a, b], constraints).prove(0, 1)
    assert bool(fast) is equal  # proves every true pair here, and never a false one
    assert _sympy_says(a, b, constraints) is equal


def test_members_outside_the_whitelist_are_left_to_sympy() -> None:
    fast = fastpath.FastPath([D(relu(z), z), sp.Heaviside(z)], {})
    assert fast.prove(0, 1) == ""
    assert fast.entries[0] is None


def test_two_symbols_with_one_name_are_left_to_sympy() -> None:
    other = sp.Symbol("z", positive=True)
    assert fastpath.FastPath([z + other, 2 * z], {}).prove(0, 1) == ""


def test_an_entry_sympengine_cannot_handle_still_gets_its_verdict() -> None:
    def build(b):
        x = b.real("x")
        return b.chain(D(relu(x) + sigmoid(x), x), sp.Heaviside(x) + sigmoid(x) * (1 - sigmoid(x)))

    result = check(build)
    assert result.verdict is Verdict.PROVED


@pytest.mark.parametrize("switch", ["1", "0"])
def test_verdicts_and_methods_are_the_same_with_the_fast_path_off(monkeypatch, switch) -> None:
    monkeypatch.setenv(fastpath.SWITCH, switch)
    result = check(_one_good_one_bad)
    assert [s.verdict for s in result.steps] == [Verdict.PROVED, Verdict.FAILED]
    assert result.steps[0].method.startswith("symbolic: exact identity test")


def test_without_symengine_the_sympy_cascade_decides(monkeypatch) -> None:
    monkeypatch.setattr(fastpath, "AVAILABLE", False)
    assert fastpath.FastPath([D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z))], {}).prove(0, 1) == ""
    assert check(_one_good_one_bad).steps[0].verdict is Verdict.PROVED


def test_a_slow_numeric_stage_does_not_use_up_the_symbolic_budget(monkeypatch) -> None:
    """The symbolic budget starts at the first symbolic attempt (at K = 64 the balls took all of it)."""
    import time

    import verifier.numeric as numeric_mod

    original = numeric_mod.compare

    def slow_compare(*args, **kwargs):
        time.sleep(0.4)
        return original(*args, **kwargs)

    monkeypatch.setattr(numeric_mod, "compare", slow_compare)

    def build(b):
        z = b.real("z")
        return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)))

    result = check(build, settings=Settings(points=40, symbolic_budget=0.3))
    assert result.steps[0].verdict is Verdict.PROVED, result.steps[0].method
