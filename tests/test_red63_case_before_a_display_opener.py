r"""A special case set in the sentence before a display whose ``$$`` (or ``\[``) stands on a line of its own.

"Let $g(x) = x^2 + cx$. When $c = 0$ the derivative is" then ``$$`` on its own line and ``g'(x) = 2x`` under it:
the step holds in the case the sentence sets and was FAILED for a general c (red63) — the lead-in sentence was cut
at the display's opening ``$$`` (documents.specialcases.lead_in: a ``$$`` ends a sentence there), so the case was
read only where the display opened on the prose's line or after a blank line. Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line


def _verdicts(lead: str, claim: str, opener: str = "$$", closer: str = "$$") -> list[str]:
    text = f"# Derivative\n\nLet $g(x) = x^2 + cx$. {lead}\n{opener}\n{claim}\n{closer}\n"
    return verdicts_by_line(text)[5]


def test_a_case_before_a_display_opened_on_its_own_line_is_no_false_alarm() -> None:
    assert _verdicts("When $c = 0$ the derivative is", "g'(x) = 2x.") == ["SKIPPED"]


def test_a_case_before_a_latex_bracket_display_is_no_false_alarm() -> None:
    assert _verdicts("If $c = 1$, then", "g'(x) = 2x + 1", "\\[", "\\]") == ["SKIPPED"]


def test_a_step_wrong_in_that_case_too_still_fails() -> None:
    assert _verdicts("When $c = 0$ the derivative is", "g'(x) = 2x + 1.") == ["FAILED"]


def test_without_a_case_the_display_still_fails() -> None:
    assert _verdicts("Then the derivative is", "g'(x) = 2x.") == ["FAILED"]


def test_a_paragraph_opening_with_the_case_before_a_display_on_its_own_lines() -> None:
    text = (
        "# Power\n\nLet $h(x) = x^k$.\n\nWhen $k = 2$ the curve is a parabola. Its slope at $x$ is then\n"
        "$$\nh'(x) = 2x\n$$\n"
    )
    assert verdicts_by_line(text)[7] == ["SKIPPED"]


def test_a_case_before_a_restructuredtext_math_directive_is_no_false_alarm() -> None:
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    text = (
        "Cases\n=====\n\nLet :math:`g(x) = x^2 + cx`. When :math:`c = 0` the derivative is\n\n.. math::\n\n"
        "   g'(x) = 2x\n\nWhen :math:`c = 0` the derivative is\n\n.. math::\n\n   g'(x) = 2x + 1\n"
    )
    got = [s.verdict.value for c in check_text(text, "notes.rst", Settings()).chains for s in c.result.steps]
    assert got == ["SKIPPED", "FAILED"]


def test_a_lead_in_that_turns_from_its_case_to_the_general_one_excuses_nothing() -> None:
    text = (
        "# Softplus\n\nLet $s(x) = \\frac{1}{\\beta}\\log(1 + e^{\\beta x})$.\n\n"
        "For $\\beta = 1$ this is the usual softplus, but for a general $\\beta$ the derivative is\n"
        "$$\ns'(x) = \\frac{1}{1 + e^{-x}}\n$$\n"
    )
    assert verdicts_by_line(text)[7] == ["FAILED"]
    assert verdicts_by_line(text.replace(", but for a general $\\beta$", ". Its derivative"))[7] == ["SKIPPED"]
