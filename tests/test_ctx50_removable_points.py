r"""A defined function at a point where its body is 0/0: ``w(0) = 1`` after ``w(r) = \frac{\sin r}{r}``.

The value at such a point is no number of the body (``\sin 0 / 0``): every sample was NaN and the step was an ERROR
"only 0 of 200 sample points had finite values". Notes writing it mean the value that makes w continuous there, the
limit (documents.removablepoints): PROVED where the written value is that limit. A value other than the limit may be
the notes' own choice ("we set $w(0) = 2$"): SKIPPED, naming the limit, never FAILED; a body without a finite limit
there (``1/r``) stays unread.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = "Define the weight\n\n$$w(r) = \\frac{\\sin r}{r}.$$\n\nAt the origin,\n\n$$w(0) = VALUE$$\n"


def test_the_limit_at_a_zero_over_zero_point_is_proved() -> None:
    step = doc_steps(NOTES.replace("VALUE", "1"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "limit" in step.message, step.message


def test_another_value_there_is_skipped_with_the_limit() -> None:  # the planted copy: never green, never FAILED
    step = doc_steps(NOTES.replace("VALUE", "2"))[-1]
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "limit" in step.message, step.message


def test_a_two_sided_limit_only() -> None:
    notes = "Define\n\n$$h(r) = \\frac{|r|}{r}.$$\n\nAt the origin,\n\n$$h(0) = 1$$\n"
    assert doc_steps(notes)[-1].verdict is not Verdict.PROVED


def test_a_pole_is_not_read() -> None:
    notes = "Define\n\n$$g(r) = \\frac{1}{r}.$$\n\nAt the origin,\n\n$$g(0) = 0$$\n"
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_a_zero_times_infinity_point_is_read_too() -> None:  # the 0 log 0 = 0 convention
    notes = "Define\n\n$$h(p) = p \\log p.$$\n\nBy convention,\n\n$$h(0) = 0$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
    assert doc_steps(notes.replace("h(0) = 0", "h(0) = 1"))[-1].verdict is Verdict.SKIPPED
