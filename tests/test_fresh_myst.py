"""Fenced math (MyST ```{math}``, GitHub/GitLab ```math``) and MyST directives whose body is
Markdown (```{note}``, ```{prf:proof}``): the displays in them are found at their own lines, and a
code fence stays code. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.sources import read_sources
from verifier.engine import Settings


def blocks(text: str) -> list[tuple[int, str]]:
    return [(b.line, b.text.strip()) for b in read_sources(text, "notes.md").blocks]


def test_myst_math_directive_with_options_is_a_display_at_its_own_line() -> None:
    text = (
        "# T\n"  # 1
        "\n"  # 2
        "```{math}\n"  # 3
        ":label: eq-one\n"  # 4
        "\\begin{align}\n"  # 5
        "a &= b \\\\\n"  # 6
        "&= c\n"  # 7
        "\\end{align}\n"  # 8
        "```\n"  # 9
    )
    found = blocks(text)
    assert len(found) == 1
    line, latex = found[0]
    assert line == 5 and latex.startswith("\\begin{align}") and ":label:" not in latex


def test_myst_math_directive_equations_separated_by_blank_lines_are_separate_displays() -> None:
    text = "```{math}\nx = y\n\nu = v\n```\n"
    assert blocks(text) == [(2, "x = y"), (4, "u = v")]


def test_github_math_fence_is_a_display() -> None:
    assert blocks("Text.\n\n```math\np = q\n```\n") == [(4, "p = q")]


def test_code_fences_stay_code() -> None:
    text = "```python\nx = '$$a = b$$'\n```\n\n```{code-cell} ipython3\n# $$c = d$$\n```\n\n~~~latex\n$$e = f$$\n~~~\n"
    assert blocks(text) == []


def test_display_inside_a_myst_admonition_keeps_its_line() -> None:
    text = (
        "Intro.\n"  # 1
        "\n"  # 2
        "```{prf:proof}\n"  # 3
        ":class: dropdown\n"  # 4
        "We have\n"  # 5
        "$$\n"  # 6
        "s = t\n"  # 7
        "$$\n"  # 8
        "```\n"  # 9
    )
    assert blocks(text) == [(6, "s = t")]


def test_a_wrong_step_in_a_myst_math_directive_is_checked() -> None:
    notes = "```{math}\n:label: d\n\\begin{align}\n\\frac{d}{dx} x^3 &= 3x^2 \\\\\n&= 3x^3\n\\end{align}\n```\n"
    result = check_text(notes, "notes.md", Settings())
    steps = [zip(ch.result.steps, ch.step_lines, strict=True) for ch in result.chains]
    verdicts = [(line, s.verdict.value) for pairs in steps for s, line in pairs]
    assert verdicts == [(4, "PROVED"), (5, "FAILED")]
