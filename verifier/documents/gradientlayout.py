r"""Which derivative layouts a chain's ∇ admits.

``\nabla_X f`` of a scalar by a matrix is the gradient: the matrix of ∂f/∂X_ij, shaped as X, in
every text that writes ∇. The numerator layout (its transpose) is how some notes write
``\frac{\partial f}{\partial X}``, never ∇; offering it to a ∇ by a matrix turns the most common
slip of matrix calculus, a missing transpose (``\nabla_A tr(AB) = B``), green. A ∇ by a vector
keeps the other layout: some texts (e.g. a row-gradient convention) write ∇_x f as a row.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from verifier.documents.context import VarDecl

# \nabla_X, \nabla_{X}, \nabla_{\mathbf{X}}, \nabla_{W_2}, \nabla_\Theta: the variable's name
_NABLA = re.compile(r"\\nabla\s*_\s*(?:\{\s*)?(?:\\(?:mathbf|bm|boldsymbol|mathit|mathrm)\s*\{?\s*)?\\?([A-Za-z]+)")


def gradient_by_matrix(latexes: Iterable[str], scope: Any, symmetric: Collection[str] = ()) -> bool:
    r"""Does one of ``latexes`` take ∇ by a name ``scope`` reads as a matrix, other than one the notes
    call ``symmetric`` (``\nabla_\Sigma \log\det\Sigma = \Sigma^{-1}`` of a covariance: at the
    symmetric matrices the notes mean, the gradient and its transpose agree)?"""
    names = {m.group(1) for latex in latexes for m in _NABLA.finditer(latex)} - set(symmetric)
    if not names:
        return False
    return any(isinstance(e, VarDecl) and e.kind == "matrix" and key[0] in names for key, e in scope.names.items())
