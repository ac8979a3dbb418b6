r"""Numbered names stated as tuples ("Take $(x_1, y_1) = (1, 2)$", "$(w_0, w_1) = (0.5, -1)$") give each name its
number, as "$x_1 = 1$" does (documents.stated.tuple_values). Before, the tuple was read as an equation between
undeclared quantities (an inline claim, SKIPPED) and stated no value: the worked lines after it were SKIPPED
"x_1, x_2, y_1, y_2 appear on one side only". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.stated import stated_values

GREEN = ("PROVED", "PASSED")

SLOPE = r"""
Take $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (3, 8)$. The slope is

$$m = \frac{y_2 - y_1}{x_2 - x_1} = \frac{WORKED}{3 - 1}$$
"""

NEURON = r"""
A neuron with $(w_0, w_1) = (0.5, -1)$ at $x = 2$ gives

$$z = w_0 + w_1 x = 0.5 SIGN 2 = RESULT$$
"""


def test_the_worked_slope_is_checked_at_the_stated_points() -> None:
    steps = doc_steps(SLOPE.replace("WORKED", "8 - 2"))
    assert [s.verdict.value for s in steps][-1] in GREEN, [s.message for s in steps]
    assert "x_1 = 1" in steps[-1].message and "y_2 = 8" in steps[-1].message, steps[-1].message


def test_a_wrong_number_copied_from_the_tuple_is_not_green() -> None:
    steps = doc_steps(SLOPE.replace("WORKED", "8 - 1"))
    assert steps[-1].verdict.value not in GREEN, [s.message for s in steps]
    assert "x_1 = 1" in steps[-1].message, steps[-1].message  # judged at the stated values, as singles are


SINGLES = {"$(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (3, 8)$": "$x_1 = 1$, $y_1 = 2$, $x_2 = 3$ and $y_2 = 8$",
           "$(w_0, w_1) = (0.5, -1)$": "$w_0 = 0.5$, $w_1 = -1$"}  # fmt: skip


@pytest.mark.parametrize(
    "notes",
    [SLOPE.replace("WORKED", w) for w in ("8 - 2", "8 - 1", "2 - 8")]
    + [NEURON.replace("SIGN", s).replace("RESULT", r) for s, r in (("-", "-1.5"), ("+", "2.5"), ("-", "-2.5"))],
    ids=["slope", "slope-wrong-value", "slope-flipped", "neuron", "neuron-wrong-sign", "neuron-wrong-result"],
)
def test_a_tuple_states_what_the_names_one_by_one_state(notes: str) -> None:
    """Right or wrong, every step gets the verdict it gets where each name is stated alone."""
    one_by_one = notes
    for tuple_form, singles in SINGLES.items():
        one_by_one = one_by_one.replace(tuple_form, singles)
    assert one_by_one != notes
    assert [s.verdict for s in doc_steps(notes)] == [s.verdict for s in doc_steps(one_by_one)]


def test_a_point_of_a_family_of_samples_is_no_value_of_the_letter() -> None:
    """Two points "$(x, y) = (1, 2)$ and $(2, 3)$" where the notes write x_i, y_i: one sample, not x = 1."""
    notes = r"""
The fit uses $\sum_i x_i y_i$ over the points. Take two points $(x, y) = (1, 2)$ and $(2, 3)$.
"""
    assert stated_values(notes) == []
    assert stated_values(notes.replace("x_i y_i", "a_i b_i")) == [("x", "1", 2), ("y", "2", 2)]


def test_a_worked_tuple_of_differences_is_still_a_claim() -> None:
    step = doc_steps(r"Shifting, $(1 - 0.4, 2 - 0.2) = (0.6, 1.9)$.")[-1]
    assert step.verdict.value == "FAILED", step.message


def test_the_tuple_is_no_claim_of_its_own() -> None:
    steps = doc_steps(SLOPE.replace("WORKED", "8 - 2"))
    assert all("(1, 2)" not in (s.message or "") for s in steps)
    assert len(steps) == 2, [s.message for s in steps]


def test_decimal_weights_stated_as_a_tuple() -> None:
    right = doc_steps(NEURON.replace("SIGN", "-").replace("RESULT", "-1.5"))
    assert right[-2].verdict.value in GREEN and "w_1 = -1" in right[-2].message, right[-2].message
    wrong = doc_steps(NEURON.replace("SIGN", "-").replace("RESULT", "-2.5"))
    assert wrong[-1].verdict.value == "FAILED", wrong[-1].message


def test_what_a_tuple_states() -> None:
    assert stated_values(r"Take $(x_1, y_1) = (1, 2)$.") == [("x_1", "1", 1), ("y_1", "2", 1)]
    assert stated_values(r"$\left(w_0, w_1\right) = \left(0.5, -1\right)$") == [("w_0", "0.5", 1), ("w_1", "-1", 1)]
    # lengths that differ, an expression among the names or the values, a name twice: no value
    assert stated_values(r"$(a, b) = (1, 2, 3)$") == []
    assert stated_values(r"$(a + b, c) = (1, 2)$") == []
    assert stated_values(r"$(a, b) = (1, c)$") == []
    assert stated_values(r"$(a, a) = (1, 2)$") == []
    # a tuple of expressions is no tuple of names: a worked difference, a complement, a point of a curve, a product
    assert stated_values(r"$(1 - 0.4, 2 - 0.2) = (0.6, 1.8)$") == []
    assert stated_values(r"$(c, 1 - c) = (0.2, 0.8)$") == []
    assert stated_values(r"$(a, a^2) = (1, 1)$") == []
    assert stated_values(r"$(xy, z) = (1, 2)$") == []
