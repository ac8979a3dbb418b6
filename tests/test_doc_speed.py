"""Speed of ``verify doc`` without dropping a check: shared work gives the same verdicts, and
points mpmath cannot afford are left undecided instead of eating a chain's budget."""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import mpmath
import pytest
import sympy as sp
from support import growing_budget

from verifier.catalog import Builder
from verifier.documents import values
from verifier.documents.check import check_text
from verifier.engine import Settings, check_claim
from verifier.mpops import MAX_MP_MAGNITUDE, _mp_guard
from verifier.numeric import _lambdify
from verifier.results import Verdict
from verifier.runner import run_each

FAST = Settings(points=40)


def doc(body: str) -> str:
    return textwrap.dedent(body).strip() + "\n"


def step_verdicts(text: str, timeout: float | None = None) -> list[Verdict]:
    check = check_text(doc(text), "t.md", FAST, timeout=timeout)
    return [s.verdict for c in check.chains for s in c.result.steps]


# --- derivatives taken once ----------------------------------------------------------------------


def test_a_derivative_through_fresh_symbols_is_taken_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A derivative through an intermediate uses fresh symbols (new at every index assignment):
    the second time the same derivative is met it is not recomputed, and it is in *its* symbols."""
    calls: list[object] = []
    real = values._diff_value

    def counting(*args: object) -> object:
        calls.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(values, "_diff_value", counting)
    x = sp.Symbol("x", real=True)
    results = []
    for _ in range(2):
        u = sp.Dummy("u", real=True)
        f = sp.exp(u * x) / (1 + u**2)
        results.append((u, values.diff_value(f, u)))
    assert len(calls) == 1
    for u, d in results:
        assert d.free_symbols == {u, x}
        assert sp.simplify(d - sp.diff(sp.exp(u * x) / (1 + u**2), u)) == 0


def test_the_memo_tells_symbols_with_other_assumptions_apart() -> None:
    plain, positive = sp.Symbol("t"), sp.Symbol("t", positive=True)
    a = values.diff_value(sp.Abs(plain) ** 2, plain)
    b = values.diff_value(sp.Abs(positive) ** 2, positive)
    assert b == 2 * positive
    assert a != b and a.free_symbols == {plain}


def test_a_matrix_derivative_is_memoised_entry_for_entry() -> None:
    u = sp.ImmutableMatrix(2, 1, [sp.Dummy("u0", real=True), sp.Dummy("u1", real=True)])
    f = u[0] ** 2 * u[1]
    first = values.diff_value(f, u)
    v = sp.ImmutableMatrix(2, 1, [sp.Dummy("v0", real=True), sp.Dummy("v1", real=True)])
    second = values.diff_value(v[0] ** 2 * v[1], v)
    assert first == sp.ImmutableMatrix([2 * u[0] * u[1], u[0] ** 2])
    assert second == sp.ImmutableMatrix([2 * v[0] * v[1], v[0] ** 2])


# --- the engine without rendering ----------------------------------------------------------------


def _claim(wrong: bool):  # type: ignore[no-untyped-def]
    b = Builder()
    x = b.real("x")
    rhs = sp.sin(2 * x) + (sp.Rational(1, 10**6) if wrong else 0)
    return b.chain(2 * sp.sin(x) * sp.cos(x), rhs, sp.sin(2 * x))


@pytest.mark.parametrize("wrong", [False, True])
def test_check_claim_without_rendering_gives_the_same_verdicts(wrong: bool) -> None:
    claim = _claim(wrong)
    rendered = check_claim(claim, "k", {}, FAST)
    bare = check_claim(claim, "k", {}, FAST, render=False)
    assert [r.verdict for r in bare] == [r.verdict for r in rendered]
    assert [r.method for r in bare] == [r.method for r in rendered]
    assert all(r.lhs for r in rendered)
    assert not any(r.lhs or r.rhs or r.lhs_latex or r.rhs_latex for r in bare)


def test_a_refuted_document_step_still_shows_the_notes_text() -> None:
    check = check_text(doc(r"$$\frac{d}{dx} x^3 = 3x^3$$"), "t.md", FAST)
    (step,) = check.chains[0].result.steps
    assert step.verdict is Verdict.FAILED
    assert step.lhs_latex == r"\frac{d}{dx} x^3" and step.rhs_latex == "3x^3"
    assert step.lhs and step.rhs


# --- mpmath at astronomical arguments ------------------------------------------------------------


def test_guarded_mpmath_refuses_astronomical_arguments_quickly() -> None:
    big = mpmath.mpf(2) ** (MAX_MP_MAGNITUDE + 10)
    started = time.perf_counter()
    for f in (mpmath.exp, mpmath.sin, mpmath.gamma):
        with pytest.raises(ValueError):
            _mp_guard(f)(big)
    x = sp.Symbol("x", real=True)
    compiled = _lambdify([x], [sp.factorial(sp.exp(x)), sp.sin(sp.exp(x))], "mpmath")
    with mpmath.workdps(40), pytest.raises(ValueError):
        compiled(mpmath.mpf(10) ** 6)
    assert time.perf_counter() - started < 2
    assert _mp_guard(mpmath.exp)(mpmath.mpf(10) ** 6) > 0  # a large but ordinary argument is evaluated


def test_a_derivative_through_exp_of_exp_gets_a_verdict_within_the_budget() -> None:
    """At x near -10^6 the argument of σ is about e^{10^6}: mpmath would need ln 2 to a million
    bits for each such point. Those points are left undecided; the others decide."""
    s = r"\sigma(4x^2 + e^{-x} \cos(x))"
    lhs = rf"\frac{{d}}{{dx}} {s}"
    right = rf"{s} (1 - {s}) (8x - \cos(x) e^{{-x}} - e^{{-x}} \sin(x))"
    wrong = rf"{s} (1 - {s}) (8x + \cos(x) e^{{-x}} - e^{{-x}} \sin(x))"
    text = f"$${lhs} = {right}$$\n\n$${lhs} = {wrong}$$\n"
    started = time.perf_counter()
    assert step_verdicts(text, timeout=60) == [Verdict.PROVED, Verdict.FAILED]
    assert time.perf_counter() - started < 30


# --- chains on two cores -------------------------------------------------------------------------


def _record(log: Path, item: int) -> tuple[int, int]:
    """The work of one item: its pid and the item, appended to ``log`` when it is done (a worker
    stopped because the other one had started that item never gets there)."""
    time.sleep(1.0 if item == 2 else 0.2)  # item 2 is expensive: the other worker takes over more of the rest
    with log.open("a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {item}\n")
    return os.getpid(), item * item


def test_two_workers_share_the_items(tmp_path: Path) -> None:
    log = tmp_path / "log"
    items = list(range(10))
    out = run_each(lambda i: _record(log, i), items, lambda i, o: (0, -1), timeout=30, jobs=2)
    assert [v for _, v in out] == [i * i for i in items]
    runs = [int(line.split()[1]) for line in log.read_text().splitlines()]
    assert set(runs) == set(items)
    assert len(runs) <= len(items) + 1  # at most the item where the two workers met was done twice
    pids = [pid for pid, _ in out]
    assert len(set(pids)) == 2 and os.getpid() not in pids
    assert pids.count(pids[-1]) > pids.count(pids[0])  # the worker from the end took over past item 2


def _hang_on(bad: set[int], item: int) -> int:
    if item in bad:
        time.sleep(600)
    return item + 100


@pytest.mark.parametrize("bad", [{1}, {7}, {0, 7}, {4, 5}])
def test_a_hang_is_killed_and_reported_while_the_other_items_run(bad: set[int]) -> None:
    items = list(range(8))

    def attempt(timeout: float) -> tuple[list[object], float, float]:
        started = time.monotonic()
        out = run_each(lambda i: _hang_on(bad, i), items, lambda i, o: f"{o.status} {i}", timeout=timeout, jobs=2)
        return out, time.monotonic() - started, timeout

    # every other item must answer within the budget (a fresh worker's fork after a kill included): 0.25 s
    # is ample on an idle machine, and a slower one tries again with twice the budget (support.growing_budget)
    out, took, timeout = growing_budget(
        attempt, lambda tried: all(tried[0][i] == i + 100 for i in items if i not in bad), 0.25, 6.0
    )
    assert out == [f"timeout {i}" if i in bad else i + 100 for i in items]
    assert took < timeout * len(bad) + 10  # the hangs ran side by side or one after another


def test_chains_checked_on_two_cores_get_the_same_verdicts() -> None:
    text = "\n\n".join(
        [
            r"$$\frac{d}{dx} x^3 = 3x^2$$",
            r"$$\frac{d}{dx} \sin(x)^2 = 2\sin(x)\cos(x) = \sin(2x)$$",
            r"$$\frac{d}{dx} e^{2x} = e^{2x}$$",
            r"$$(x + 1)^2 = x^2 + 2x + 1$$",
            r"$$\frac{d}{dx} \ln(x^2 + 1) = \frac{2x}{x^2 + 1}$$",
        ]
    )
    one = check_text(text, "t.md", FAST, timeout=60, jobs=1)
    two = check_text(text, "t.md", FAST, timeout=60, jobs=2)
    facts = [[(s.verdict, s.method, s.message, s.source) for s in c.result.steps] for c in one.chains]
    assert facts == [[(s.verdict, s.method, s.message, s.source) for s in c.result.steps] for c in two.chains]
    assert [s[0] for c in facts for s in c] == [Verdict.PROVED] * 2 + [Verdict.PROVED] + [Verdict.FAILED] + [
        Verdict.PROVED
    ] * 2


def test_progress_names_every_chain_with_two_workers(tmp_path: Path, status_lines: list[str]) -> None:
    import io

    from rich.console import Console

    from verifier.commands.doc import check_paths
    from verifier.settings import resolve

    body = "\n\n".join(rf"$$\frac{{d}}{{dx}} x^{k} = {k}x^{k - 1}$$" for k in range(2, 8))
    (tmp_path / "a.md").write_text(body + "\n", encoding="utf-8")
    shown = status_lines
    console = Console(file=io.StringIO(), force_terminal=True, width=150)
    (check,) = check_paths([tmp_path / "a.md"], resolve(points=30, cwd=tmp_path), console, progress=True, jobs=2)
    lines = [1 + 2 * k for k in range(6)]
    # every chain announced once, by whichever worker checked it
    assert sorted(shown) == sorted(f"document 1/1: checking {check.path}:{line}" for line in lines)
    # which worker announces which chain first depends on when the second one is forked: the lanes
    # (one from each end) are asserted by test_two_workers_share_the_items, where item 2 is slow
    assert [s.verdict for c in check.chains for s in c.result.steps] == [Verdict.PROVED] * 6


# --- family entries remembered per opaque layer --------------------------------------------------

_FAMILY = """
```verify
x: vector[3]
i: index 1..3
```

