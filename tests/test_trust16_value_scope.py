r"""trust16: values the prose states for another section are not a worked chain's (documents.valuescope).

``f(2) = \frac12(2 - 3)^2 + 1\cdot|2|`` in problem 1 was PROVED at "$a = 3$, $\lambda = 1$" stated for
problem 2; read with a and λ arbitrary it fails, but the notes do state values (elsewhere): SKIPPED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_F = "Let $f(w) = \\frac12 (w - a)^2 + \\lambda |w|$."
_WORKED = "$$f(2) = \\frac12 (2 - 3)^2 + 1 \\cdot |2| = \\frac52$$"


def _first(text: str) -> Verdict:
    return next(s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps)


def test_values_stated_in_a_later_section_are_not_read() -> None:
    text = (f"# Problem 1\n\n{_F} A numeric check:\n\n{_WORKED}\n\n# Problem 2\n\n"
            "For the second model we take $a = 3$ and $\\lambda = 1$.\n")
    assert _first(text) not in _GREEN
    assert _first(text) is Verdict.SKIPPED  # not every plausible reading fails: values are stated elsewhere


def test_values_stated_in_an_earlier_section_are_not_read() -> None:
    text = f"# Problem 1\n\n{_F} Below, $a = 3$ and $\\lambda = 1$.\n\n# Problem 2\n\nA numeric check:\n\n{_WORKED}\n"
    assert _first(text) not in _GREEN


def test_values_of_the_chain_s_own_section_are_read_before_or_right_after_it() -> None:
    before = f"# Problem 1\n\n{_F} A numeric check with $a = 3$ and $\\lambda = 1$:\n\n{_WORKED}\n"
    assert _first(before) is Verdict.PROVED
    assert _first(before.replace("(2 - 3)^2", "(2 - 4)^2")) is Verdict.FAILED
    after = f"# Problem 1\n\n{_F} A numeric check:\n\n{_WORKED}\n\nwith $a = 3$ and $\\lambda = 1$.\n"
    assert _first(after) is Verdict.PROVED
