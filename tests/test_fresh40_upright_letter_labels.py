r"""A single upright letter as a whole subscript labels its name: ``\rho_{\mathrm{C}}``, ``b_{\mathrm{T}}``.

Typesetting convention writes indices in italic and labels upright; ``x_{\mathrm{train}}`` was already a label,
but one roman letter (``\rho_{\mathrm{C}}(r)`` for the Cauchy loss beside ``\rho_{\mathrm{GM}}(r)``) was read as an
index C, and the defined function as "a scalar here; it has no entry 1": every step through it SKIPPED. And a
definition ``g_{\mathrm{smooth}}(r) = …`` was learned only with ``\text`` around the label.
Italic type (``\mathit{i}``) stays an index. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.latex import parse_latex

GREEN = ("PROVED", "PASSED")

NOTES = """
The smoothed loss is $g_{\\mathrm{S}}(r) = \\log(1 + r^2)$, and its derivative is

$$\\frac{d}{dr} g_{\\mathrm{S}}(r) = \\frac{2r}{1 + r^2} .$$

At $r = 1$ this is $g_{\\mathrm{S}}(1) = \\log 2$.
"""


def test_an_upright_letter_subscript_is_a_label() -> None:
    assert {s.name for s in parse_latex("g_{\\mathrm{S}}").free_symbols} == {"g_S"}


def test_an_italic_letter_subscript_stays_an_index() -> None:
    assert parse_latex("g_{\\mathit{i}}") == parse_latex("g_{i}")


def test_a_function_labelled_by_an_upright_letter_is_checked() -> None:
    steps = doc_steps(NOTES)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


def test_a_wrong_derivative_of_it_fails() -> None:
    steps = doc_steps(NOTES.replace("\\frac{2r}{1 + r^2}", "\\frac{r}{1 + r^2}"))
    assert any(s.verdict.value == "FAILED" for s in steps), [s.message for s in steps]


def test_a_function_labelled_by_an_upright_word_is_learned() -> None:
    notes = NOTES.replace("\\mathrm{S}", "\\mathrm{smooth}")
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]
