r"""A value the prose solves a system for: "Solving $V(s_1) = 1 + 0.9 V(s_2)$ and $V(s_2) = 2 + 0.9 V(s_1)$ gives
$V(s_1) = \frac{2.8}{0.19}$" (cover67b).

documents.solvedprose reads a solution after words that solve *one* equation, the sentence's last formula before
the words; a sentence that solves two or more equations together (a Bellman evaluation of two states, two
normal equations worked in numbers) left the value unchecked: the last equation alone is in two unknowns, and a
value in the notes' table notation (``V(s_1)``) was read as the product ``V \cdot s_1``. So a wrong value of a
worked solution was SKIPPED, as a right one.

This module owns finding that sentence (:func:`solved_system`): "solving / we solve" then two or more inline
equations joined by "and" or commas, then "gives / yields / we get …", then the formula ``name = number`` (a plain
number or a fraction of numbers). A call of a capital letter at plain names (``V(s_1)``, ``Q(s, a)``) that the
system writes is one name there (documents.tablevalues' spelling), in the equations and the solution alike. The
chain made of it (documents.solvedprose.solved_chain, its ``system`` the equations beyond the first) is decided in
documents.links: the equations, as many as their unknowns, linear with number coefficients and a unique solution,
are solved together, and the name's value there, as the equation ``name - value = 0``, is checked as any solved
equation (documents.solvedvalues: the only root PROVED, a wrong value FAILED). Anything else — an equation not
linear, more unknowns than equations, a singular system, a value with a letter — is refused and stays SKIPPED as
before.
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.sentences import SENTENCE_END
from verifier.documents.sentences import SINGLE_DOLLARS as _INLINE
from verifier.documents.tablevalues import TABLE_CALL, as_names, identifier
from verifier.latex.braces import split_top_equals

__all__ = ["reduced", "solved_system"]

_OPENING = re.compile(r"\b(?:solving|we\s+solve|solve)\s*(?:the\s+(?:system|equations)\s*)?:?\s*$", re.IGNORECASE)
_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)
_CUE = re.compile(
    r"^\s*(?:(?:together|jointly|simultaneously)\s*)?,?\s*(?:gives|yields|leads\s+to|we\s+(?:get|obtain|find)"
    r"|one\s+(?:gets|obtains|finds))\s*:?\s*$",
    re.IGNORECASE,
)
# a number as written: 3, -0.5, \frac{2.8}{0.19}, 28/19 (no letter but \frac's)
_NUMBER = re.compile(
    r"^\s*[-+]?\s*(?:\d+(?:\.\d+)?|\\[td]?frac\s*\{\s*[-+]?\d+(?:\.\d+)?\s*\}\s*\{\s*\d+(?:\.\d+)?\s*\}"
    r"|\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?)\s*$"
)
_NAME = re.compile(r"^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?\s*$")


def _spelled(m: re.Match[str]) -> str:
    return identifier(m.group("f"), m.group("args"))


def _one_names(src: str) -> str:
    r"""``src`` with each call ``V(s_1)`` written as one name (``\mathrm{Vs1}``, as documents.tablevalues)."""
    return as_names(src, TABLE_CALL, _spelled)


def solved_system(prose: str, formula: str) -> tuple[str, str, list[tuple[str, str]], int] | None:
    r"""(name, number, the equations solved (left, right), how far before the end of ``prose`` the first equation's
    formula starts) for an inline ``formula`` ``name = number`` that the sentence ending ``prose`` says solves two
    or more inline equations together; calls of a capital letter written as one name (module docstring)."""
    ends = list(SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    found = list(_INLINE.finditer(sentence))
    if len(found) < 2 or not _CUE.match(sentence[found[-1].end() :]):
        return None
    run = [found[-1]]
    for f in reversed(found[:-1]):
        if not _JOIN.match(sentence[f.end() : run[0].start()]):
            break
        run.insert(0, f)
    if len(run) < 2 or not _OPENING.search(sentence[: run[0].start()]):
        return None
    parts = split_top_equals(formula.strip().rstrip(".,;"))
    if len(parts) != 2 or not _NUMBER.match(parts[1]) or not (TABLE_CALL.fullmatch(parts[0].strip()) or
                                                               _NAME.match(parts[0])):  # fmt: skip
        return None
    equations = []
    for f in run:
        sides = split_top_equals(f.group(1).strip().rstrip(".,;"))
        if len(sides) != 2 or not sides[0].strip() or not sides[1].strip():
            return None
        equations.append((_one_names(sides[0]).strip(), _one_names(sides[1]).strip()))
    return _one_names(parts[0]).strip(), parts[1].strip(), equations, len(sentence) - run[0].start()


def reduced(left: sp.Basic, right: sp.Basic, others: list[tuple[sp.Basic, sp.Basic]], name: sp.Basic) -> sp.Expr | None:
    """``name`` minus its value in the system's solution (``left = right`` and ``others``, resolved equations): an
    equation in ``name`` alone whose only root is that value; None where the system is not as many equations as
    unknowns, linear with number coefficients and a unique solution, or does not write ``name`` (module
    docstring)."""
    sides = [left, right, *(x for pair in others for x in pair)]
    if not isinstance(name, sp.Symbol) or not all(isinstance(x, sp.Expr) for x in sides):
        return None
    # an equation the notes' definitions already make 0 = 0 ("$z = x + y$" learned as z's definition) holds anyway
    equations = [e for a, b in [(left, right), *others] if (e := sp.expand(a - b)) != 0]
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str)
    if name not in unknowns or len(unknowns) != len(equations):
        return None
    try:
        matrix, rhs = sp.linear_eq_to_matrix(equations, unknowns)
    except (ValueError, TypeError, sp.PolynomialError):
        return None  # not linear in the unknowns
    if matrix.free_symbols or rhs.free_symbols or matrix.det() == 0:
        return None
    solution = matrix.LUsolve(rhs)
    return name - solution[unknowns.index(name)]
