r"""Expectations read as linear functionals (verifier.documents.expectation): sound and partial.

Linearity steps are PROVED with the reading reported; a step that needs more than linearity (a zero
mean, independence, a known moment, the formula of a variance) is SKIPPED with what it needs, and is
never green and never FAILED — a property of the expectation may make it true. (A step whose sides differ
by a quantity free of every expectation is FAILED: tests/test_gaps55_expectation_differences.py.)
"""

from __future__ import annotations

import random

import pytest
import sympy as sp
from support import display_step, doc_steps

from verifier.latex import LatexError, parse_latex
from verifier.latex.functionals import Expectation, Label, Statistic
from verifier.results import StepResult

GREEN = ("PROVED", "PASSED")


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _one(latex: str, prose: str = ""):
    return display_step(latex, prose)


# --- parsing ------------------------------------------------------------------------------------

a, b, x, y = sp.symbols("a b x y")


@pytest.mark.parametrize(
    "src",
    [r"\mathbb{E}[a + b]", r"\mathbb{E}\left[a + b\right]", r"E[a + b]", r"\operatorname{E}[a + b]",
     r"\mathrm{E}(a + b)", r"\mathbb{E}\big[a + b\big]", r"\mathbb{E}\{a + b\}", r"\mathbb{E}\!\left[a + b\right]"],
)  # fmt: skip
def test_expectation_forms_parse_to_one_node(src: str) -> None:
    assert parse_latex(src) == Expectation(a + b)


def test_the_subscript_is_part_of_the_expectation() -> None:
    assert parse_latex(r"\mathbb{E}_{x \sim p}[a]") == Expectation(a, Label(r"x \sim p"))
    assert parse_latex(r"\mathbb{E}_x[a]") == Expectation(a, Label("x"))
    # the subscript's text is kept as written, never read as a quantity (no free symbols) nor evaluated
    node = parse_latex(r"\mathbb{E}_{__import__('os')}[a]")
    assert node.free_symbols == {a}


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (r"\text{Var}(y)", Statistic(Label("Var"), y)),
        (r"\operatorname{Var}[x]", Statistic(Label("Var"), x)),
        (r"\mathrm{Var}(x)", Statistic(Label("Var"), x)),
        (r"\text{Cov}(a, b)", Statistic(Label("Cov"), a, b)),
        (r"\text{Bias}(y)^2", Statistic(Label("Bias"), y) ** 2),
    ],
)
def test_statistics_parse_to_nodes(src: str, expected: sp.Basic) -> None:
    assert parse_latex(src) == expected


def test_a_variance_of_two_arguments_is_refused() -> None:
    with pytest.raises(LatexError, match="Var of 2"):
        parse_latex(r"\text{Var}(a, b)")


def test_an_expectation_with_parameters_names_its_reason() -> None:
    with pytest.raises(LatexError, match="expectation with parameters"):
        parse_latex(r"E[y;\eta]")


# --- linearity: PROVED, with the reading ---------------------------------------------------------


