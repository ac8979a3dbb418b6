"""Readings found by a fresh set of notes (fresh7): a gate family whose weights carry the gate's
letter as a label (``f_t = \\sigma(a_t)``, ``a_t = w_f x_t``) must not crash the checker. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)  # green: PASSED where a busy machine cuts the symbolic proof short


def green(found: list[Verdict]) -> bool:
    return bool(found) and all(v in GREEN for v in found)


def verdicts(text: str, path: str = "notes.md") -> list[tuple[int, Verdict, str]]:
    chk = check_text(text, path, Settings())
    return [(line, s.verdict, s.message or "")
            for ch in chk.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)]


def test_a_gate_family_with_a_labelled_weight_is_not_an_internal_error() -> None:
    text = (
        "The state is $s_t = f_t s_{t-1}$ and the gate is $f_t = \\sigma(a_t)$ with $a_t = w_f x_t$.\n"
        "\n"
        "$$\\frac{\\partial s_t}{\\partial w_f} = s_{t-1} f_t (1 - f_t) x_t$$\n"
    )
    found = verdicts(text)
    assert found and all(v is not Verdict.ERROR for _, v, _ in found), found


def test_a_family_needed_for_its_own_entries_is_a_resolve_error_not_a_recursion() -> None:
    r"""``f_t := \sigma(w\,\mathbf{1}^T f)``: each entry needs the whole family, which needs its entries. The
    notes in the test above once reached this cycle through ``w_f`` read as ``w f``; the gate labels
    (documents.gatelabels) read it as a label now, so the cycle is reached here directly."""
    import pytest

    from verifier.documents.context import IndexRange, Scope, Size, VarDecl, parse_definition
    from verifier.documents.instances import instantiate
    from verifier.documents.resolve import ResolveError, Resolver
    from verifier.latex import parse_latex

    d = parse_definition("f_t", r"\sigma(w \, \mathbf{1}^T f)", 1)
    scope = Scope(names={("T", ()): Size(("T", ()), (3,), 0), ("t", ()): IndexRange(("t", ()), 1, 3, 0),
                         ("w", ()): VarDecl(("w", ()), "scalar"), d.key: d})
    resolver = Resolver(scope, instantiate(scope, {("T", ()): 3}), {"t": 1}, parse=parse_latex)
    with pytest.raises(ResolveError, match="needed to compute its own entries"):
        resolver.value(parse_latex("f_1"), {})


_CASES = (
    "Minimise $g(u) = \\frac{1}{2}(u - a)^2 + c|u|$ with $c > 0$.\n"  # 1
    "\n"  # 2
    "* Case $u > 0$. Then $|u| = u$ and\n"  # 3
    "  $$\\frac{d}{du}\\left(\\frac{1}{2}(u - a)^2 + cu\\right) = u - a + c$$\n"  # 4
    "  which vanishes at $u = a - c$.\n"  # 5
    "* Case $u < 0$. Then $|u| = -u$ and\n"  # 6
    "  $$\\frac{d}{du}\\left(\\frac{1}{2}(u - a)^2 - cu\\right) = {RHS}$$\n"  # 7
)


def test_a_point_where_a_derivative_vanishes_is_not_a_definition() -> None:
    found = verdicts(_CASES.replace("{RHS}", "u - a - c"))
    at6 = [v for line, v, _ in found if line == 6]
    assert len(at6) == 1 and green(at6), found


def test_a_case_on_a_scalar_is_its_domain_for_the_display_after_it() -> None:
    found = verdicts(_CASES.replace("{RHS}", "u - a - c"))
    at = [v for line, v, _ in found if line in (4, 7)]
    assert len(at) == 2 and green(at), found


def test_a_wrong_derivative_in_a_stated_case_is_failed() -> None:
    found = verdicts(_CASES.replace("{RHS}", "u - a + c"))
    assert [v for line, v, _ in found if line == 7] == [Verdict.FAILED], found


def test_a_case_that_is_not_a_scalar_range_stays_a_condition() -> None:
    text = "Case $u > v$. Then\n$$\\frac{d}{du}\\left(\\frac{1}{2}u^2 + uv\\right) = u + v$$\n"
    found = verdicts(text)
    assert [v for line, v, _ in found if line == 2] == [Verdict.SKIPPED], found


def test_a_wrong_sign_under_a_stated_negative_case_is_not_green() -> None:
    text = "For $u < 0$ we have $|u| = u$.\n"
    found = verdicts(text)
    assert found and all(v not in (Verdict.PROVED, Verdict.PASSED) for _, v, _ in found), found


_SUMS = (
    "Let $r$ be a distribution over $n$ outcomes and $s_i = e^{a_i}/\\sum_{j=1}^n e^{a_j}$. Then\n"  # 1
    "$$-\\sum_{i=1}^n r_i\\log s_i = {RHS}$$\n"  # 2
    "where we used $\\sum_{i=1}^n r_i = 1$.\n"  # 3
)


def test_a_vector_the_notes_say_sums_to_one_is_read_as_a_probability_vector() -> None:
    found = verdicts(_SUMS.replace("{RHS}", "-\\sum_{i=1}^n r_i a_i + \\log\\sum_{j=1}^n e^{a_j}"))
    at2 = [(v, m) for line, v, m in found if line == 2]
    assert len(at2) == 1 and green([at2[0][0]]) and "sum to one" in at2[0][1], found


def test_a_wrong_step_is_not_rescued_by_the_sum_to_one_reading() -> None:
    found = verdicts(_SUMS.replace("{RHS}", "-\\sum_{i=1}^n r_i a_i + n\\log\\sum_{j=1}^n e^{a_j}"))
    assert [v for line, v, _ in found if line == 2] == [Verdict.FAILED], found


def test_the_sum_to_one_statement_does_not_prove_itself() -> None:
    found = verdicts("A vector $r$ with entries $r_i$, and we use $\\sum_{i=1}^n r_i = 1$.\n")
    assert found and all(v not in (Verdict.PROVED, Verdict.PASSED) for _, v, _ in found), found


def test_reciprocal_trig_and_hyperbolic_functions_are_read() -> None:
    text = (
        "$$\\frac{d}{du}\\tanh u = \\operatorname{sech}^2 u$$\n"  # 1
        "$$\\frac{d}{du}\\tan u = \\sec^2 u$$\n"  # 2
        "$$\\frac{d}{du}\\coth u = -\\mathrm{csch}^2 u$$\n"  # 3
        "$$\\cot u = \\frac{\\cos u}{\\sin u}$$\n"  # 4
    )
    found = [v for _, v, _ in verdicts(text)]
    assert len(found) == 4 and green(found), found


def test_a_dropped_chain_rule_factor_beside_sech_is_failed() -> None:
    text = "$$\\frac{d}{dx}\\tanh(2x) = \\operatorname{sech}^2(2x)$$\n"
    assert [v for _, v, _ in verdicts(text)] == [Verdict.FAILED]


_PROBIT = (
    "Let $F(w) = \\log\\Phi(wx)$, with $\\Phi$ the standard normal CDF and $\\varphi$ the standard normal"
    " density.\n"  # 1
    "\n"  # 2
    "$$\\frac{d}{dw}\\log\\Phi(wx) = {RHS}$$\n"  # 3
)


def test_the_standard_normal_cdf_and_density_named_in_prose_are_read() -> None:
    found = verdicts(_PROBIT.replace("{RHS}", "\\frac{\\varphi(wx)\\,x}{\\Phi(wx)}"))
    at3 = [(v, m) for line, v, m in found if line == 3]
    assert len(at3) == 1 and green([at3[0][0]]) and "standard normal" in at3[0][1], found


def test_a_dropped_factor_beside_the_normal_cdf_is_failed() -> None:
    found = verdicts(_PROBIT.replace("{RHS}", "\\frac{\\varphi(wx)}{\\Phi(wx)}"))
    assert [v for line, v, _ in found if line == 3] == [Verdict.FAILED], found


def test_the_normal_cdf_at_zero_is_one_half() -> None:
    text = ("Here $\\Phi$ is the CDF of the standard normal distribution.\n\n"
            "So $\\Phi(0) = \\tfrac{1}{2}$ and $\\Phi(0) = 1$.\n")
    found = [v for _, v, _ in verdicts(text)]
    assert len(found) == 2 and found[0] in GREEN and found[1] is Verdict.FAILED, found


def test_a_density_defined_as_the_derivative_of_the_normal_cdf_is_the_normal_density() -> None:
    text = ("We write $\\Phi$ for the CDF of a standard Gaussian and $g = \\Phi'$ for its derivative.\n\n"
            "$$\\frac{d}{dw}\\Phi(w^2) = 2w\\,g(w^2)$$\n\n"  # 3
            "$$g(0) = 1$$\n")  # 5
    found = [v for _, v, _ in verdicts(text)]
    assert len(found) == 2 and found[0] in GREEN and found[1] is Verdict.FAILED, found


_RNN = "The state is\n\n$$s_t = \\tanh(a s_{t-1} + b v_t)$$\n\nso\n\n$$\\frac{\\partial s_t}{\\partial v_t} = {RHS}$$\n"


def test_the_step_derivative_of_a_recurrence_by_its_own_input_is_proved() -> None:
    found = verdicts(_RNN.replace("{RHS}", "(1 - s_t^2)\\, b"))
    at = [v for line, v, _ in found if line == 7]
    assert len(at) == 1 and green(at), found


def test_a_wrong_step_derivative_of_a_recurrence_is_not_green() -> None:
    found = verdicts(_RNN.replace("{RHS}", "(1 - s_t^2)\\, a"))
    assert [v for line, v, _ in found if line == 7] in ([Verdict.FAILED], [Verdict.SKIPPED]), found


def test_a_gate_derivative_of_a_cell_recurrence_is_proved_and_its_sign_flip_is_not() -> None:
    text = "$$m_t = (1 - q_t) m_{t-1} + q_t n_t$$\n\nso\n\n$$\\frac{\\partial m_t}{\\partial q_t} = {RHS}$$\n"
    right = verdicts(text.replace("{RHS}", "n_t - m_{t-1}"))
    wrong = verdicts(text.replace("{RHS}", "m_{t-1} - n_t"))
    at = [v for line, v, _ in right if line == 5]
    assert len(at) == 1 and green(at), right
    assert [v for line, v, _ in wrong if line == 5] == [Verdict.FAILED], wrong


_GATE = ("The gate is $g_t = \\sigma(a_t)$ with pre-activation $a_t = w_g x_t + b_g$.\n\n"
         "$$\\frac{\\partial a_t}{\\partial w_g} = {RHS}$$\n")


def test_a_gate_letter_in_a_weight_subscript_is_a_label() -> None:
    found = verdicts(_GATE.replace("{RHS}", "x_t"))
    at3 = [(v, m) for line, v, m in found if line == 3]
    assert len(at3) == 1 and green([at3[0][0]]) and "label of the gate" in at3[0][1], found


def test_a_wrong_derivative_by_a_gate_weight_is_failed() -> None:
    found = verdicts(_GATE.replace("{RHS}", "x_t + b_g"))
    assert [v for line, v, _ in found if line == 3] == [Verdict.FAILED], found


def test_a_letter_the_notes_sum_over_is_no_gate() -> None:
    from verifier.documents.gatelabels import gate_letters

    assert gate_letters("$k_t = W x_t$ and $s = \\sum_k w_k$") == frozenset()
    assert gate_letters("$f_t = \\sigma(w_f x_t)$") == frozenset({"f"})
    assert gate_letters("$f_t = \\sigma(W_{fj} x_j)$") == frozenset()
