r"""The names whose values a worked number leaves to the prose: inferred ones, and the entries behind a capital.

A worked number checked against a definition over names the notes never give in formulas ("a path of three nodes
with unit weights") is no identity in those names (documents.guesses: "a worked number against a definition over
…, whose values the notes give only in prose"). Those names are the ones inference guessed. Where the notes write
a matrix only by its entries (``w_{ij}``) and use the capital bare (``L = D - W``), the checker reads ``W := w``
(the ``W = (w_ij)`` convention, documents.scoping) and moves the family's inferred note to ``W``
(chaininference): ``W`` is then a definition, ``w`` no longer listed as inferred, and neither counted — a cut
value ``f^\top L f = 2`` at the stated ``f`` FAILED at ``w = 0`` (fresh75). This module owns that list: the inferred
declared names, and the family under such a capital. Never green: it only names what a failure depended on.
"""

from __future__ import annotations

from verifier.documents.context import Definition, Key, Scope, VarDecl

__all__ = ["guessed_keys"]


def guessed_keys(scope: Scope) -> list[Key]:
    """The keys of ``scope`` inference guessed: inferred declarations, and the family ``w`` of an inferred capital
    ``W := w`` (the convention's definition, line 0) that nothing else defines."""
    out = [k for k in scope.inferred if isinstance(scope.names.get(k), VarDecl)]
    for k in scope.inferred:
        entry = scope.names.get(k)
        if not (isinstance(entry, Definition) and entry.line == 0 and k[0][:1].isupper() and not entry.params
                and not entry.index_params and not entry.is_function):
            continue
        family = (entry.body, ())
        if family not in out and isinstance(scope.names.get(family), VarDecl) and entry.body[:1].islower():
            out.append(family)
    return out
