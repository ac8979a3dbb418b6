r"""scope21: what the prose says holds where the notes say it, and no further.

Each test is a small note with a fact stated in one part (±1 labels, a family's orientation, a definition,
a region condition) and a step in another part, or under the condition, that only that fact decides."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import StepResult, Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

# ±1 labels stated in part (a); part (b) introduces y anew ("Let $y$ be the target"): the wrong derivative that
# drops y² for 1 holds only for signs, and (b) gives none
_SIGNS_THEN_TARGET = r"""
# Problem 1

## (a) Perceptron

The labels are $y \in \{-1, +1\}$. The margin update:

$$y (w + y x) x = y w x + x^2$$

## (b) Scaled loss

Let $y$ be the target. The derivative of the scaled loss is

$$\frac{\partial}{\partial w} \frac{1}{2} (w y - x)^2 = (w y - x) y = w - x y$$
"""


def test_signs_of_one_part_do_not_make_another_parts_step_green() -> None:
    steps = doc_steps(_SIGNS_THEN_TARGET)
    assert steps[0].verdict in GREEN, steps[0].message
    assert steps[1].verdict in GREEN, steps[1].message
    assert steps[2].verdict not in GREEN, steps[2].message


# the same step in a sibling part that says nothing of y: the signs of (a) may be meant, or not: never green,
# never FAILED (a false alarm where (b) keeps (a)'s labels)
_SIGNS_THEN_SILENT_PART = _SIGNS_THEN_TARGET.replace("Let $y$ be the target. ", "")


def test_signs_of_a_sibling_part_leave_the_step_skipped() -> None:
    steps = doc_steps(_SIGNS_THEN_SILENT_PART)
    assert steps[2].verdict is Verdict.SKIPPED, steps[2].message
    assert "line 5" in steps[2].message, steps[2].message


# stated at the top of the problem, before its parts: every part shares it
_SIGNS_IN_THE_SETUP = r"""
# Problem 1

The labels are $y \in \{-1, +1\}$ and $w, x$ are scalars.

(a) The margin update:

$$y (w + y x) x = y w x + x^2$$

(b) The derivative of the scaled loss is

$$\frac{\partial}{\partial w} \frac{1}{2} (w y - x)^2 = (w y - x) y = w - x y$$
"""


def test_signs_of_the_problems_setup_hold_in_every_part() -> None:
    steps = doc_steps(_SIGNS_IN_THE_SETUP)
    assert all(s.verdict in GREEN for s in steps), [s.message for s in steps]


# "Now consider regression …" in the same section: a new setting that re-introduces y as a real target
_NOW_CONSIDER = r"""
The labels are $y \in \{-1, +1\}$. The margin update:

$$y (w + y x) x = y w x + x^2$$

Now consider regression with a real-valued target $y$. The derivative of the scaled loss is

$$\frac{\partial}{\partial w} \frac{1}{2} (w y - x)^2 = (w y - x) y = w - x y$$
"""


def test_a_real_target_after_now_consider_is_no_sign() -> None:
    steps = doc_steps(_NOW_CONSIDER)
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


# a definition of g in one section; a later one makes g any function: a step true only for g(x) = x² is no
# identity there (documents.generalfunctions)
_DEFINED_THEN_GENERAL = r"""
# A worked example

Let $g(x) = x^2$. Then

$$\frac{d}{dx} g(x)^2 = 2 g(x) \cdot 2x$$

# The general case

Now let $g$ be any differentiable function. By the chain rule,

$$\frac{d}{dx} g(x)^2 = 4 x g(x)$$
"""


def test_a_definition_does_not_hold_where_the_notes_make_the_function_general() -> None:
    steps = doc_steps(_DEFINED_THEN_GENERAL)
    assert steps[0].verdict in GREEN, steps[0].message
    assert steps[-1].verdict not in GREEN, steps[-1].message


def test_the_general_case_is_read_in_its_forms() -> None:
    from verifier.documents.generalfunctions import generalised

    text = ("Let $g(x) = x^2$.\n\nFor a general $g$ we get\n\nNow let $h$ be arbitrary.\n\n"
            "Let $\\phi$ be any smooth function.\n\nfor any $x$ and $g(x) = x^2$\n\n"
            "Let $f$ be the function defined above.\n\nLet $u$ be a convex function.\n")
    assert generalised(text) == {"g": [3], "h": [5], "phi": [7], "u": [13]}


# the first section states columns; a later one "in this section" rows: each governs its own section
_COLUMNS_THEN_ROWS = r"""
# Columns

