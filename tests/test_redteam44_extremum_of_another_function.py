r"""The kind of an extremum is checked against every function of the notes that is stationary there, the ones
defined without brackets too (redteam44, documents.extremumkind).

sound43 looked only at functions written with a bracket (``f(w) = …``). With a convex helper ``$$f(w) = w^2 -
2w$$`` and the concave ``$$R = 5 - (w - 1)^2$$`` that the notes differentiate, "so the minimum is at $w = 1$" was
PROVED — the helper's minimum vouched for R's maximum, a green on a wrong kind. A name the notes define by a formula
of that one name counts as a function of it: the two disagree and the kind is left SKIPPED; with R alone it is
FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_TAIL = ("The concave reward is $$R = 5 - (w - 1)^2.$$\n\n"
         "Setting $\\frac{dR}{dw} = -2(w - 1)$ to zero gives $-2(w - 1) = 0$, so the KIND is at $w = 1$.\n")


def test_a_helper_function_does_not_vouch_for_the_kind() -> None:
    text = "# E\n\nThe convex helper is $$f(w) = w^2 - 2w.$$\n\n" + _TAIL.replace("KIND", "minimum")
    assert verdicts_by_line(text)[7][-1] not in ("PROVED", "PASSED")


def test_a_function_defined_without_brackets_decides_the_kind() -> None:
    assert verdicts_by_line("# E\n\n" + _TAIL.replace("KIND", "minimum"))[5][-1] == "FAILED"
    assert verdicts_by_line("# E\n\n" + _TAIL.replace("KIND", "maximum"))[5][-1] == "PROVED"
