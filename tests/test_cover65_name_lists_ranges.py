r"""A range the prose states for a list of names ("Let $p, q \in (0, 1)$", "$a, b > 0$", "$0 < s, t < 1$") is the
domain of each name of the list (documents.ranges.scalar_ranges), as the same range stated for one name is. Before,
only a single name was read: the cross-entropy split after "Let $p, q \in (0, 1)$" was PASSED "with the undeclared
quantities in (0, 1)" (a blanket guess) rather than "as the prose states", and its wrong twin was SKIPPED rather than
FAILED although the notes say where p and q live. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

COINS = r"""
Let $p, q \in (0, 1)$. The log-odds of the two coins differ by

$$\log\frac{p}{1-p} - \log\frac{q}{1-q} = \log p SIGN \log(1-p) - \log q + \log(1-q)$$
"""


def test_two_names_in_one_interval_are_each_read_in_it() -> None:
    right = doc_steps(COINS.replace("SIGN", "-"))[-1]
    assert right.verdict.value in GREEN and "p, q \\in (0, 1) as the prose states" in right.message, right.message


def test_the_wrong_twin_fails_where_the_notes_say_p_and_q_live() -> None:
    wrong = doc_steps(COINS.replace("SIGN", "+"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message


SIGNED = r"""
Let $a, b RELATION 0$. Then

$$\sqrt{b^2} = b$$
"""


def test_the_last_name_of_a_positive_list_is_positive() -> None:
    right = doc_steps(SIGNED.replace("RELATION", ">"))[-1]
    assert right.verdict.value in GREEN and "a, b > 0 as the prose states" in right.message, right.message


def test_a_negative_list_makes_the_positive_root_fail() -> None:
    wrong = doc_steps(SIGNED.replace("RELATION", "<"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message


@pytest.mark.parametrize(("sign", "green"), [("-", True), ("", False)])
def test_a_list_between_two_numbers(sign: str, green: bool) -> None:
    notes = rf"""
For $0 < s, t < 1$ the logarithm is negative, so

$$|\log t| = {sign}\log t$$
"""
    step = doc_steps(notes)[-1]
    if green:
        assert step.verdict.value in GREEN and "as the prose states" in step.message, step.message
    else:
        assert step.verdict.value == "FAILED", step.message


def test_what_a_list_of_ranges_is() -> None:
    from verifier.documents.ranges import scalar_ranges

    assert scalar_ranges(r"p, q \in (0, 1)") == [("p", 0.0, 1.0), ("q", 0.0, 1.0)]
    assert scalar_ranges(r"\alpha, \beta > 0") == [("\\alpha", 0.0, float("inf")), ("\\beta", 0.0, float("inf"))]
    assert scalar_ranges(r"0 < s, t < 1") == [("s", 0.0, 1.0), ("t", 0.0, 1.0)]
    assert scalar_ranges(r"p \in (0, 1)") == [("p", 0.0, 1.0)]
    # a function's value, a point, a list of expressions: no range of names
    assert scalar_ranges(r"f(a, b) > 0") == []
    assert scalar_ranges(r"a, b + 1 > 0") == []
    assert scalar_ranges(r"(a, b) \in (0, 1)") == []