$$a_i = x_i^2 + x_i$$

$$b_i = a_i^2$$
"""


@pytest.mark.parametrize(
    "member",
    [
        r"b_1 + \frac{\partial b_1}{\partial a_1} = a_1^2 + 2 a_1",  # the entry first, then through it
        r"\frac{\partial b_1}{\partial a_1} + b_1 = a_1^2 + 2 a_1",  # the derivative first
        r"\frac{\partial b_1}{\partial a_1} \frac{\partial b_2}{\partial a_1} + b_2 = a_2^2",
    ],
)
def test_a_remembered_family_entry_holds_only_in_its_layer(member: str) -> None:
    """A family entry is computed once per opaque layer (the differentiation through an intermediate):
    its value outside a derivative must not stand for it inside one (there it depends on the fresh
    variable), nor the other way round (fresh symbols have no meaning outside)."""
    assert step_verdicts(_FAMILY + f"\n$${member}$$\n")[-1:] == [Verdict.PROVED]


def test_a_wrong_step_through_a_remembered_entry_still_fails() -> None:
    text = _FAMILY + "\n$$b_1 + \\frac{\\partial b_1}{\\partial a_1} = a_1^2 + a_1$$\n"
    assert step_verdicts(text)[-1:] == [Verdict.FAILED]


def test_renaming_fresh_symbols_keeps_the_trigonometric_form_and_the_value() -> None:
    """diff_value renames fresh symbols without re-evaluating sin/cos (their evaluation walks the
    whole argument): the renamed expression is the same function, with sin(-u) left as written."""
    u, w = sp.Dummy("u", real=True), sp.Dummy("w", real=True)
    inner = sp.cos(-u + 2 * w, evaluate=False)
    expr = 3 + sp.sin(-u + inner, evaluate=False) * w
    a, b = sp.Dummy("a", real=True), sp.Dummy("b", real=True)
    out = values.rename(expr, {u: a, w: b})
    assert out == 3 + sp.sin(-a + sp.cos(-a + 2 * b, evaluate=False), evaluate=False) * b
    assert sp.simplify(out - expr.xreplace({u: a, w: b})) == 0
    matrix = values.rename(sp.ImmutableMatrix([[inner, u]]), {u: a, w: b})
    assert matrix == sp.ImmutableMatrix([[sp.cos(-a + 2 * b, evaluate=False), a]])