Let $A \in \mathbb{R}^{m \times n}$ with columns $a_j$ and entries $a_{ij}$, and $y \in \mathbb{R}^m$. Then

$$a_j^\top y = \sum_i a_{ij} y_i$$

# Rows

In this section $a_i$ denotes the $i$-th row of $A$, written as a column vector, and $x \in \mathbb{R}^n$. Then

$$a_i^\top x = \sum_j a_{ij} x_j$$
"""


def test_a_section_that_restates_the_orientation_is_checked_with_it() -> None:
    steps = doc_steps(_COLUMNS_THEN_ROWS)
    assert steps[0].verdict in GREEN, steps[0].message
    assert steps[1].verdict in GREEN, steps[1].message
    wrong = doc_steps(_COLUMNS_THEN_ROWS.replace("\\sum_j a_{ij} x_j", "\\sum_j a_{ji} x_j"))
    assert wrong[0].verdict in GREEN, wrong[0].message
    assert wrong[1].verdict is Verdict.FAILED, wrong[1].message


def test_a_later_section_without_a_statement_keeps_the_documents_orientation() -> None:
    # "in this section": the rows are that section's; the third section is read with the notes' columns again
    text = _COLUMNS_THEN_ROWS + "\n# Columns again\n\nThen\n\n$$a_j^\\top y = \\sum_i a_{ji} y_i$$\n"
    assert doc_steps(text)[-1].verdict is Verdict.FAILED


# a region condition on one named variable, read faithfully: the step is checked inside the region
def _one(text: str) -> StepResult:
    return doc_steps(text)[-1]


def _at(r: StepResult, name: str) -> float:
    assert r.counterexample is not None, r.message
    return float(r.counterexample.point_dict()[name])


def test_a_step_under_a_bound_other_than_zero_is_checked_in_its_region() -> None:
    # "When $w > 1$" is no range the checker read: the correct step FAILED at w < 1 (a false alarm)
    right = "Let $s(w) = \\max(0, w - 1)$. When $w > 1$ the derivative is\n\n$$\\frac{d}{dw} s(w)^2 = 2 (w - 1)$$\n"
    assert _one(right).verdict in GREEN, _one(right).message
    wrong = right.replace("2 (w - 1)$$", "4 (w - 1)$$")
    r = _one(wrong)
    assert r.verdict is Verdict.FAILED, r.message
    assert _at(r, "w") > 1, r.counterexample


def test_a_condition_on_one_variable_is_checked_in_its_region() -> None:
    # "When $1 - m > 0$", "When $x^2 > 1$", "For $|x| < 1$": SKIPPED as unread; they are one variable's region
    hinge = "When $1 - m > 0$ the hinge loss is active:\n\n$$\\frac{d}{dm} \\max(0, 1 - m) = -1$$\n"
    assert _one(hinge).verdict in GREEN, _one(hinge).message
    r = _one(hinge.replace("= -1$$", "= 1$$"))
    assert r.verdict is Verdict.FAILED, r.message
    assert _at(r, "m") < 1, r.counterexample
    square = "When $x^2 > 1$ we have\n\n$$\\frac{d}{dx} \\max(1, x^2) = 2x$$\n"
    assert _one(square).verdict in GREEN, _one(square).message
    r = _one(square.replace("= 2x$$", "= 2$$"))
    assert r.verdict is Verdict.FAILED, r.message
    assert abs(_at(r, "x")) > 1, r.counterexample
    clip = "For $|x| < 1$,\n\n$$\\frac{d}{dx} \\min(1, \\max(-1, x)) = 1$$\n"
    assert _one(clip).verdict in GREEN, _one(clip).message


def test_a_failure_under_a_stated_range_is_shown_inside_it() -> None:
    # "For $x > 0$," then a wrong derivative: FAILED, with a counterexample the notes' range holds at
    r = _one("For $x > 0$,\n\n$$\\frac{d}{dx} \\max(0, x)^2 = 3x$$\n")
    assert r.verdict is Verdict.FAILED, r.message
    assert _at(r, "x") > 0, r.counterexample


def test_a_condition_between_expressions_stays_unread() -> None:
    # ‖g‖ > c: two names, no one variable's region: SKIPPED as before (documents.unreadconditions)
    text = ("When $\\|g\\| > c$ the clipped gradient is\n\n"
            "$$\\nabla_g \\frac{1}{2}\\|g\\|^2 = 2 g$$\n")
    assert _one(text).verdict is Verdict.SKIPPED, _one(text).message


def test_a_known_function_the_notes_make_arbitrary_is_no_longer_known() -> None:
    # σ is the sigmoid by its name; "Let $\sigma$ be an arbitrary differentiable activation" makes it any function
    text = r"""
