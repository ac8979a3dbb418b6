"""Work a chain's check no longer does twice, with the same outcome: the members resolved to find
the sizes that matter serve the instance they were resolved at, and the free symbols of a value
are remembered per sub-expression (SymPy's answer, bound variables included)."""

from __future__ import annotations

import textwrap
from collections import Counter

import pytest
import sympy as sp

from verifier.documents import values
from verifier.documents.check import check_text
from verifier.documents.resolve import Resolver
from verifier.engine import Settings
from verifier.results import Verdict

FAST = Settings(points=40)


def _check(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Verdict], list[str], Counter[tuple[int, str]]]:
    """Verdicts, messages, and how often each resolver resolved each member."""
    calls: Counter[tuple[int, str]] = Counter()
    real = Resolver.member

    def counting(self, tree):  # type: ignore[no-untyped-def]
        calls[(id(self), str(tree))] += 1
        return real(self, tree)

    monkeypatch.setattr(Resolver, "member", counting)
    check = check_text(textwrap.dedent(text).strip() + "\n", "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return [s.verdict for s in steps], [s.message for s in steps], calls


_ONE_INSTANCE = r"""
```verify
x: real
```

$$\frac{d}{dx} x^3 = 3x^2 = (x + 1)^2 + 2x^2 - 2x - 1$$
"""


def test_a_chain_checked_at_one_instance_resolves_each_member_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """No index, no size: the probe's resolution of the members is the instance's (it was done twice)."""
    verdicts, _, calls = _check(_ONE_INSTANCE, monkeypatch)
    assert verdicts == [Verdict.PROVED, Verdict.PROVED]
    members = Counter(tree for _, tree in calls)
    assert len(members) == 3
    assert all(n == 1 for n in members.values()), members


_INDEXED = r"""
```verify
n: size
x: vector[n]
i: index 1..n
```

$$\frac{\partial}{\partial x_i} \sum_{k=1}^{n} x_k^2 = 2 x_i$$

$$\frac{\partial}{\partial x_i} \sum_{k=1}^{n} x_k^2 = x_i$$
"""


def test_instances_after_the_first_are_still_resolved_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several sizes and indices: each of them still gets its own resolution (a wrong step still fails
    at its counterexample, a right one holds at every instance)."""
    verdicts, messages, calls = _check(_INDEXED, monkeypatch)
    assert verdicts == [Verdict.PROVED, Verdict.FAILED]
    assert "checked at" in " ".join(messages) or "at n=" in " ".join(messages)
    resolvers = {rid for rid, _ in calls}
    assert len(resolvers) > 2  # one per instance, not just the reused first one


_x, _y, _k = sp.symbols("x y k")


@pytest.mark.parametrize(
    "expr",
    [
        _x**2 + sp.sin(_y) * _x,
        sp.Sum(_x**_k, (_k, 1, 3)),  # k is bound
        sp.Derivative(_x * _y, _x) + _y,
        sp.Lambda(_x, _x + _y)(_y) + sp.Integral(_x * _y, (_x, 0, 1)),
        sp.IndexedBase("w")[_k] * _x,
        sp.Integer(3),
    ],
)
def test_remembered_free_symbols_are_sympys(expr: sp.Basic) -> None:
    assert values.free_symbols(expr) == expr.free_symbols
    assert values.free_symbols(expr) == expr.free_symbols  # a second time, from memory
    m = sp.ImmutableMatrix([[expr, _x]])
    assert values.free_symbols(m) == m.free_symbols


def test_symbols_with_other_assumptions_are_remembered_apart() -> None:
    plain, positive = sp.Symbol("z"), sp.Symbol("z", positive=True)
    assert values.free_symbols(plain + 1) == {plain}
    assert values.free_symbols(positive + 1) == {positive}