@pytest.mark.parametrize(
    "latex",
    [
        r"\mathbb{E}[f + \epsilon] = \mathbb{E}[f] + \mathbb{E}[\epsilon]",
        r"\mathbb{E}[(f + \epsilon - f)^2] = \mathbb{E}[\epsilon^2]",
        r"\mathbb{E}\left[(u - v)^2\right] = \mathbb{E}[u^2] + \mathbb{E}[v^2] - 2\mathbb{E}[u v]",
        r"\mathbb{E}[3 u - v/2] = 3\mathbb{E}[u] - \frac{1}{2}\mathbb{E}[v]",
        r"\mathbb{E}_{x \sim p}[u + v] = \mathbb{E}_{x \sim p}[u] + \mathbb{E}_{x \sim p}[v]",
        r"s^2 + \text{Var}(u) + \mathbb{E}[u]^2 - 2 s \mathbb{E}[u] = (s - \mathbb{E}[u])^2 + \text{Var}(u)",
    ],
)
def test_linearity_steps_are_proved_with_the_reading(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value == "PROVED", step.message
    assert "linear functional" in step.message


def test_the_expectation_of_a_positive_quantity_is_positive() -> None:
    # log(ab) = log a + log b needs a, b > 0: true of 𝔼[e^u] and 𝔼[v^2], not of 𝔼[u - w] and 𝔼[v - w]
    step = _one(r"\log(\mathbb{E}[e^{u}]\,\mathbb{E}[v^2]) = \log \mathbb{E}[e^{u}] + \log \mathbb{E}[v^2]")
    assert step.verdict.value in GREEN, step.message
    step = _one(r"\log(\mathbb{E}[u - w]\,\mathbb{E}[v - w]) = \log \mathbb{E}[u - w] + \log \mathbb{E}[v - w]")
    assert step.verdict.value not in (*GREEN, "FAILED"), step.message


def test_sums_and_expectations_commute() -> None:
    step = _one(r"\sum_{i=1}^{n} \mathbb{E}[x_i] = \mathbb{E}\left[\sum_{i=1}^{n} x_i\right]")
    assert step.verdict.value == "PROVED", step.message


def test_a_definition_in_the_notes_is_used_inside_the_expectation() -> None:
    step = _one(r"\mathbb{E}[y] = \mathbb{E}[f] + \mathbb{E}[\epsilon]", prose=r"Let $y = f + \epsilon$.")
    assert step.verdict.value == "PROVED", step.message


def test_an_expectation_inside_an_expectation_is_a_constant() -> None:
    step = _one(r"\mathbb{E}\left[(u - \mathbb{E}[u])^2\right] = \mathbb{E}[u^2] - \mathbb{E}[u]^2")
    assert step.verdict.value == "PROVED", step.message
    assert "constant" in step.message and "𝔼[1] = 1" in step.message


# --- more than linearity: SKIPPED with the reason, never green, never FAILED --------------------


@pytest.mark.parametrize(
    ("latex", "needs"),
    [
        (r"\mathbb{E}[(a + b)^2] = \mathbb{E}[a^2] + \mathbb{E}[b^2]", "independence"),  # needs E[ab] = 0
        (r"\mathbb{E}[(u - v)^2] = \mathbb{E}[u^2] + \mathbb{E}[v^2] - \mathbb{E}[u v]", "independence"),  # dropped 2
        (r"\mathbb{E}[a - b] = \mathbb{E}[a] + \mathbb{E}[b]", "zero mean"),  # a sign flipped
        (r"\mathbb{E}[f + \epsilon] = \mathbb{E}[f]", "zero mean"),  # needs E[ε] = 0
        (r"\mathbb{E}[f] + \mathbb{E}[\epsilon] = f", "deterministic"),  # needs E[f] = f and E[ε] = 0
        (r"\mathbb{E}[\epsilon^2] = \sigma^2", "moment"),
        # (written Var(u) = … first, the notes would be stating Var's formula: a definition)
        (r"\mathbb{E}\left[(u - \mathbb{E}[u])^2\right] = \text{Var}(u)", "Var(X) = 𝔼[X²]"),
        (r"\text{Var}(a + b) = \text{Var}(a) + \text{Var}(b)", "Var"),
        (r"\text{Cov}(a, b) = \text{Cov}(b, a)", "Cov"),
    ],
)
def test_steps_needing_more_than_linearity_are_skipped_with_the_reason(latex: str, needs: str) -> None:
    step = _one(latex)
    assert step.verdict.value == "SKIPPED", step.message
    assert "linearity of expectation alone" in step.message and needs in step.message, step.message


def test_different_subscripts_are_different_functionals() -> None:
    step = _one(r"\mathbb{E}_{x \sim p}[u] = \mathbb{E}_{x \sim q}[u]")
    assert step.verdict.value == "SKIPPED", step.message


def test_a_subscripted_inner_expectation_is_not_taken_out_of_another() -> None:
    # E_y[f] may depend on x, so it is not a constant of E_x
    step = _one(r"\mathbb{E}_{x}\left[\mathbb{E}_{y}[u]\, v\right] = \mathbb{E}_{y}[u]\, \mathbb{E}_{x}[v]")
    assert step.verdict.value not in (*GREEN, "FAILED"), step.message


def test_a_subscripted_variance_is_not_a_constant_of_another_expectation() -> None:
    step = _one(r"\mathbb{E}\left[\text{Var}_{y}(u)\, v\right] = \text{Var}_{y}(u)\, \mathbb{E}[v]")
    assert step.verdict.value not in (*GREEN, "FAILED"), step.message
    step = _one(r"\mathbb{E}\left[\text{Var}(u)\, v\right] = \text{Var}(u)\, \mathbb{E}[v]")
    assert step.verdict.value == "PROVED", step.message


@pytest.mark.parametrize(
    ("latex", "prose"),
    [
        (r"\frac{\partial}{\partial w} \mathbb{E}[w u] = 0", ""),  # an atom is not a constant of w
        (r"\frac{\partial L}{\partial w} = 0", r"Let $L = \mathbb{E}[(y - w u)^2]$."),
        (r"\frac{d}{d w} \text{Var}(w u) = 0", ""),
    ],
)
def test_a_derivative_of_an_expectation_is_not_read(latex: str, prose: str) -> None:
    # read under 𝔼 since gaps58 (documents.underexpectation): w a parameter taken out of 𝔼, so the derivative is
    # 𝔼[u] (not 0, as an atom 𝔼[wu] constant in w would make it); whether 𝔼[u] = 0 nothing says: SKIPPED
    step = _one(latex, prose)
    assert step.verdict.value == "SKIPPED", step.message
    assert "does not follow from linearity of expectation alone" in step.message, step.message
    assert "w read as parameters of the member" in step.message, step.message


def test_a_chain_is_checked_link_by_link() -> None:
    steps = _steps(
        r"""
        $$
        \mathbb{E}[y \hat{f}] = \mathbb{E}[(f + \epsilon)\hat{f}] = \mathbb{E}[f\hat{f}] + \mathbb{E}[\epsilon\hat{f}]
        = f\mathbb{E}[\hat{f}] + \mathbb{E}[\epsilon]\mathbb{E}[\hat{f}]
        $$

        where $y = f + \epsilon$.
        """
    )
    verdicts = [s.verdict.value for s in steps]
    assert verdicts[1] == "PROVED", steps[1].message
    assert verdicts[2] == "SKIPPED" and "independence" in steps[2].message, steps[2].message
    assert "FAILED" not in verdicts


# --- a formula of a statistic the notes state ---------------------------------------------------

STATED = r"Recall the formula $\text{Var}(z) = \mathbb{E}[z^2] - \mathbb{E}[z]^2$."


def test_a_variance_formula_the_notes_state_is_used_and_reported() -> None:
    step = _one(r"\mathbb{E}[g^2] = \text{Var}(g) + \mathbb{E}[g]^2", prose=STATED)
    assert step.verdict.value == "PROVED", step.message
    assert "as the notes state it" in step.message
    step = _one(r"\text{Var}(2a) = 4\text{Var}(a)", prose=STATED)
    assert step.verdict.value == "PROVED", step.message
    # still only linearity: Var(a + b) = Var(a) + Var(b) needs independence
    step = _one(r"\text{Var}(a + b) = \text{Var}(a) + \text{Var}(b)", prose=STATED)
    assert step.verdict.value == "SKIPPED" and "independence" in step.message, step.message


def test_a_display_stating_the_formula_defines_it() -> None:
    steps = _steps(
        r"""
        $$\text{Var}(z) = \mathbb{E}\left[(z - \mathbb{E}[z])^2\right]$$

        $$\text{Var}(g) = \mathbb{E}[g^2] - \mathbb{E}[g]^2$$
        """
    )
    assert [s.verdict.value for s in steps] == ["SKIPPED", "PROVED"], [s.message for s in steps]
    assert "definition" in steps[0].message


def test_without_the_stated_formula_a_variance_stays_opaque() -> None:
    step = _one(r"\mathbb{E}[g^2] = \text{Var}(g) + \mathbb{E}[g]^2")
    assert step.verdict.value == "SKIPPED" and "Var(X) = 𝔼[X²]" in step.message, step.message


def test_a_result_about_one_variance_is_not_a_formula_of_var() -> None:
    # Var(w) = s^2 t is a fact about w, not what Var means: Var(u) must not become s^2 t
    step = _one(r"\text{Var}(u) = s^2 t", prose=r"We found $\text{Var}(w) = s^2 t$.")
    assert step.verdict.value not in (*GREEN, "FAILED"), step.message


def test_a_fact_about_an_expectation_the_notes_state_is_a_hypothesis() -> None:
    steps = _steps(
        r"""
        $$\mathbb{E}[f + \epsilon] = \mathbb{E}[f]$$

        where $\mathbb{E}[\epsilon] = 0$.

        $$\mathbb{E}[(a + b)^2] = \mathbb{E}[a^2] + 2\mathbb{E}[b^2]$$

        where $\mathbb{E}[a b] = 0$.
        """
    )
    assert steps[0].verdict.value == "PROVED" and "solved for 𝔼[epsilon]" in steps[0].message, steps[0].message
    # wrong even with E[ab] = 0: the sides differ by 𝔼[b²] (> 0 unless b = 0): FAILED (gaps55; SKIPPED before)
    assert steps[1].verdict.value == "FAILED" and "positive moment" in steps[1].message, steps[1].message


def _expansion(seed: int, wrong: bool) -> str:
    """𝔼 of a random polynomial = its expansion term by term (one coefficient off by one if ``wrong``)."""
    rng = random.Random(seed)
    monomials = [a, b, a * b, a**2, b**2, sp.Integer(1)]
    base = sum(rng.choice([-3, -2, -1, 1, 2, 3]) * rng.choice(monomials) for _ in range(3))
    p = sp.expand(base ** rng.choice([1, 2]))
    parts = [t.as_coeff_Mul() for t in sp.Add.make_args(p)]
    if wrong:
        k = rng.randrange(len(parts))
        parts[k] = (parts[k][0] + rng.choice([-1, 1]), parts[k][1])
    expectation = (r"\mathbb{E}\left[" + sp.latex(m) + r"\right]" for _, m in parts)
    rhs = " + ".join(f"({sp.latex(co)})" + ("" if m == 1 else e) for (co, m), e in zip(parts, expectation, strict=True))
    return r"\mathbb{E}\left[" + sp.latex(sp.factor(p)) + r"\right] = " + rhs


@pytest.mark.parametrize("seed", range(4))
def test_expansions_are_proved_and_a_changed_coefficient_never_green(seed: int) -> None:
    step = _one(_expansion(seed, wrong=False))
    assert step.verdict.value == "PROVED", step.message
    step = _one(_expansion(seed, wrong=True))
    # never green; FAILED where the gap is free of atoms or a multiple of one positive moment (gaps55)
    assert step.verdict.value in ("SKIPPED", "FAILED"), step.message
