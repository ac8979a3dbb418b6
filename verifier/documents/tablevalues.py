r"""Values the notes state for a function at named arguments: ``Q(s, a) = 2``, ``V(s_1) = 0.5`` (gaps38; gaps37 left
it).

Reinforcement-learning notes give a value table in the prose ("take $V(s_1) = 0.5$, $V(s_2) = 1$") and then work a
TD or Q-learning update in numbers: ``\delta = r + \gamma V(s_2) - V(s_1) = 1 + 0.9 \cdot 1 - 0.5``. The stated
values (documents.stated) are names that parse as a symbol or an entry, so ``V(s_1) = 0.5`` was no value: V an
undefined function, the link SKIPPED right or wrong.

This module owns the reading: a capital letter applied to plain names (``V(s_1)``, ``Q(s, a)``, ``Q(s', a')``) that
the notes give a number (``$V(s_1) = 0.5$``) is, at exactly those arguments, one quantity of a table — the call is
written as one name (:func:`as_table_names`, ``V(s_1)`` becomes ``\mathrm{Vs1}``) for the stated values and the
members alike, and that name is a number (:func:`table_names`, a role for shape inference). The letter is left a
function where the notes give it a formula (``V(s) = r + \gamma V(s')``: an equation of the function, not a table
entry), differentiate it or write a formula with it beside a derivative (a table has no derivative), and for the
letters with readings of their own (P, E, I, N, O, T).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.mathspans import formulas

__all__ = ["MEMBER_START", "NUMBER", "TABLE_ROLE", "as_names", "as_table_names", "first_lines", "table_calls",
           "table_names"]

#: how the role is told with a step ("the prose calls it the …")
TABLE_ROLE = "value of a function table the notes state"
_NOT_TABLES = frozenset("PEINOT")
_ARG = r"\s*[A-Za-z](?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?\s*(?:'|\\prime)*\s*"
TABLE_CALL = re.compile(r"(?<![\\A-Za-z])(?P<f>[A-Z])\s*\((?P<args>" + _ARG + r"(?:," + _ARG + r")*)\)")
NUMBER = re.compile(r"\s*[-+]?\s*\d+(?:\.\d+)?\s*(?:$|[,;.]\s|[,;.]?\s*\$|\\\\|\\qquad|\\quad|\s+(?:and|with)\b)")
# what may come before a call that is a whole left member: the formula's start, a comma, a relation, a new row
MEMBER_START = re.compile(r"(?:^|[,;=&]|\\\\|\\quad|\\qquad|\\text\{[^{}]*\})\s*$")
_DERIVATIVE = re.compile(r"\\partial|\\nabla|\\frac\s*\{\s*d|\\mathrm\s*\{\s*d\s*\}|\\dot")


def _key(args: str) -> str:
    return re.sub(r"\s+", "", args)


def identifier(f: str, args: str) -> str:
    """The one name a table's value ``f(args)`` is read as (``f``, the argument's letters and digits, a prime as p)."""
    spelled = _key(args).replace("\\prime", "'").replace("'", "p")
    return f + re.sub(r"[^A-Za-z0-9]", "", spelled)


def table_calls(text: str) -> dict[tuple[str, str], str]:
    """``{(letter, arguments as written without spaces): the one name}`` for each call the notes (``text``) state a
    number for, of a letter they use as a table only (module docstring)."""
    stated: set[tuple[str, str]] = set()
    functions: set[str] = set()
    for found in formulas(text):
        formula = found.body
        for call in TABLE_CALL.finditer(formula):
            f = call.group("f")
            if _DERIVATIVE.search(formula) or re.search(re.escape(f) + r"\s*(?:'|\^\s*\{?\s*\\prime)", formula):
                functions.add(f)  # differentiated, or beside a derivative: a function of the notes
                continue
            after = formula[call.end():]
            sign = re.match(r"\s*(?::=|=)", after)
            if sign is None or not MEMBER_START.search(formula[: call.start()]):
                continue  # r + \gamma V(s_2) - V(s_1) = 1.4: the call is no whole member, nothing is stated of it
            if NUMBER.match(after[sign.end():] + "$"):
                stated.add((f, _key(call.group("args"))))
            else:
                functions.add(f)  # V(s) = r + \gamma V(s'): an equation of the function
    return {(f, a): identifier(f, a) for f, a in stated if f not in functions and f not in _NOT_TABLES}


def as_table_names(src: str, calls: dict[tuple[str, str], str]) -> str:
    r"""``src`` with each stated call of ``calls`` written as its one name (``V(s_1)``: ``\mathrm{Vs1}``)."""
    if not calls:
        return src
    return as_names(src, TABLE_CALL, lambda m: calls.get((m.group("f"), _key(m.group("args")))))


def table_names(text: str) -> dict[str, int]:
    """The one names of :func:`table_calls` with the first line the notes state each on (its role, a number)."""
    calls = table_calls(text)
    return first_lines(text, TABLE_CALL, lambda m: calls.get((m.group("f"), _key(m.group("args")))))


def as_names(src: str, pattern: re.Pattern[str], name_of: Callable[[re.Match[str]], str | None]) -> str:
    r"""``src`` with each match of ``pattern`` that ``name_of`` names written as that one name (``\mathrm{…}``)."""

    def one(m: re.Match[str]) -> str:
        name = name_of(m)
        return m.group(0) if name is None else r"\mathrm{" + name + "}"

    return pattern.sub(one, src)


def first_lines(text: str, pattern: re.Pattern[str], name_of: Callable[[re.Match[str]], str | None]) -> dict[str, int]:
    """``{name: the first line (1-based) of text that writes it}`` for the matches of ``pattern`` ``name_of`` names."""
    out: dict[str, int] = {}
    for m in pattern.finditer(text):
        name = name_of(m)
        if name is not None:
            out.setdefault(name, text.count("\n", 0, m.start()) + 1)
    return out
