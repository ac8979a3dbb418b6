"""SymPy's assumption queries without their per-step overhead (verifier.assumptionqueries): the same
facts, learnt in the same order, on every node; the same knowledge bases and the same errors."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from verifier import assumptionqueries, runner

ROOT = Path(__file__).resolve().parent.parent

# Builds expressions like the catalog's and the documents' (sums of real symbols under exp, a
# sigmoid, a softmax entry, derivatives, Abs/Max/log/sqrt, integer and positive symbols), asks a
# battery of facts of every node, and prints what each node's knowledge base holds, in the order
# SymPy stored it: the order of the stores is the order of the handlers' answers.
_PROBE = textwrap.dedent(
    """
    import sys
    import sympy as sp
    from verifier import runner, assumptionqueries
    runner.fixed_assumption_order()
    A = sys.modules["sympy.core.assumptions"]
    print("FAST", A._ask is assumptionqueries.ask)
    x, y, z = sp.symbols("x y z", real=True)
    p = sp.Symbol("p", positive=True)
    n = sp.Symbol("n", integer=True, nonnegative=True)
    W = sp.IndexedBase("W")
    u = sp.Symbol("u")
    s = 1 / (1 + sp.exp(-(x * y + z - 2 * p)))
    soft = sp.exp(x) / (sp.exp(x) + sp.exp(y) + sp.exp(z))
    exprs = [
        s, sp.diff(s, x), soft, sp.diff(soft, y), sp.log(soft), sp.sqrt(x**2 + p), sp.Abs(x - y) + sp.Max(0, z),
        (x - y)**n / (p + 1), sp.log(1 + sp.exp(u)) - u * W[1, 2], sp.diff(sp.tanh(x * p)**2, p),
        sp.Piecewise((x, x > 0), (0, True)) * (1 - s), sp.Rational(3, 7) * x**2 - sp.pi * y + sp.E,
    ]
    facts = ["zero", "positive", "nonnegative", "real", "finite", "integer", "rational", "extended_real",
             "nonzero", "negative", "even", "complex", "imaginary", "algebraic", "prime"]
    seen = set()
    for e in exprs:
        for node in sp.preorder_traversal(e):
            for f in facts:
                getattr(node, "is_" + f)
    for e in exprs:
        for node in sp.preorder_traversal(e):
            if id(node) in seen:
                continue
            seen.add(id(node))
            print(sp.srepr(node)[:200], list(node._assumptions.items()))
    """
)


def _probe(fast: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), runner.FAST_QUERIES_SWITCH: fast, "PYTHONHASHSEED": "0"}
    env.pop(runner.ORDER_SWITCH, None)
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_every_node_learns_the_same_facts_in_the_same_order_as_with_sympys_own_queries() -> None:
    mine, sympys = _probe("1"), _probe("0")
    assert mine.startswith("FAST True\n") and sympys.startswith("FAST False\n")
    assert mine.splitlines()[1:] == sympys.splitlines()[1:]
    assert len(mine.splitlines()) > 50


def _facts_and_rules() -> tuple[list[str], object]:
    assumptions = sys.modules["sympy.core.assumptions"]
    return sorted(assumptions._assume_defined), assumptions._assume_rules


def _run(deduce, rules, steps: list[list[tuple[str, object]]]) -> tuple[list, str]:
    from sympy.core.facts import FactKB, InconsistentAssumptions

    kb = FactKB(rules)
    try:
        for facts in steps:
            deduce(kb, facts if len(facts) != 2 else dict(facts))
    except InconsistentAssumptions as error:  # the same error, with the same message, is part of the behaviour
        return list(kb.items()), f"{type(error).__name__}: {error}"
    return list(kb.items()), ""


def test_deducing_facts_stores_the_same_facts_in_the_same_order_and_raises_the_same_error() -> None:
    from sympy.core.facts import FactKB

    sympys = assumptionqueries._ORIGINAL.get("deduce", FactKB.deduce_all_facts)
    assert sympys is not assumptionqueries.deduce_all_facts
    names, rules = _facts_and_rules()
    rng = random.Random(11)
    raised = 0
    for _ in range(3000):
        steps = [
            [(rng.choice(names), rng.choice([True, False, None])) for _ in range(rng.randint(1, 3))]
            for _ in range(rng.randint(1, 4))
        ]
        mine = _run(assumptionqueries.deduce_all_facts, rules, steps)
        assert mine == _run(sympys, rules, steps), steps
        raised += bool(mine[1])
    assert 100 < raised < 2900  # both consistent and inconsistent facts were told


def test_with_sympys_shuffle_back_a_query_is_sympys_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import sympy as sp

    monkeypatch.delenv(runner.ORDER_SWITCH, raising=False)
    monkeypatch.delenv(runner.FAST_QUERIES_SWITCH, raising=False)
    runner.fixed_assumption_order()
    assumptions = sys.modules["sympy.core.assumptions"]
    assert assumptions._ask is assumptionqueries.ask
    asked: list[str] = []
    original = assumptionqueries._ORIGINAL["ask"]

    def recording(fact: str, obj: object) -> object:
        asked.append(fact)
        return original(fact, obj)

    monkeypatch.setitem(assumptionqueries._ORIGINAL, "ask", recording)
    x = sp.Symbol("x_enginespeed", real=True)
    assert (x**2 + 1).is_positive is True
    assert asked == []  # the fixed order is in force: the query is this module's
    monkeypatch.setattr(assumptions, "shuffle", sys.modules["sympy.core.random"]._assumptions_shuffle)
    assert (x**4 + 3).is_positive is True
    assert asked  # SymPy's shuffle is back: SymPy's own query
