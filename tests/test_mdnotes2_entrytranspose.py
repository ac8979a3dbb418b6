r"""An entry written with a transpose (``W_{bc}^T``, ``W_{bc}^{(2)T}``) is entry (b, c) of Wᵀ, that is W_{cb}.

Literally the transpose of a scalar entry is the entry itself, so a step that moves a transpose onto
an entry to line indices up for a product (``u_b W_{bc} = u_b W_{cb}^T``) failed as a "case split".
Read as the entry of the transpose, it holds, the reading is reported, and a wrong index order
still fails. One index (``x_i^T``, the transpose of a vector x_i) is left alone.
"""

from __future__ import annotations

import textwrap

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.entrytranspose import transposed_entries
from verifier.engine import Settings
from verifier.latex import parse_latex

FAST = Settings(points=30)

_NOTES = r"""
Let $W \in \mathbb{R}^{3 \times 2}$, $u \in \mathbb{R}^{3}$.

$$
\sum_b u_b W_{bc} = \sum_b u_b {entry}
$$
"""


def _verdicts(entry: str) -> list[tuple[str, str]]:
    check = check_text(textwrap.dedent(_NOTES.replace("{entry}", entry)).lstrip(), "t.md", FAST)
    return [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]


def test_a_transposed_entry_is_the_entry_of_the_transpose() -> None:
    got = _verdicts("W_{cb}^T")
    assert [v for v, _ in got] == ["PROVED"], got
    assert "entry (c, b) of W^T" in got[0][1], got
    got = _verdicts("W_{cb}^{(2)T}".replace("^{(2)T}", "^{T}"))
    assert [v for v, _ in got] == ["PROVED"], got


def test_the_wrong_order_is_not_green() -> None:
    got = _verdicts("W_{bc}^T")
    assert got[0][0] in ("FAILED", "SKIPPED"), got


def test_one_index_and_labelled_matrices() -> None:
    tree, notes = transposed_entries(parse_latex(r"x_i^T y"))
    assert notes == [] and tree == parse_latex(r"x_i^T y")
    tree, notes = transposed_entries(parse_latex(r"W_{bc}^{(2)T} v_c"))
    assert tree == parse_latex(r"W_{cb}^{(2)} v_c"), tree
    assert len(notes) == 1 and "W^(2)" in notes[0]
    assert transposed_entries(sp.Integer(3)) == (sp.Integer(3), [])
