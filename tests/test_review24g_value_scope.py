r"""review24g: values stated in a section hold for the worked chains of its subsections, and an inline
formula after a worked display does not cut off the values its sentence states (documents.valuescope)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_F = "Let $f(w) = \\frac12 (w - a)^2 + \\lambda |w|$"
_WORKED = "$$f(2) = \\frac12 (2 - 3)^2 + 1 \\cdot |2| = \\frac52$$"


def _first(text: str) -> Verdict:
    return next(s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps)


def test_values_of_the_enclosing_section_reach_its_subsection() -> None:
    text = f"# Problem 1\n\n{_F} with $a = 3$ and $\\lambda = 1$.\n\n## Numeric check\n\n{_WORKED}\n"
    assert _first(text) is Verdict.PROVED
    assert _first(text.replace("(2 - 3)^2", "(2 - 4)^2")) is Verdict.FAILED
    sibling = f"# Problem 1\n\n## Setup\n\n{_F} with $a = 3$ and $\\lambda = 1$.\n\n## Numeric check\n\n{_WORKED}\n"
    assert _first(sibling) is not Verdict.PROVED  # a sibling subsection's values are not this chain's


def test_values_stated_with_an_inline_result_after_the_display_are_read() -> None:
    text = f"# Problem 1\n\n{_F}. A numeric check:\n\n{_WORKED}\n\nHere $a = 3$ and $\\lambda = 1$, so $f(2) = 2.5$.\n"
    assert _first(text) is Verdict.PROVED
    assert _first(text.replace("(2 - 3)^2", "(2 - 4)^2")) is Verdict.FAILED
