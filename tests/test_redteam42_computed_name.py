r"""Which name the notes compute before a stated value: its exact name as a formula's left member (redteam42).

review41's ``exactdata._computed_before`` read any ``name =`` with a letter after it, anywhere before the statement,
as the notes computing the name — so its stated value became a rounding and a wrong sum of it PASSED "within the
rounding": "$\hat p = \frac{k}{n}$" (``p =`` after the hat) or "$p = \frac13$" in another part made "$p = (0.5, 0.3,
0.2)$" roundings and ``\sum_i p_i = 1.1`` PASSED. And a computation it did not see left a rounded result exact
data, a right step FAILED: ``L &= -\log 0.5`` in an aligned display, the display after the statement ("$L = 0.69$,
where $$L = -\log 0.5$$"), a function of the name at a case (``L(q) = -\log q``, "At $q = 0.5$ the loss is $L =
0.69$"). The name is computed where a formula in the statement's section writes it (or it applied to arguments) as a
whole left member."""

from __future__ import annotations

from support import doc_steps

DATA = "# Probabilities\n\nBEFORE\n\nThe probabilities are $p = (0.5, 0.3, 0.2)$.\n\n$$\n\\sum_{i=1}^3 p_i = 1.1\n$$\n"


def _last(notes: str) -> str:
    return doc_steps(notes)[-1].verdict.value


def test_a_hatted_name_computed_before_leaves_the_plain_name_data() -> None:
    assert _last(DATA.replace("BEFORE", "We write the estimate as $\\hat p = \\frac{k}{n}$ in general.")) == "FAILED"


def test_a_name_computed_in_another_part_leaves_this_part_s_value_data() -> None:
    before = "## Part (a)\n\nHere $p = \\frac{1}{3}$ for a fair three-sided die.\n\n## Part (b)"
    assert _last(DATA.replace("BEFORE", before)) == "FAILED"


def test_a_power_of_another_name_computes_nothing() -> None:
    notes = ("# Loss\n\nWe have $x^a = e^{a \\log x}$ for $x > 0$.\n\nThe data loss is $L = 0.25$ and the weight is "
             "$a = 0.5$.\n\n$$\nL + a = 0.85\n$$\n")
    assert _last(notes) == "FAILED"


def test_the_sum_computed_with_no_other_name_is_still_failed() -> None:
    assert _last(DATA.replace("BEFORE", "")) == "FAILED"


LOSS = "# Loss\n\nBEFORE\n\n$$\n3L = 2.08\n$$\n"


def test_a_name_computed_in_an_aligned_display_is_a_rounded_result() -> None:
    before = "$$\n\\begin{aligned} L &= -\\log 0.5 \\end{aligned}\n$$\n\nSo the loss is $L = 0.69$."
    assert _last(LOSS.replace("BEFORE", before)) != "FAILED"


def test_a_name_computed_in_the_display_after_the_statement_is_a_rounded_result() -> None:
    before = "So the loss is $L = 0.69$, where\n\n$$\nL = -\\log 0.5.\n$$"
    assert _last(LOSS.replace("BEFORE", before)) != "FAILED"


def test_a_function_of_the_name_at_a_case_is_a_computation_of_it() -> None:
    before = "$$\nL(q) = -\\log q\n$$\n\nAt $q = 0.5$ the loss is $L = 0.69$."
    assert _last(LOSS.replace("BEFORE", before)) != "FAILED"


COMPUTED = "# Loss\n\n$$\nL = -\\log 0.5\n$$\n\nSo the loss is $L = 0.69$.\n\n$$\n3L = VALUE\n$$\n"


def test_a_step_at_a_computed_name_is_judged_at_the_value_computed() -> None:
    assert _last(COMPUTED.replace("VALUE", "2.08")) == "PASSED"  # 3 · 0.6931 = 2.079


def test_a_value_within_the_box_of_the_rounding_but_not_the_computed_one_is_not_green() -> None:
    assert _last(COMPUTED.replace("VALUE", "2.06")) == "SKIPPED"  # 3 · 0.69 = 2.07, 3 · 0.6931 = 2.079


def test_a_value_that_rounds_no_computation_of_the_name_is_not_judged_at_it() -> None:
    notes = "# Loss\n\n$$\nL = -\\log 0.5\n$$\n\nFor the second example the loss is $L = 1.2$.\n\n$$\n3L = 2.08\n$$\n"
    assert _last(notes) == "SKIPPED"
