r"""A name the notes state to take finitely many values (documents.finitedomains).

"with labels $y_i \in \{0, 1\}$" then ``\sum_{i: y_i = 1} x_i = \sum_i y_i x_i``: the step fails for real
labels but holds for every label the notes allow. It must not be FAILED. Nor is it green: a planted "wrong
power" (``y^2`` where ``y`` was meant) holds for 0/1 labels as well, so the step is SKIPPED with the reason
"holds only because y ∈ {0, 1}". A step wrong at the stated values too stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

LABELS = "Let $x, y \\in \\mathbb{R}^4$ with labels $y_i \\in \\{0, 1\\}$.\n\n"


def test_a_sum_over_the_positive_labels_is_not_a_false_alarm() -> None:
    steps = doc_steps(LABELS + "$$ \\sum_{i: y_i = 1} x_i = \\sum_{i=1}^4 y_i x_i $$\n")
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "holds only because y ∈ {0, 1}" in steps[0].message


def test_a_step_wrong_for_the_stated_labels_too_stays_failed() -> None:
    # the labels counted twice: wrong at y = (1, 0, 0, 0) as well
    steps = doc_steps(LABELS + "$$ \\sum_{i: y_i = 1} x_i = \\sum_{i=1}^4 2 y_i x_i $$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_scalar_label_squared_is_skipped_not_failed_nor_green() -> None:
    text = ("Let the label be $y \\in \\{0, 1\\}$ and $p \\in (0, 1)$.\n\n"
            "$$ \\frac{d}{dp}\\left(y \\log p\\right) = \\frac{y^2}{p} $$\n")
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "holds only because y ∈ {0, 1}" in steps[0].message


def test_the_same_step_without_the_stated_set_stays_failed() -> None:
    text = "Let $p \\in (0, 1)$.\n\n$$ \\frac{d}{dp}\\left(y \\log p\\right) = \\frac{y^2}{p} $$\n"
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_another_two_valued_set_is_read_too() -> None:
    # s ∈ {1, 2}: (s - 1)(s - 2) = 0 for both values, so s^2 = 3s - 2 holds at every value the notes allow
    text = "Let the level be $s \\in \\{1, 2\\}$.\n\n$$ s^2 + 2 = 3 s $$\n"
    steps = doc_steps(text)
    assert steps[0].verdict is not Verdict.FAILED, steps[0].message
    assert steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message


def test_a_name_stated_real_afterwards_is_no_longer_binary() -> None:
    text = ("Let $y \\in \\{0, 1\\}$ be the label and $p \\in (0, 1)$.\n\n"
            "From here on $y \\in \\mathbb{R}$ is a real target.\n\n"
            "$$ \\frac{d}{dp}\\left(y \\log p\\right) = \\frac{y^2}{p} $$\n")
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_correct_step_stays_proved() -> None:
    text = ("Let $y \\in \\{0, 1\\}$ and $p \\in (0, 1)$.\n\n"
            "$$ \\frac{d}{dp}\\left(y \\log p\\right) = \\frac{y}{p} $$\n")
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
