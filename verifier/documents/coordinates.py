r"""The other coordinates of a partial derivative are held fixed: not names "on one side only".

A failing step whose sides write different undeclared names is SKIPPED: the notes may relate a name of one side to
the other in words the checker cannot read. A name that stays in a derivative's written-out operand keeps that doubt
(``\frac{\partial}{\partial a}(ab + c) = 2a``: documents.vanishing, pinned by fresh2). But where the notes take a
partial derivative by that name too, it is one of the coordinates of the function they differentiate, independent
of the others: ``\frac{\partial}{\partial x}(\alpha x - \beta x y)`` beside ``\frac{\partial}{\partial y}(\alpha x -
\beta x y) = -\beta y`` (the swapped variable of fresh77's predator–prey Jacobian, the right value is -βx) fails for
every x, as the partial derivative holds x fixed.

:func:`partial_variables` reads the variables of the partial derivatives the notes write (``\frac{\partial}{\partial
x}``, ``\frac{\partial f}{\partial x}``, ``\frac{\partial^2 f}{\partial x \partial y}``, ``\partial_x``,
``\partial_{x}``); :func:`coordinates` returns the names a step's partial derivative holds fixed that are among them.
The doubt stays where the operand calls an arbitrary function (it may hide any dependence) and where the prose before
the step names a point or gives the name a value (documents.ownvariable: the derivative may be taken there).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.generic import derivatives_in
from verifier.documents.infer import names_in
from verifier.documents.ownvariable import in_section, unvalued

__all__ = ["coordinates", "partial_variables"]

_NAME = r"(\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])"
# the denominator of \frac{\partial …}{\partial x \partial y}: a group after the numerator's closing brace
_DENOMINATOR = re.compile(r"\}\s*\{((?:\s*\\partial\s*" + r"(?:\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])" +
                          r"\s*(?:\^\s*(?:\d|\{\s*\d\s*\}))?)+)\s*\}")  # fmt: skip
_IN_DENOMINATOR = re.compile(r"\\partial\s*" + _NAME)
_SUBSCRIPT = re.compile(r"\\partial_\s*(?:\{\s*" + _NAME + r"\s*\}|" + _NAME + ")")


def partial_variables(text: str) -> set[str]:
    r"""The plain names (``x``, ``alpha`` for ``\alpha``) the notes ``text`` take a partial derivative by."""
    out: set[str] = set()
    for m in _DENOMINATOR.finditer(text):
        out |= {n.lstrip("\\") for n in _IN_DENOMINATOR.findall(m.group(1))}
    for m in _SUBSCRIPT.finditer(text):
        out.add((m.group(1) or m.group(2)).lstrip("\\"))
    return out


def coordinates(trees: Iterable[sp.Basic], latexes: Iterable[str], text: str, arbitrary: Collection[str],
                prose: str = "") -> set[str]:  # fmt: skip
    r"""The names a partial derivative of the step (``trees``, its members' ``latexes`` writing ``\partial``) holds
    fixed in its written-out operand that the notes ``text`` also differentiate by, less those the ``prose`` before
    the step gives a value (or all, where it names a point); none for an operand that calls an ``arbitrary``
    function."""
    if not any("\\partial" in latex for latex in latexes):
        return set()
    variables = partial_variables(text)
    out: set[str] = set()
    for tree in trees:
        for expr, var in derivatives_in(tree):
            if any(getattr(a.func, "__name__", "") in arbitrary for a in expr.atoms(AppliedUndef)):
                continue
            out |= (names_in(expr) - names_in(var)) & variables
    return {n for n in unvalued(out, prose) if not _in_equation(n, in_section(prose))} if out else out


def _in_equation(name: str, prose: str) -> bool:
    """Does ``prose`` write ``name`` in an inline equation ("on the line $x + y = 1$"): a relation that may tie
    it to the variable?"""
    spelled = r"(?<![A-Za-z\\])\\?" + re.escape(name) + r"(?![A-Za-z])"
    return any("=" in m.group(1) and re.search(spelled, m.group(1))
               for m in re.finditer(r"(?<!\$)\$([^$]+)\$(?!\$)", prose))
