r"""A wrong inverse of a convolution's kernel is FAILED: "kernel" there gives the matrix no structure.

Glow's 1×1 convolution (fresh68): after "A $1\times 1$ convolution with kernel $W \in \mathbb{R}^{c\times c}$ …"
and ``W`` given by its entries, the wrong ``W^{-1} = \frac{1}{7}\begin{pmatrix} 3 & 1 \\ 1 & 2 \end{pmatrix}``
(one sign lost) was SKIPPED "the notes may mean the entry-wise operation" although it fails read entry-wise too:
"kernel $W$" was taken for a kernel (Gram) matrix, a structure that leaves the step to the old rule
(documents.entrywiseinverse). The right inverse stays green.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = (
    "# Glow\n\n"
    "A $1\\times 1$ convolution with kernel $W \\in \\mathbb{{R}}^{{c\\times c}}$ mixes the channels. Take\n\n"
    "$$W = \\begin{{pmatrix}} 2 & 1 \\\\ -1 & 3 \\end{{pmatrix}}.$$\n\n"
    "Its inverse is\n\n"
    "$$W^{{-1}} = \\frac{{1}}{{7}}\\begin{{pmatrix}} 3 & {b} \\\\ 1 & 2 \\end{{pmatrix}}.$$\n"
)
_LINE = 9


@pytest.mark.parametrize(
    ("entry", "verdicts"), [("1", {"FAILED"}), ("-1", {"PROVED", "PASSED"})], ids=["wrong", "right"]
)
def test_the_inverse_of_a_convolution_kernel(entry: str, verdicts: set[str]) -> None:
    got = verdicts_by_line(_NOTES.format(b=entry))[_LINE]
    assert len(got) == 1 and got[0] in verdicts
