r"""A density the notes state normalised: "for every $\theta$, $$\int p(y)\,dy = 1$$" (documents.densities).

Exponential-family derivations state that p integrates to one for every value of its parameter, differentiate that,
and end at the mean: ``0 = \frac{\partial}{\partial\theta}\int p(y)dy = … = \int y p(y)dy - A'(\theta)\int p(y)dy =
E[y] - A'(\theta)``. Read with ∫ as a linear functional only, the first and last links were SKIPPED "does not follow
from linearity of the integral alone (it may need ∫p = 1)" — though the notes state ∫p = 1 just above. Where the notes
state ``\int p(y)dy = 1`` (p a function of y alone, the value 1, before the step), a step that does not hold by
linearity is read again with that integral written 1 and ``E[g(y)]`` (the expectation of an expression in y alone)
as ``\int g(y) p(y) dy`` — the density's own meaning — and the reading is reported. Never FAILED by it: a step wrong
under it stays SKIPPED. Not read: no statement, a value other than 1, two densities of one variable.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

BLOCK = "```verify\nh, A: function\n\\theta: real\np(y) := h(y)\\exp(\\theta y - A(\\theta))\n```\n\n"
STATED = "The density integrates to one for every $\\theta$:\n\n$$\\int p(y)\\,dy = 1.$$\n\n"
CHAIN = ("Differentiating both sides by $\\theta$,\n\n$$\\begin{aligned}\n"
         "0 &= \\frac{\\partial}{\\partial\\theta}\\int p(y)\\,dy \\\\\n"
         "&= \\int h(y)(y - A'(\\theta))\\exp(\\theta y - A(\\theta))\\,dy \\\\\n"
         "&= \\int y\\,p(y)\\,dy - A'(\\theta)\\int p(y)\\,dy \\\\\n"
         "&= E[y] - A'(\\theta).\n\\end{aligned}$$\n")
NOTES = BLOCK + STATED + CHAIN


def _verdicts(notes: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(notes)]


def test_the_derivative_of_the_stated_integral_is_zero() -> None:
    steps = doc_steps(NOTES)
    first = next(s for s in steps if s.lhs_latex.strip() == "0")
    assert first.verdict is Verdict.PROVED, first.message
    assert "line" in first.message and "1" in first.message, first.message


def test_the_mean_is_the_integral_against_the_stated_density() -> None:
    steps = doc_steps(NOTES)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_without_the_statement_the_steps_stay_skipped() -> None:
    steps = doc_steps(BLOCK + CHAIN)
    assert steps[0].verdict is Verdict.SKIPPED
    assert steps[-1].verdict is Verdict.SKIPPED


def test_a_value_other_than_one_is_not_read() -> None:
    steps = doc_steps(BLOCK + STATED.replace("= 1.", "= 2.") + CHAIN)
    assert steps[-1].verdict is Verdict.SKIPPED


def test_wrong_copies_are_not_green() -> None:  # a constant, a sign, a moment, a factor changed
    right = sum(s.verdict is Verdict.PROVED for s in doc_steps(NOTES))
    for wrong in (NOTES.replace("0 &= \\frac", "1 &= \\frac"),
                  NOTES.replace("&= E[y] - A'(\\theta)", "&= E[y] + A'(\\theta)"),
                  NOTES.replace("&= E[y] - A'(\\theta)", "&= E[y^2] - A'(\\theta)"),
                  NOTES.replace("- A'(\\theta)\\int p(y)\\,dy", "- 2A'(\\theta)\\int p(y)\\,dy")):
        steps = doc_steps(wrong)
        assert wrong != NOTES
        assert sum(s.verdict in (Verdict.PROVED, Verdict.PASSED) for s in steps) < right, wrong
        assert not any(s.verdict is Verdict.FAILED and "density" in (s.message or "") for s in steps), wrong


def test_a_statement_of_another_section_is_not_read() -> None:
    steps = doc_steps(BLOCK + STATED + "## Another part\n\n" + CHAIN)
    assert steps[-1].verdict is Verdict.SKIPPED


def test_an_expectation_of_a_defined_name_is_not_read_as_the_density_mean() -> None:
    defined = BLOCK.replace("```\n\n", "y := 2\\theta\n```\n\n", 1)
    steps = doc_steps(defined + STATED + CHAIN)
    assert steps[-1].verdict is not Verdict.PROVED or "the mean under that density" not in steps[-1].message
