"""Quarto / pandoc-crossref Markdown: a display closed by ``$$ {#eq-label}`` (the label after the
closing dollars) is one display, read without its label, and the YAML front matter at the top is
not prose. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.sources import read_sources
from verifier.engine import Settings


def blocks(text: str) -> list[tuple[int, str]]:
    return [(b.line, b.text.strip()) for b in read_sources(text, "notes.md").blocks]


def derivative_verdicts(check: object) -> list[str]:
    steps = [s for ch in check.chains for s in ch.result.steps]  # type: ignore[attr-defined]
    return [s.verdict.value for s in steps if "frac{d}{du}" in s.lhs_latex]


QUARTO = (
    "---\n"  # 1
    'title: "Loss functions"\n'  # 2
    "format: html\n"  # 3
    "---\n"  # 4
    "\n"  # 5
    "$$\n"  # 6
    "g(u) = u^3\n"  # 7
    "$$ {#eq-cube}\n"  # 8
    "\n"  # 9
    "See @eq-cube. Its derivative:\n"  # 10
    "\n"  # 11
    "$$\n"  # 12
    "\\frac{d}{du}u^3 = 3u^2\n"  # 13
    "$$ {#eq-cube-grad}\n"  # 14
)


def test_quarto_labelled_displays_are_separate_displays_without_their_labels() -> None:
    assert blocks(QUARTO) == [(6, "g(u) = u^3"), (12, "\\frac{d}{du}u^3 = 3u^2")]


def test_labels_on_a_one_line_display_and_pandoc_crossref_colon_labels() -> None:
    text = "Text.\n\n$$ a + a = 2a $$ {#eq-double}\n\nMore.\n\n$$b\\cdot b = b^2$$ {#eq:sq}\n"
    assert blocks(text) == [(3, "a + a = 2a"), (7, "b\\cdot b = b^2")]


def test_a_wrong_step_in_a_labelled_display_fails() -> None:
    text = QUARTO.replace("= 3u^2", "= 2u^3")
    check = check_text(text, "notes.md", Settings())
    assert derivative_verdicts(check) == ["FAILED"]


def test_a_correct_step_in_a_labelled_display_is_proved() -> None:
    check = check_text(QUARTO, "notes.md", Settings())
    assert derivative_verdicts(check) in (["PROVED"], ["PASSED"])


def test_braces_in_a_display_are_not_a_label() -> None:
    assert blocks("$$\nx^{2} = x\\cdot x\n$$\n") == [(1, "x^{2} = x\\cdot x")]
