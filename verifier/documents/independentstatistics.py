r"""Var and Cov of names the prose states independent, read by their definitions (gaps41).

documents.independence gives a chain in the section of "$U$ and $V$ are independent" the hypothesis
``\mathbb{E}[U V] = \mathbb{E}[U]\mathbb{E}[V]``. Var and Cov written as operators stayed opaque atoms of their
arguments (documents.expectation), so ``\operatorname{Var}(U + V) = \operatorname{Var}(U) + \operatorname{Var}(V)``,
``\operatorname{Var}(2U - 3V) = 4\operatorname{Var}(U) + 9\operatorname{Var}(V)`` and ``\operatorname{Cov}(U, V) = 0``
were SKIPPED "needs facts about Var(U + V)" — unless the notes happened to state ``\operatorname{Var}(Z) =
\mathbb{E}[Z^2] - \mathbb{E}[Z]^2`` themselves. This module owns the reading: a chain that receives an independence
hypothesis and writes Var or Cov, where neither the notes nor a context define them, reads them by their textbook
definitions (``Var(X) = 𝔼[X²] − 𝔼[X]²``, ``Cov(X, Y) = 𝔼[XY] − 𝔼[X]𝔼[Y]``), which hold for every random
variable: no verdict rests on more than the independence the notes state. A wrong step (a dropped square on a
coefficient, ``Var(U - V) = Var U - Var V``) is then FAILED or SKIPPED "does not follow from linearity", never
green; Var of names the notes did not say independent keeps an 𝔼[XY] atom and stays SKIPPED.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from verifier.documents.context import Definition, Key

__all__ = ["STATISTICS", "read_statistics"]

#: the definitions read (the function's name, its parameters, its body); line 0: no line of the notes states them
STATISTICS: tuple[Definition, ...] = (
    Definition(("Var", ()), r"\mathbb{E}[Z^2] - \mathbb{E}[Z]^2", ("Z",), (), None, True, 0),
    Definition(("Cov", ()), r"\mathbb{E}[Z W] - \mathbb{E}[Z] \mathbb{E}[W]", ("Z", "W"), (), None, True, 0),
)


def read_statistics(names: MutableMapping[Key, object], latex: str) -> list[str]:
    """Give ``names`` (a chain's scope, which received an independence hypothesis; ``latex``: its members' text)
    the definitions of Var and Cov it writes and does not define; the names given."""
    out = []
    for d in STATISTICS:
        if d.key[0] in latex and d.key not in names:
            names[d.key] = d
            out.append(d.key[0])
    return out
