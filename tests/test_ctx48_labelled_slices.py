r"""A column of a labelled matrix: ``W^{(1)}_{:,j}``, ``\mathbf{w}^{(l)}_{:,j}`` (a layer's weights, one column).

``W^{(1)}_{ij}`` is entry (i, j) of the layer-1 matrix ``W^{(1)}`` (a name of its own), but the slice ``W^{(1)}_{:,j}``
was read as column j of another name W raised to the power 1 (TeX puts the subscript first, and a ``^{(1)}`` after
a slice's brackets was taken for a power): ``\sum_i W^{(1)}_{ij} u_i = u^\top W^{(1)}_{:,j}`` was SKIPPED ("W, W^(1)
on one side only"), and with a letter label (``^{(l)}``) the column was raised to the power l. The label of a sliced
name is the name's, as it is for an entry.
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.latex import parse_latex
from verifier.results import Verdict


def test_a_layer_label_on_a_slice_is_part_of_the_name() -> None:
    for text in ("W^{(1)}_{:,j}", "W_{:,j}^{(1)}", "\\mathbf{W}^{(1)}_{:,j}"):
        tree = parse_latex(text)
        assert not isinstance(tree, sp.Pow), (text, tree)
        assert "W^(1)" in str(tree), (text, tree)


def test_a_letter_label_on_a_slice_is_no_power() -> None:
    tree = parse_latex("\\mathbf{w}^{(l)}_{:,j}")
    assert not tree.atoms(sp.Pow), tree


def test_a_column_of_a_layer_matrix_is_checked_against_its_entries() -> None:
    text = ("Let $W^{(1)} \\in \\mathbb{R}^{3 \\times 2}$ and $u \\in \\mathbb{R}^3$.\n\n"
            "$$ \\sum_i W^{(1)}_{ij} u_i = u^\\top W^{(1)}_{:,j} $$\n")
    assert doc_steps(text)[0].verdict is Verdict.PROVED, doc_steps(text)[0].message
    wrong = doc_steps(text.replace("= u^\\top", "= 2 u^\\top"))
    assert wrong[0].verdict is Verdict.FAILED, wrong[0].message
