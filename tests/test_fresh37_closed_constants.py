r"""``g(1) = \log(1 + e)``: Euler's e and π alone make a closed form, so the call is a worked one.

A call of the notes' function at numbers set equal to a formula of numbers (documents.numberpoints) makes the
chain a worked one: the values the prose states for the names the function's body uses are its hypotheses. The
test of "a formula of numbers" (documents.stated.closed_form) asked for no free symbol at all, and the parser reads
a bare ``e`` (and ``\pi``) as a symbol the resolver later takes for the constant: ``g(1) = \log(1 + e^{1})`` was
read at the stated values and PROVED, ``g(1) = \log(1 + e)`` with them arbitrary and FAILED (fresh37, a false alarm
on a correct temperature-scaling note).
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.stated import closed_form
from verifier.latex import parse_latex
from verifier.results import Verdict

_NOTES = """
# A softplus of a gap

$$g(t) = \\log\\left(1 + e^{{(a - b) t}}\\right).$$

Take $a = 3$ and $b = 2$. Then $g(1) = {right}$.
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_a_bare_e_is_read_at_the_stated_values() -> None:
    assert _last("\\log(1 + e)") is Verdict.PROVED


def test_a_wrong_bare_e_value_still_fails() -> None:
    assert _last("\\log(2 + e)") is Verdict.FAILED


def test_pi_and_e_are_numbers_of_a_closed_form() -> None:
    parse = parse_latex
    assert closed_form("\\log(1 + e)", parse)
    assert closed_form("\\frac{1}{\\sqrt{2\\pi}}", parse)
    assert not closed_form("\\log(1 + x)", parse)
