r"""A number times a tuple whose coordinates apply a function to numbers (fresh52).

A worked gradient writes ``\frac12 (\ln 2, 0) + \frac14 (1, -1) = \left(\frac{\ln 2}{2} + \frac14, -\frac14\right)``.
A number before a tuple scales it only where the coordinates are numbers alone
(:mod:`verifier.latex.scaledtuples`); ``\ln 2`` was not counted as one, so the formula was refused ("a comma
outside a function call") and a wrong sign in it stayed SKIPPED. A built-in function of numbers is a number:
the coordinates may write one. A name in the coordinates keeps the refusal. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_SUM = r"""
# A gradient by hand

$$\frac12 (\ln 2, 0) + \frac14 (1, -1) = {rhs}$$
"""


def _last(rhs: str):
    return doc_steps(_SUM.format(rhs=rhs))[-1]


def test_a_scaled_tuple_with_a_logarithm_is_read() -> None:
    step = _last(r"\left(\frac{\ln 2}{2} + \frac14, -\frac14\right)")
    assert step.verdict in _GREEN, step.message


def test_a_wrong_sign_in_it_is_failed() -> None:
    step = _last(r"\left(\frac{\ln 2}{2} + \frac14, \frac14\right)")
    assert step.verdict is Verdict.FAILED, step.message


def test_a_name_in_the_coordinates_is_still_refused() -> None:
    # (\ln x, y) after a number may still be read another way: refused as before, even where it would be wrong
    step = doc_steps(r"""
    # A call

    $$\frac12 (\ln x, y) = \left(\frac{\ln x}{2}, y\right)$$
    """)[-1]
    assert step.verdict is Verdict.SKIPPED, step.message
