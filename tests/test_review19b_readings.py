"""Readings of the fresh7 session applied where their evidence does not hold (review19b): a case
mentioned in passing, a sum-to-one the notes deny or that is not one, a recurrence's floor entries
read free for a derivative they depend on, a gate letter that is an index elsewhere, a scaled normal
CDF, a solution point that names a new quantity. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def verdicts(text: str, path: str = "notes.md") -> list[tuple[int, Verdict, str]]:
    chk = check_text(text, path, Settings())
    return [(line, s.verdict, s.message or "")
            for ch in chk.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)]


def at(found: list[tuple[int, Verdict, str]], line: int) -> list[Verdict]:
    return [v for n, v, _ in found if n == line]


_ANALOGOUS = (
    "Minimise $g(u) = \\frac{1}{2}(u - a)^2 + c|u|$ with $c > 0$.\n"  # 1
    "\n"  # 2
    "We treat only negative $u$ here; the case $u > 0$ is analogous.\n"  # 3
    "$$\\frac{d}{du}\\left(\\frac{1}{2}(u - a)^2 + c|u|\\right) = {RHS}$$\n"  # 4
)


def test_a_case_mentioned_in_passing_is_not_the_domain_of_the_display() -> None:
    wrong = verdicts(_ANALOGOUS.replace("{RHS}", "u - a + c"))  # right for u > 0 only: the sign flip for u < 0
    assert at(wrong, 4) and not set(at(wrong, 4)) & set(GREEN), wrong


def test_the_right_derivative_after_a_case_mentioned_in_passing_is_not_failed() -> None:
    right = verdicts(_ANALOGOUS.replace("{RHS}", "u - a - c"))
    assert at(right, 4) and Verdict.FAILED not in at(right, 4), right


def test_two_cases_on_one_scalar_that_exclude_each_other_give_no_domain() -> None:
    text = _ANALOGOUS.replace("We treat only negative $u$ here; the case $u > 0$ is analogous.",
                              "Case $u < 0$ first (Case $u > 0$ comes later):")
    wrong = verdicts(text.replace("{RHS}", "u - a + c"))
    assert at(wrong, 4) and not set(at(wrong, 4)) & set(GREEN), wrong


def test_a_case_heading_is_still_the_domain_of_the_display() -> None:
    text = _ANALOGOUS.replace("We treat only negative $u$ here; the case $u > 0$ is analogous.", "**Case $u < 0$.**")
    assert at(verdicts(text.replace("{RHS}", "u - a + c")), 4) == [Verdict.FAILED]
    right = at(verdicts(text.replace("{RHS}", "u - a - c")), 4)
    assert right and set(right) <= set(GREEN), right


_SUMS = (
    "Let $r$ be nonnegative weights and $s_i = e^{a_i}/\\sum_{j=1}^n e^{a_j}$. {SAID} Then\n"  # 1
    "$$-\\sum_{i=1}^n r_i\\log s_i = -\\sum_{i=1}^n r_i a_i + \\log\\sum_{j=1}^n e^{a_j}$$\n"  # 2
)


def test_a_sum_to_one_the_notes_deny_is_no_probability_vector() -> None:
    found = verdicts(_SUMS.replace("{SAID}", "We do not assume $\\sum_{i=1}^n r_i = 1$."))
    assert at(found, 2) == [Verdict.FAILED], found


def test_a_sum_to_one_minus_something_is_no_probability_vector() -> None:
    found = verdicts(_SUMS.replace("{SAID}", "Their total is $\\sum_{i=1}^n r_i = 1 - \\epsilon$."))
    assert at(found, 2) == [Verdict.FAILED], found


def test_a_stated_sum_to_one_still_reads_a_probability_vector() -> None:
    from verifier.documents.sumstoone import said_sums_to_one

    assert said_sums_to_one("where we used $\\sum_{i=1}^n r_i = 1$.", "r")
    assert said_sums_to_one("$$\\sum_k r_k = 1,\\quad r_k \\ge 0$$", "r")
    assert not said_sums_to_one("so $\\sum_k r_k = 1/2$.", "r")
    assert not said_sums_to_one("r need not satisfy $\\sum_k r_k = 1$.", "r")


_RNN = ("The state is\n\n$$s_t = \\tanh(a s_{t-1} + b v_t)$$\n\nso\n\n"
        "$$\\frac{\\partial s_t}{\\partial {BY}} = {RHS}$$\n")


def test_a_derivative_by_an_earlier_input_does_not_read_the_earlier_state_free() -> None:
    found = verdicts(_RNN.replace("{BY}", "v_{t-1}").replace("{RHS}", "0"))  # dropped the path through s_{t-1}
    assert at(found, 7) and not set(at(found, 7)) & set(GREEN), found


def test_a_derivative_by_the_recurrent_weight_does_not_read_the_earlier_state_free() -> None:
    found = verdicts(_RNN.replace("{BY}", "b").replace("{RHS}", "(1 - s_t^2)\\, v_t"))  # truncated backprop
    assert at(found, 7) and not set(at(found, 7)) & set(GREEN), found


def test_the_step_derivative_by_the_current_input_is_still_proved() -> None:
    found = verdicts(_RNN.replace("{BY}", "v_t").replace("{RHS}", "(1 - s_t^2)\\, b"))
    assert at(found, 7) and set(at(found, 7)) <= set(GREEN), found


_GATE_INDEX = (
    "The input gate is $i_t = \\sigma(W_i x_t + U_i h_{t-1})$.\n\n"  # 1
    "A read-out $\\hat y = \\sum_{k=1}^n v_k g_k$ of features $g_k$ has\n\n"  # 3
    "$$\\frac{\\partial \\hat y}{\\partial v_i} = {RHS}$$\n"  # 5
)


def test_a_gate_letter_the_notes_also_use_as_an_index_is_no_label() -> None:
    wrong = verdicts(_GATE_INDEX.replace("{RHS}", "0"))
    assert at(wrong, 5) and not set(at(wrong, 5)) & set(GREEN), wrong
    right = verdicts(_GATE_INDEX.replace("{RHS}", "g_i"))
    assert at(right, 5) and Verdict.FAILED not in at(right, 5), right


def test_a_normal_cdf_evaluated_elsewhere_is_not_the_standard_normal_cdf() -> None:
    text = ("Here $F(x)$ is the standard normal CDF evaluated at $x/s$, for a scale $s > 0$.\n\n"
            "$$\\frac{d}{dx} F(x^2) = \\frac{2x}{\\sqrt{2\\pi}} e^{-x^4/2}$$\n")  # the 1/s dropped
    found = verdicts(text)
    assert at(found, 3) and not set(at(found, 3)) & set(GREEN), found


_STAR = ("Let $L(w) = \\frac{a}{2} w^2 - b w$ with $a > 0$. Its derivative $a w - b$ vanishes at $w^\\star = b/a$,"
         " so\n\n$$L(w^\\star) = -\\frac{b^2}{{K}a}$$\n")


def test_a_new_name_for_the_point_where_a_derivative_vanishes_is_defined() -> None:
    assert at(verdicts(_STAR.replace("{K}", "")), 3) == [Verdict.FAILED]
    right = at(verdicts(_STAR.replace("{K}", "2")), 3)
    assert right and set(right) <= set(GREEN), right


def test_a_range_the_prose_sends_elsewhere_is_not_the_range_of_the_display() -> None:
    text = _ANALOGOUS.replace("We treat only negative $u$ here; the case $u > 0$ is analogous.",
                              "We treat only negative $u$ here; for $u > 0$ it is analogous.")
    wrong = verdicts(text.replace("{RHS}", "u - a + c"))
    assert at(wrong, 4) and not set(at(wrong, 4)) & set(GREEN), wrong


def test_a_case_heads_its_sentence_only_at_its_start() -> None:
    from verifier.documents.casedomains import heads

    def said(line: str) -> bool:
        start = line.lower().index("case")
        return heads(f"'{line[start : line.index('$', line.index('$') + 1) + 1]}' at line 1", [line])

    assert said("* Case $u > 0$. Then") and said("**Case $u < 0$.** Here") and said("\\item[(b)] Case $u < 0$:")
    assert said("Now consider the case $u < 0$:") and said("In the case $u < 0$, we have")
    assert not said("We did the rest; the case $u > 0$ is analogous.") and not said("This settles the case $u > 0$.")


def test_a_normal_cdf_named_in_a_counterfactual_is_not_read() -> None:
    text = ("Let $\\Phi$ be the CDF of $\\mathcal{N}(1, 4)$. With $\\Phi$ the standard normal CDF we would get"
            " a symmetric curve, but here\n\n$$\\Phi(0) = \\frac{1}{2}$$\n")
    found = verdicts(text)
    assert at(found, 3) and not set(at(found, 3)) & set(GREEN), found
