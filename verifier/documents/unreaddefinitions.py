r"""The notes' definitions the checker could not read: a name, ``=``, and a member it cannot read.

``S = \operatorname{softmax}(A)\ \text{(row-wise)}`` defines S, but its right member holds prose and is not
read, so S stays a name of its own: nothing it reaches is known, and a derivative through it by a name its
definition writes (A, or V with ``A = XV``) is 0 only because that dependence was lost. This module owns
finding such definitions (:func:`unread_definitions`: each name with the line of its unread definition) and
whether one of them may hide a dependence on a variable (:func:`may_reach`): whether the unread member
writes the variable, or a name whose definition reaches it, or writes no name at all (nothing to go by).
Who acts on that is :mod:`verifier.documents.vacuous` (a 0 = 0 green through such a name is no evidence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.infer import names_in
from verifier.latex import DEFINITION, EQUALITY, LatexError

__all__ = ["definition_candidates", "may_reach", "unread_definitions"]

# the prose of a member: \text{(applied to each row)} says nothing about which names the value depends on
_PROSE = re.compile(r"\\(?:text|textrm|mbox|textit|mathrm)\s*\{[^{}]*\}")
# a command name or a single letter: the names a member may write, where it cannot be parsed as a whole
_TOKEN = re.compile(r"\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
_SPACES = re.compile(r"\\[ ,;:!]|\\q?quad\b")


def unread_definitions(chains: Iterable[Any], line: int, parse: Callable[[str], Any],
                       scope: Scope, candidates: list[tuple[int, str, Any, bool]] | None = None,
                       ) -> dict[str, tuple[int, str]]:  # fmt: skip
    """The names the notes define before ``line`` with a right member the checker cannot read, each with
    the line of that definition and the member's LaTeX; never a name ``scope`` has a definition of (read
    elsewhere: what it reaches is known). ``candidates`` (:func:`definition_candidates` of the same
    ``chains``) saves parsing every definition of the notes again for each step: a document's steps ask
    this each, and that was quadratic in its length (a 1,000-step document four times slower)."""
    out: dict[str, tuple[int, str]] = {}
    for at, name, rhs, reads in definition_candidates(chains, parse) if candidates is None else candidates:
        if at >= line or (reads and not rhs.error):
            continue  # (a member's error is set when its own chain is checked: in another worker, maybe not yet)
        if any(k[0] == name and isinstance(e, Definition) for k, e in scope.names.items()):
            continue
        out.setdefault(name, (rhs.line, rhs.latex or ""))
    return out


def definition_candidates(chains: Iterable[Any], parse: Callable[[str], Any]) -> list[tuple[int, str, Any, bool]]:
    """Every chain of ``chains`` that defines a name (a name or an entry, ``=`` or ``:=``, then a member):
    its line, the name, the right member, and whether that member parses (what :func:`unread_definitions`
    asks of each, computed once per document)."""
    out: list[tuple[int, str, Any, bool]] = []
    for chain in chains:
        if len(chain.members) < 2 or not chain.steps:
            continue
        lhs, rhs = chain.members[0], chain.members[1]
        if lhs.error or not lhs.latex or not rhs.latex or chain.steps[0].relation not in (EQUALITY, DEFINITION):
            continue
        try:
            left = parse(lhs.latex)
        except LatexError:
            continue
        if isinstance(left, sp.Symbol):
            name = left.name
        elif isinstance(left, sp.Indexed):
            name = str(left.base.label)
        else:
            continue
        out.append((chain.line, name, rhs, _reads(rhs.latex, parse)))
    return out


def _reads(latex: str, parse: Callable[[str], Any]) -> bool:
    """Does the checker read the member ``latex`` (the parse its chain's check starts from)?"""
    try:
        parse(latex)
    except LatexError:
        return False
    return True


def _written(latex: str, parse: Callable[[str], Any]) -> set[str]:
    """The names an unread member writes: parsed without its prose where that reads, else its tokens."""
    bare = _SPACES.sub(" ", _PROSE.sub(" ", latex))
    try:
        return names_in(parse(bare))
    except (LatexError, ValueError, TypeError):
        pass
    names: set[str] = set()
    for token in _TOKEN.findall(bare):
        try:
            names |= names_in(parse(token))
        except (LatexError, ValueError, TypeError):
            continue
    return names


def may_reach(latex: str, wanted: set[str], reach: Callable[[set[str]], set[str]],
              parse: Callable[[str], Any], *, unwritten: bool = True) -> bool:  # fmt: skip
    """Might the unread member ``latex`` depend on one of ``wanted``: does it write one of them, or a name
    whose definitions (``reach``) reach one? With ``unwritten``, a member that writes no name at all may too
    (nothing says what it depends on)."""
    written = _written(latex, parse)
    if not written:
        return unwritten
    return bool(written & wanted) or any(reach({n}) & wanted for n in written)
