r"""``x_j^{p-1}`` is a power when p is a number the notes divide by: not a layer label.

A letter written with several superscripts, one of them a letter shifted by one (``z^{m-1}_i``), is read as
layer-labelled across the notes (documents.layerletters). A power mean writes the same shape as a power:
``f = (\frac1n \sum_i x_i^p)^{1/p}`` and ``\partial f/\partial x_j = \frac1n x_j^{p-1} f^{1-p}``; read as labels,
every line with ``x_j^{p-1}`` was SKIPPED "x appear(s) on one side only" (fresh39: a GeM-pooling note). A letter
the notes divide by (``1/p``, ``\frac{1}{p}``) is a number, and a superscript shifted from it is a power.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.layerletters import labelled_letters
from verifier.results import Verdict

_NOTES = """
# A power mean

$$ f = \\Bigl( \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} x_i^{{p}} \\Bigr)^{{1/p}} $$

By Euler, $\\sum_j x_j \\cdot x_j^{{p-1}} = {right}$.
"""


def test_a_power_shifted_from_a_divisor_is_a_power() -> None:
    assert doc_steps(_NOTES.format(right="\\sum_j x_j^{p}"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_NOTES.format(right="\\sum_j x_j^{p+1}"))[-1].verdict is Verdict.FAILED


def test_layer_superscripts_stay_labels() -> None:
    text = "$z^{m}_j = \\sum_i w^{m}_{ji} a^{m-1}_i$ and $a^{m}_j = \\sigma(z^{m}_j)$, $a^{m-1}_i$, $a^{1}_i$"
    assert "a" in labelled_letters(text)
    assert "x" not in labelled_letters("$x_j^{p-1}$, $x_j^{p}$ and $\\frac{1}{p}$")
