r"""A bound whose worked value is rounded: ``k \ge \frac{27.631}{0.0046667} \approx 5921``.

Sample-size notes (Johnson–Lindenstrauss, Hoeffding) write the bound and its number in one equation. The
equation has no ``=`` and is not ``\approx`` alone, so the chain reader took it for a statement (like ``x \le y``)
and dropped it: a wrong number after the ``\approx`` (fresh31's planted ``\approx 5291``) had no step at all, a
false green. The equation is a chain now when its links are order relations followed by ``\approx`` to a number
(latex.roundedlinks): the bound's link stays SKIPPED "not an equality", the rounding is checked to its digits."""

from __future__ import annotations

from support import doc_steps

from verifier.latex.roundedlinks import bound_then_rounds
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(body: str) -> Verdict:
    steps = doc_steps(body)
    assert steps, "the bound and its number were dropped"
    return steps[-1].verdict


def test_the_equation_is_a_bound_then_a_rounding() -> None:
    assert bound_then_rounds(r"k \ge \frac{27.631}{0.0046667} \approx 5921")
    assert bound_then_rounds(r"n \ge 3.689 / 0.005 \approx 737.8")
    assert not bound_then_rounds(r"0 \le x \le 1")  # a statement
    assert not bound_then_rounds(r"x \ge 0.5")  # no rounding
    assert not bound_then_rounds(r"x \in S \approx 0.5")  # another relation
    assert not bound_then_rounds(r"k \ge n \approx \frac{a}{b}")  # the rounding goes to a formula


def test_a_displayed_bound_with_a_wrong_number_fails() -> None:
    assert _last("# Size\n\n$$k \\ge \\frac{27.631}{0.0046667} \\approx 5291$$\n") is Verdict.FAILED
    assert _last("# Size\n\n$$k \\ge \\frac{27.631}{0.0046667} \\approx 5921$$\n") in _GREEN


def test_an_inline_bound_with_a_wrong_number_fails() -> None:
    assert _last("# Size\n\nSo $n \\ge 3.689 / 0.005 \\approx 837.8$ examples.\n") is Verdict.FAILED
    assert _last("# Size\n\nSo $n \\ge 3.689 / 0.005 \\approx 737.8$ examples.\n") in _GREEN


def test_the_bound_itself_is_never_green() -> None:
    steps = doc_steps("# Size\n\n$$k \\ge \\frac{27.631}{0.0046667} \\approx 5921$$\n")
    assert steps[0].verdict is Verdict.SKIPPED and "not an equality" in (steps[0].message or "")


def test_a_rounding_to_a_whole_number_is_to_its_unit() -> None:
    r"""``x = \frac{27.631}{0.0046667} \approx 5921`` (5920.886…) was FAILED on v0.28.0: with no decimal in the
    result, the precision taken was the inputs' (three decimals). A whole number after ``\approx`` is rounded to
    its last nonzero digit (documents.workedrounding)."""
    assert _last("# Size\n\n$$x = \\frac{27.631}{0.0046667} \\approx 5921$$\n") is Verdict.PASSED
    assert _last("# Size\n\n$$x = \\frac{27.631}{0.0046667} \\approx 5900$$\n") is Verdict.PASSED
    assert _last("# Size\n\n$$x = \\frac{27.631}{0.0046667} \\approx 5923$$\n") is Verdict.FAILED
    assert _last("# Size\n\n$$x = \\frac{27.631}{0.0046667} \\approx 5800$$\n") is Verdict.FAILED
    assert _last("# Size\n\n$$x = \\frac{27.631}{0.0046667} = 5921$$\n") is Verdict.FAILED  # = claims it exactly
