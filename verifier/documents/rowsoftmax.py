r"""The softmax of a capital: a batch of rows, one softmax per row.

Attention notes write ``A = \operatorname{softmax}(S)`` ("row-wise") for the scores of every query at once, and
batch notes ``P = \operatorname{softmax}(Z)`` for the logits of every sample: a capital names a matrix, as
everywhere else in the inference (:func:`verifier.documents.shapes._capital`), and the softmax of a matrix is
taken row by row (:func:`verifier.ml.softmax`). Reading such an argument as a vector, as a lower-case ``z`` is,
made ``A`` a vector, ``O = AV`` a row, and the backward pass of a head fit only as rows, where the upstream
gradient's own shape was guessed apart from ``O``'s (fresh20's false alarm). The other vector functions keep
their vector argument.
"""

from __future__ import annotations

from verifier.documents.shapes import _capital

__all__ = ["argument_kind"]


def argument_kind(function: str, name: str) -> str:
    """The kind inferred for the bare undeclared name ``name`` written as the one argument of ``function``:
    a matrix for a capital under softmax, else a vector."""
    return "matrix" if function == "softmax" and _capital(name) else "vector"
