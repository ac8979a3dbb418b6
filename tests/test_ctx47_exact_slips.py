r"""A worked number wrong at inputs the notes state exactly, by a slip no rounding makes (documents.exactslips).

The worked-number policy leaves a disagreement at the stated values SKIPPED ("a value computed from rounded
inputs, another value of a name, or a slip"). Where every input is stated exactly, once, before the step, and
the number written is the value with its sign flipped or with one digit (not the last) changed, neither a
rounding nor another value explains it: FAILED, with the counterexample. A rounded input, a name stated
twice, a difference in the last digit or in two digits stay SKIPPED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

# w x + b = 2: the derivative by w is σ'(2)·x = 0.10499…·1.5 = 0.15749…
GIVEN = "For the worked example take $w = 2$, $x = 1.5$ and $b = -1$.\n\n"
STEP = "$$ \\frac{{\\partial}}{{\\partial w}} \\sigma(w x + b) = {written} $$\n"


def _step(written: str, before: str = GIVEN, after: str = "") -> object:
    steps = doc_steps(before + STEP.format(written=written) + after)
    return steps[-1] if not after else steps[0]


def test_a_flipped_sign_at_exact_inputs_is_failed_with_its_counterexample() -> None:
    step = _step("-0.1575")
    assert step.verdict is Verdict.FAILED, step.message
    assert step.counterexample is not None
    assert "sign" in step.message and "0.1575" in step.message


def test_one_wrong_digit_at_exact_inputs_is_failed() -> None:
    step = _step("0.1375")
    assert step.verdict is Verdict.FAILED, step.message
    assert "one digit" in step.message


def test_the_right_number_is_still_passed() -> None:
    assert _step("0.1575").verdict is Verdict.PASSED


def test_a_difference_in_the_last_digit_stays_skipped() -> None:
    step = _step("0.1578")  # 0.1575 rounded: three units off in the last place, a rounding on the way
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "not called FAILED" in step.message


def test_two_digits_off_stay_skipped() -> None:
    step = _step("0.1580")
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_value_from_a_rounded_input_stays_skipped() -> None:
    # σ(0.5) ≈ 0.62 carried: 0.62 · 0.38 = 0.2356, the exact value is 0.2350
    steps = doc_steps(
        "Take $x = 0.5$. Then $\\sigma(x) \\approx 0.62$, and the derivative there is\n\n"
        "$$ \\sigma(x)(1 - \\sigma(x)) = 0.2356 $$\n"
    )
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_an_input_stated_as_a_rounding_is_no_exact_input() -> None:
    # σ(1.5) = 0.8176: 0.9176 is one digit off, but a ≈ 1.5 is itself a rounding
    steps = doc_steps("Take $a \\approx 1.5$ for the score.\n\n$$ \\sigma(a) = 0.9176 $$\n")
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_a_name_with_two_values_stays_skipped() -> None:
    step = _step("-0.1575", after="\nIn the exercise take $w = 3$ and compute it again.\n")
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_value_stated_after_the_step_is_no_exact_input() -> None:
    step = doc_steps(STEP.format(written="-0.1575") + "\nhere $w = 2$, $x = 1.5$ and $b = -1$.\n")[0]
    assert step.verdict is not Verdict.FAILED, step.message


def test_a_wrong_entry_of_a_worked_vector_at_exact_inputs_is_failed() -> None:
    # p = softmax(1, 2, 3) = (0.090, 0.245, 0.665); p - y with y = (0, 0, 1): 0.445 for 0.245 is one digit
    notes = (
        "Let $p_j = \\frac{e^{o_j}}{\\sum_i e^{o_i}}$ be the softmax of the scores $o$, and $y$ the one-hot "
        "label.\n\nThe scores of one input are\n$$ o = \\boxed{1}\\boxed{2}\\boxed{3} $$\nand the label is\n"
        "$$ y = \\boxed{0}\\boxed{0}\\boxed{1} $$\n\nThe gradient of the loss by the scores is $p - y$:\n"
        "$$ p - y = \\boxed{0.090}\\boxed{WRONG}\\boxed{-0.335} $$\n"
    )
    step = doc_steps(notes.replace("WRONG", "0.445"))[-1]
    assert step.verdict is Verdict.FAILED, step.message
    assert step.counterexample is not None and step.counterexample.entry
    assert doc_steps(notes.replace("WRONG", "0.245"))[-1].verdict.ok
    kept = doc_steps(notes.replace("WRONG", "0.250"))[-1]  # 0.245 → 0.250: two digits, a rounding on the way?
    assert kept.verdict is Verdict.SKIPPED, kept.message


def test_a_closed_form_member_is_no_literal_of_the_author() -> None:
    # σ(s) at s = 1 written \sigma(1.2): the closed form's own numbers may be roundings; never a slip
    steps = doc_steps("Take $s = 1$.\n\n$$ \\sigma(s) = \\sigma(1.2) $$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_a_slip_is_not_mended_by_a_value_of_a_defined_name_in_another_section() -> None:
    # s is defined here by w, x, b; Part 1's s = 4 is no value of this step (documents.valuescope leaves it)
    steps = doc_steps(
        "# Part 1\n\nIn the first example the sum is $s = 4$.\n\n# Part 2\n\nLet $s = w x + b$. "
        + GIVEN
        + STEP.format(written="-0.1575")
    )
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
