r"""The names whose values a worked number leaves to the prose: inferred ones, and the entries behind a capital.

A worked number checked against a definition over names the notes never give in formulas ("a path of three nodes
with unit weights") is no identity in those names (documents.guesses: "a worked number against a definition over
…, whose values the notes give only in prose"). Those names are the ones inference guessed. Where the notes write
a matrix only by its entries (``w_{ij}``) and use the capital bare (``L = D - W``), the checker reads ``W := w``
(the ``W = (w_ij)`` convention, documents.scoping) and moves the family's inferred note to ``W``
(chaininference): ``W`` is then a definition, ``w`` no longer listed as inferred, and neither counted — a cut
value ``f^\top L f = 2`` at the stated ``f`` FAILED at ``w = 0`` (fresh75). This module owns that list: the inferred
declared names, and the family under such a capital. Never green: it only names what a failure depended on.

It owns too what a symmetry stated of the entries says of such a capital (:func:`entries_capitals`, red70): "The
network has symmetric weights $w_{ij}$" and then ``\nabla E(s) = W s`` of ``E(s) = \frac{1}{2} s^\top W s``: the
statement names w, the chain writes the matrix W of those entries, and the right gradient was FAILED at a
non-symmetric W. A capital the notes define by a formula of their own (``W = …``, other than ``(w_{ij})``) is not
the entries' matrix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verifier.documents.context import Definition, Key, Scope, VarDecl
from verifier.documents.sentences import SPACE_AFTER

__all__ = ["entries_capitals", "guessed_keys"]


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


def entries_capitals(names: Iterable[str], text: str, latexes: Sequence[str]) -> set[str]:
    r"""The capitals of the lowercase letters among ``names`` (stated symmetric) whose entries the notes ``text``
    write with two indices (``w_{ij}``), that a chain's ``latexes`` write bare (``W``) while writing no entry of
    their own letter, and that ``text`` defines by no formula but the entries' matrix (``W = (w_{ij})``)."""
    out = set()
    for n in names:
        if len(n) != 1 or not n.islower():
            continue
        big = n.upper()
        entries = rf"(?<![A-Za-z\\]){n}\s*_\s*\{{\s*[a-z]\s*,?\s*[a-z]\s*\}}"
        if not re.search(entries, text) or any(re.search(rf"(?<![A-Za-z\\]){n}(?![A-Za-z])", x) for x in latexes):
            continue
        if not any(re.search(rf"(?<![A-Za-z\\]){big}(?![A-Za-z])", x) for x in latexes):
            continue
        defined = re.finditer(rf"(?<![A-Za-z\\_^{{]){big}\s*=(?!=)\s*([^$]*)", text)
        if any(not re.fullmatch(rf"\s*[(\[]\s*{entries}\s*[)\]]\s*[,.;]?\s*", d.group(1)) for d in defined):
            continue
        if _said_other(text, big, entries):
            continue
        out.add(big)
    return out


# words that make a capital another matrix than the entries' ("The second layer's weights $W$ are learned freely",
# "an arbitrary matrix $W$", "$W$ need not be symmetric"): red71
_OTHER = re.compile(r"\b(?:another|other|separate|different|arbitrary|freely|need\s+not|"
                    r"not\s+(?:necessarily\s+)?symmetric|non-?symmetric|asymmetric|unconstrained)\b", re.IGNORECASE)


def _said_other(text: str, big: str, entries: str) -> bool:
    """Does a sentence of ``text`` that writes the capital ``big`` alone in a formula (``$W$``, ``$W \\in …$``) and
    none of the entries call it another matrix (``_OTHER``)?"""
    for sentence in SPACE_AFTER.split(text):
        alone = re.search(rf"\$\s*{big}\s*(?:\$|\\in\b)", sentence)
        if alone and not re.search(entries, sentence) and _OTHER.search(sentence):
            return True
    return False
