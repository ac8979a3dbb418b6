r"""A word in roman type as a whole subscript is a label, as ``\text{…}`` is (gaps37).

``L_{\text{train}}`` was one name; ``L_{\mathrm{train}}`` was entry "train" of a family L (the index ``train``
drawn from 1 … n, the step SKIPPED "which loss L means is not said"), and ``x_{\mathrm{tr}}`` a parse error (``tr``
read as the trace). A subscript that is one word in ``\mathrm``/``\textrm``/``\mathit``/``\mathsf`` names a
variant of the quantity, as the same word in ``\text`` does. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

NOTES = r"""
# Losses

Let $L_{FONT{train}} = \frac{1}{2} w^2$.

$$
\frac{d}{dw} L_{FONT{train}} = RIGHT
$$
"""


@pytest.mark.parametrize("font", ["\\mathrm", "\\textrm", "\\mathit", "\\mathsf"])
def test_a_roman_label_is_one_name(font: str) -> None:
    steps = doc_steps(NOTES.replace("FONT", font).replace("RIGHT", "w"))
    assert [s.verdict.value for s in steps] == ["PROVED"]


def test_a_wrong_derivative_of_a_roman_labelled_name_is_failed() -> None:
    steps = doc_steps(NOTES.replace("FONT", "\\mathrm").replace("RIGHT", "2w"))
    assert [s.verdict.value for s in steps] == ["FAILED"]


def test_a_label_that_spells_a_function_is_no_function() -> None:
    steps = doc_steps(r"""
    Let $x_{\mathrm{tr}} = 2$ and $x_{\mathrm{te}} = 3$.

    $$
    x_{\mathrm{tr}} + x_{\mathrm{te}} = x_{\mathrm{te}} + x_{\mathrm{tr}}
    $$
    """)
    assert [s.verdict.value for s in steps] == ["PROVED"]