# Sigmoid units

Let $\sigma(z) = \frac{1}{1 + e^{-z}}$. For a unit $h = \sigma(w x)$,

$$\frac{\partial}{\partial w} \sigma(w x) = \sigma(w x)(1 - \sigma(w x)) x$$

# Other activations

Let $\sigma$ be an arbitrary differentiable activation. For the same unit,

$$\frac{\partial}{\partial w} \sigma(w x) = \sigma(w x)(1 - \sigma(w x)) x$$
"""
    steps = doc_steps(text)
    assert steps[0].verdict in GREEN, steps[0].message
    assert steps[1].verdict not in GREEN, steps[1].message
    alone = text[text.index("# Other"):]
    assert doc_steps(alone)[0].verdict not in GREEN
    assert doc_steps(alone.replace("(1 - \\sigma(w x)) x$$", "x$$").replace("= \\sigma(w x)", "= \\sigma'(w x)"))[
        0].verdict in GREEN


def test_rows_called_the_samples_state_the_orientation() -> None:
    # "The rows of $X$ are the samples $x_i^\top$": the noun between the verb and the family hid the statement,
    # and the only chain chose the orientation itself: a wrong x_{ji} was PROVED
    text = ("# Notation\n\nThe rows of $X \\in \\mathbb{R}^{n \\times d}$ are the samples $x_i^\\top$, with entries "
            "$x_{ij}$, and $w \\in \\mathbb{R}^d$.\n\n# Predictions\n\nThe prediction for sample $i$ is\n\n"
            "$$x_i^\\top w = \\sum_j x_{ij} w_j$$\n")
    assert doc_steps(text)[-1].verdict in GREEN
    assert doc_steps(text.replace("x_{ij} w_j$$", "x_{ji} w_j$$"))[-1].verdict is Verdict.FAILED


def test_a_region_beside_a_condition_not_read_is_no_failure() -> None:
    # "For $x > 1$ and even $n$": the right display FAILED at x < 1; x > 1 alone is not what the notes state
    r = _one("For $x > 1$ and even $n$ we have\n\n$$\\frac{d}{dx} \\max(1, x)^n = n x^{n-1}$$\n")
    # SKIPPED, or (stop 49: a range against any number is read) PASSED under x > 1, where it holds for every n — the
    # unread "even n" only narrows the region further; never FAILED
    assert r.verdict is Verdict.SKIPPED or (r.verdict is Verdict.PASSED and "x > 1" in r.message), r.message


@pytest.mark.parametrize(("one", "two"), [
    ("**Q1.**", "**Q2.**"),
    ("**1.**", "**2.**"),
    ("\\begin{problem}", "\\end{problem}\n\n\\begin{problem}"),
    ("\\paragraph{Problem 1.}", "\\paragraph{Problem 2.}"),
])  # fmt: skip
def test_a_problem_named_q2_is_a_part_of_its_own(one: str, two: str) -> None:
    # review32b: "**Q2.**" (a bold number, a problem environment, a \paragraph title) opens the next problem as
    # "**Problem 2.**" does; Q1's ±1 labels made Q2's step PROVED
    notes = (f"{one} The labels are $y \\in \\{{-1, +1\\}}$.\n\n$$ (y w x)^2 = (w x)^2 $$\n\n"
             f"{two} Least squares: the prediction is $p = w x$ and\n\n$$ (y p)^2 = p^2 $$\n")
    steps = doc_steps(notes)
    assert steps[0].verdict in GREEN, steps[0].message  # Q1's own step, with Q1's labels
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_a_function_named_by_its_kind_is_not_made_arbitrary() -> None:
    # review32b: "let $\sigma$ be a logistic sigmoid function" names σ, it does not make it arbitrary: the wrong
    # σ(0) = 1 was SKIPPED (σ an unknown function) where it is FAILED
    steps = doc_steps("Let $\\sigma$ be a logistic sigmoid function, so that\n\n"
                      "$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\nand a wrong one: $\\sigma(0) = 1$.\n")
    assert steps[0].verdict in GREEN, steps[0].message
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_any_sigmoid_function_is_still_arbitrary() -> None:
    # "let $\\sigma$ be any sigmoid function": an S-shaped function, not the logistic one
    steps = doc_steps("Let $\\sigma$ be any sigmoid function. Then\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n")
    assert steps[0].verdict not in GREEN, steps[0].message
