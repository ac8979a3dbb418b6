r"""Einstein summation declared for one section holds in that section only (trust17).

"In this section we use the Einstein summation convention" under one heading was read for the whole
notes: a later section that writes its sums out (``L = \sum_i w_i x_i``) had ``\frac{\partial}{\partial
w_k}(w_i x_i) = x_k`` PROVED by summing the repeated i, though there nothing is summed and the step holds
only where i = k. A declaration that names its section holds there (to the next heading of the same or a
higher level); any other holds everywhere (problem-set notes declare it under "# 2.b" and go on in it)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.einsteinscope import convention_spans

_NOTES = r"""# Notes

PREAMBLE

## Index notation

DECLARATION

$$\frac{\partial (a_j x_j)}{\partial x_k} = a_k$$

## Elementwise products

Here we write every sum out. The loss is

$$L = \sum_{i=1}^n w_i x_i$$

and for one term

$$\frac{\partial}{\partial w_k}(w_i x_i) = x_k$$
"""
_SECTION = "In this section we use the Einstein summation convention: repeated indices are summed."


def _notes(preamble: str = "Some notes.", declaration: str = _SECTION) -> str:
    return _NOTES.replace("PREAMBLE", preamble).replace("DECLARATION", declaration)


def test_a_section_declaration_does_not_sum_a_later_section() -> None:
    r = doc_steps(_notes())[-1]
    assert not r.verdict.ok, r.message


def test_the_declaring_section_is_still_summed() -> None:
    r = doc_steps(_notes())[0]
    assert r.verdict.ok, r.message


def test_a_declaration_that_names_no_section_sums_everywhere() -> None:
    text = _notes(declaration="In Einstein notation the sum over a repeated index is implied.")
    lines = text.count("\n") + 1
    assert any(a <= 2 and b >= lines - 1 for a, b in convention_spans(text)), convention_spans(text)


def test_a_declaration_before_any_section_sums_everywhere() -> None:
    text = _notes(preamble="We use the Einstein summation convention.", declaration="Entries.")
    lines = text.count("\n") + 1
    assert any(a <= 3 and b >= lines - 1 for a, b in convention_spans(text)), convention_spans(text)


def test_a_denied_convention_spans_nothing() -> None:
    assert convention_spans(_notes(declaration="We do not use the Einstein summation convention.")) == ()


def test_throughout_this_section_is_the_section() -> None:
    text = _notes(declaration="Throughout this section, repeated indices are summed.")
    later = text.split("\n").index("## Elementwise products") + 1
    assert convention_spans(text) and all(b < later for _, b in convention_spans(text)), convention_spans(text)
