r"""A justification written beside a step (``&& \text{(chain rule)}``, ``\quad \text{by (3)}``,
``\qquad\text{using } \sigma' = \sigma(1-\sigma)``) is a comment on the step, not part of its right
member: the step is checked without it. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings


def verdicts(notes: str) -> list[tuple[int, str, str]]:
    result = check_text(notes, "notes.md", Settings())
    steps = [zip(ch.result.steps, ch.step_lines, strict=True) for ch in result.chains]
    return [(line, s.verdict.value, s.rhs_latex) for pairs in steps for s, line in pairs]


def test_parenthesised_text_in_an_empty_column_is_a_comment() -> None:
    notes = (
        "$$\n"  # 1
        "\\begin{aligned}\n"  # 2
        "\\frac{d}{dx} x^3 &= 3x^2 && \\text{(power rule)} \\\\\n"  # 3
        "&= 3x \\cdot x && \\textit{(algebra)}\n"  # 4
        "\\end{aligned}\n"
        "$$\n"
    )
    assert verdicts(notes) == [(3, "PROVED", "3x^2"), (4, "PROVED", "3x \\cdot x")]


def test_a_comment_does_not_hide_a_wrong_step() -> None:
    notes = "$$\\frac{d}{dx} x^3 = 3x^3 \\quad \\text{(power rule)}$$\n"
    assert verdicts(notes) == [(1, "FAILED", "3x^3")]


def test_by_and_using_comments_after_spacing() -> None:
    notes = (
        "$$\n"
        "\\begin{aligned}\n"
        "\\frac{d}{dx} e^{2x} &= 2e^{2x} \\qquad \\text{by the chain rule} \\\\\n"
        "&= 2e^{x}e^{x} \\qquad \\text{using } e^{a+b} = e^a e^b\n"
        "\\end{aligned}\n"
        "$$\n"
    )
    found = verdicts(notes)
    assert found[:2] == [(3, "PROVED", "2e^{2x}"), (4, "PROVED", "2e^{x}e^{x}")]
