r"""A lone index in a denominator: the implied sum stands inside it (``e^{z_i} / e^{z_m}`` is a softmax).

Einstein-style notes write the softmax as ``\frac{e^{z_i}}{e^{z_m}}``, "the sum is implied in the
denominator". Summed around the whole term (the other readings), such a step fails or holds only
where the indices coincide, and stayed SKIPPED; read with the sum inside the denominator it is checked.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.innersums import sum_inside
from verifier.documents.summation import implied_readings
from verifier.engine import Settings

FAST = Settings(points=30)


def _is_index(name: str) -> bool:
    return name in {"i", "k", "m", "q"}


def _z(i: str) -> sp.Indexed:
    return sp.IndexedBase("z")[sp.Symbol(i)]


def _sum(tree: sp.Basic, i: str) -> sp.Sum:
    return sp.Sum(tree, (sp.Symbol(i), sp.Symbol(f"{i}__lo"), sp.Symbol(f"{i}__hi")))


def test_a_lone_index_in_a_denominator_is_summed_inside_it() -> None:
    tree = sp.exp(_z("i")) * sp.exp(-_z("m"))  # the parser's form of e^{z_i} / e^{z_m}
    got = sum_inside(tree, {"m"}, _is_index)
    assert sp.simplify(got - sp.exp(_z("i")) / _sum(sp.exp(_z("m")), "m")) == 0


def test_a_lone_index_in_a_squared_denominator_is_summed_inside_the_square() -> None:
    tree = sp.exp(_z("i")) * sp.exp(-2 * _z("m"))  # e^{z_i} / (e^{z_m})^2
    got = sum_inside(tree, {"m"}, _is_index)
    assert sp.simplify(got - sp.exp(_z("i")) / _sum(sp.exp(_z("m")), "m") ** 2) == 0


def test_a_lone_index_in_a_linear_factor_is_summed_around_the_term() -> None:
    y = sp.IndexedBase("y")
    tree = y[sp.Symbol("i")] * _z("k")
    got = sum_inside(tree, {"i"}, _is_index)
    assert sp.simplify((got - _sum(y[sp.Symbol("i")], "i") * _z("k")).doit()) == 0


def test_the_inner_reading_is_offered_after_the_others_only_where_it_differs() -> None:
    left = sp.Symbol("a")
    linear = implied_readings(left, sp.IndexedBase("y")[sp.Symbol("i")] * _z("k"), _is_index)
    assert [r.mode for r in linear] == ["lone"]  # same as summing around the term: not offered again
    fraction = implied_readings(left, sp.exp(_z("k")) * sp.exp(-_z("m")), _is_index)
    assert [r.mode for r in fraction] == ["lone", "inner"]


_NOTES = r"""
We use Einstein notation: an index repeated in a term is summed, and so is every index the answer is
not indexed by.

$$
p_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}
$$

$$
\begin{align}
\frac{\partial p_i}{\partial z_k} &= \frac{\partial}{\partial z_k} \frac{e^{z_i}}{e^{z_m}} \\
&= {rhs}
\end{align}
$$
"""


def _steps(rhs: str) -> list[tuple[str, str]]:
    check = check_text(_NOTES.replace("{rhs}", rhs), "t.md", FAST)
    got = [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]
    return [g for g in got if not g[1].startswith("defines ")]


def test_softmax_derivative_with_sums_implied_in_denominators_is_proved() -> None:
    got = _steps(r"\frac{\delta_{ik} e^{z_i}}{e^{z_m}} - \frac{e^{z_i}}{(e^{z_m})^2} e^{z_q} \delta_{qk}")
    assert [v for v, _ in got] == ["PROVED", "PROVED"], got
    assert all("summed where it stands" in m for _, m in got), got


def test_planted_mistakes_in_the_denominator_are_not_green() -> None:
    for rhs in (
        r"\frac{\delta_{ik} e^{z_i}}{e^{z_m}} - \frac{e^{z_i}}{e^{z_m}} e^{z_q} \delta_{qk}",  # square dropped
        r"\frac{\delta_{ik} e^{z_i}}{e^{z_m}} + \frac{e^{z_i}}{(e^{z_m})^2} e^{z_q} \delta_{qk}",  # sign
    ):
        got = _steps(rhs)
        assert got[1][0] not in ("PROVED", "PASSED"), (rhs, got)


def test_a_lone_index_in_a_linear_term_inside_a_derivative_is_not_summed_alone() -> None:
    # ∂/∂z_j (z_i − log Σ e^{z_k}) = 1 − softmax_j drops δ_ij: summing only z_i over i "inside" the
    # derivative would make it hold, a reading of nothing
    text = (
        "$$\n\\frac{\\partial}{\\partial z_j}\\left(z_i - \\log\\sum_k e^{z_k}\\right)"
        " = 1 - \\frac{e^{z_j}}{\\sum_k e^{z_k}}\n$$\n"
    )
    check = check_text(text, "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message
    derivative = sp.Derivative(_z("i") - sp.log(_z("k")), _z("j"))
    assert sum_inside(derivative, {"i"}, _is_index) == _sum(derivative, "i")
