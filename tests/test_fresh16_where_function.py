r"""A "where" clause that defines a function of another letter is no hypothesis (documents.wherefunctions).

fresh16's logistic-loss note ends a display with "where $\sigma(t) = 1/(1+e^{-t})$": the clause was taken
as a hypothesis of the display's steps (as "where $Ax = 0$" is), and since t is no name of the chain, each
step was SKIPPED "a hypothesis: t is not declared" — the correct ``\frac{-e^{-m}}{1+e^{-m}} = -\sigma(-m)``
and the wrong ``= -\sigma(m)`` alike. Written with a parameter the chain does not use, the clause says what
the function is (it is learned as a definition); it constrains no value of the chain."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("For a scalar margin $m$,\n\n$$ \\frac{{d}}{{dm}} \\log(1 + e^{{-m}}) = \\frac{{-e^{{-m}}}}{{1 + e^{{-m}}}}"
          " = {claim}, $$\n\nwhere ${where}$. Next.\n")


def _steps(claim: str, where: str = "g(t) = 1/(1+e^{-t})") -> list[tuple[Verdict, str]]:
    text = _NOTES.format(claim=claim, where=where)
    return [(s.verdict, s.message or "") for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize("where", ["g(t) = 1/(1+e^{-t})", "g(u) = \\frac{1}{1 + \\exp(-u)}"])
def test_the_steps_are_checked_with_the_function(where: str) -> None:
    for verdict, message in _steps("-g(-m)", where):
        assert verdict in GREEN, message


def test_a_wrong_step_is_failed() -> None:
    verdict, message = _steps("-g(m)")[-1]
    assert verdict is Verdict.FAILED, message



def test_a_wrong_step_with_the_logistic_is_failed() -> None:
    verdict, message = _steps("-\\sigma(m)", "\\sigma(t) = 1/(1+e^{-t})")[-1]
    assert verdict is Verdict.FAILED, message
