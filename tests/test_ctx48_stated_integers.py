r"""A worked result written as an exact number, at the values the prose states (documents.statedintegers).

"Take $w = 2$, $x = 1$ and $b = -1$" then ``z = w x + b = 1``: the link to ``1`` is the worked example's
result, as ``= 1.0`` would be (which was already read at the stated values and PROVED). An exact number may
also state an equation (a margin ``w^T x + b = 1``, a condition set to 0), so the reading is green only: a
link that holds at the stated values is PROVED under them, reported; one that does not keeps its verdict
(SKIPPED, never FAILED by this reading). An identity link of the same chain is still checked for every value.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GIVEN = "Take the weight $w = 2$, the input $x = 1$ and the bias $b = -1$.\n\n"


def test_an_integer_result_at_values_stated_in_prose_is_proved_under_them() -> None:
    steps = doc_steps(GIVEN + "The pre-activation is\n\n$$ z = w x + b = 1 $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "stated in the notes" in steps[-1].message


def test_a_fraction_result_is_read_the_same_way() -> None:
    steps = doc_steps(GIVEN + "Halving it,\n\n$$ \\frac{w x + b}{2} = \\frac{1}{2} $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_wrong_integer_result_stays_skipped_not_failed() -> None:
    # 2·1 − 1 = 1, not 3: an exact number may state an equation the values do not satisfy; never FAILED here
    steps = doc_steps(GIVEN + "The pre-activation is\n\n$$ z = w x + b = 3 $$\n")
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_a_margin_equation_not_met_at_the_values_stays_skipped() -> None:
    steps = doc_steps(GIVEN + "A support vector satisfies\n\n$$ w x + b = 2 $$\n")
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_without_stated_values_nothing_changes() -> None:
    steps = doc_steps("The pre-activation is\n\n$$ z = w x + b = 1 $$\n")
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_a_wrong_identity_link_stays_failed() -> None:
    # the identity link d/dw (w^2 x) = w x is wrong for general w (2 w x); at w = 2, x = 1 it would be 2 = 2 —
    # it is checked for every value, as before; the worked link to 4 holds at the values (2·2·1)
    steps = doc_steps(GIVEN + "$$ \\frac{\\partial}{\\partial w} (w^2 x) = w x = 2 $$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_statement_of_a_value_is_not_made_green() -> None:
    # a display that only states a name's value (the prose's own) is no claim: it stays as it was
    steps = doc_steps(GIVEN + "So we set\n\n$$ w = 2 $$\n")
    assert all(s.verdict is not Verdict.PROVED for s in steps), [s.message for s in steps]


def test_a_name_stated_with_two_values_before_is_not_read() -> None:
    steps = doc_steps(GIVEN + "Later we take $w = 3$ instead.\n\n$$ z = w x + b = 1 $$\n")
    assert steps[-1].verdict is not Verdict.PROVED, steps[-1].message
