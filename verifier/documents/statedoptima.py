r"""An optimum the notes state as a number: ``\max_{a'} Q(s', a') = 5`` (gaps39; gaps38 left it).

Reinforcement-learning notes give the best next value in the prose ("land in $s'$ where $\max_{a'} Q(s', a') = 5$")
and then work a target in numbers: ``y = r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 5``. An optimum over a
variable is not computed (documents.minima), so the link was SKIPPED "an optimisation \max_{…} over a variable
cannot be checked", right or wrong.

This module owns the reading: an optimum ``\max_{v}`` or ``\min_{v}`` of a capital letter applied to plain names
(``Q(s', a')``, ``V(s_2)``), written as a whole left member that the notes give a number (``= 5``), is that number
wherever the notes write the same optimum again (the same subscript, letter and arguments, spaces aside): it is
written as one name (:func:`as_optimum_names`, ``\mathrm{maxapQspap}``), a number (:func:`optimum_names`, a role
for shape inference), whose value the stated values give (documents.stated). An optimum written otherwise (another
argument, ``\max_{a'} Q(s'', a')``), stated as a formula, or only ever computed (``\max(3, 5)``) is left as it was.
"""

from __future__ import annotations

import re

from verifier.documents.tablevalues import MATH, MEMBER_START, NUMBER, as_names, first_lines

__all__ = ["OPTIMUM_ROLE", "as_optimum_names", "optima_shown", "optimum_names", "stated_optima"]

#: how the role is told with a step ("the prose calls it the …")
OPTIMUM_ROLE = "optimum the notes state as a number"
_ARG = r"\s*[A-Za-z](?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?\s*(?:'|\\prime)*\s*"
_OPTIMUM = re.compile(r"(?<![A-Za-z])\\(?P<kind>max|min)\s*_\s*(?P<var>\{[^{}]*\}|[A-Za-z])\s*"
                      r"(?P<f>[A-Z])\s*\((?P<args>" + _ARG + r"(?:," + _ARG + r")*)\)")  # fmt: skip


def _key(m: re.Match[str]) -> str:
    return re.sub(r"\s+", "", m.group(0))


def _identifier(m: re.Match[str]) -> str:
    spelled = (m.group("var") + m.group("f") + m.group("args")).replace("\\prime", "'").replace("'", "p")
    return m.group("kind") + re.sub(r"[^A-Za-z0-9]", "", spelled)


def stated_optima(text: str) -> dict[str, str]:
    """``{the optimum as written without spaces: its one name}`` for each optimum the notes (``text``) state a
    number for as a whole left member (module docstring)."""
    out: dict[str, str] = {}
    for m in MATH.finditer(text):
        formula = next(g for g in (m.group(1), m.group(2), m.group(3), m.group(5)) if g is not None)
        for opt in _OPTIMUM.finditer(formula):
            sign = re.match(r"\s*=", formula[opt.end():])
            if sign is None or not MEMBER_START.search(formula[: opt.start()]):
                continue
            if NUMBER.match(formula[opt.end() + sign.end():] + "$"):
                out[_key(opt)] = _identifier(opt)
    return out


def as_optimum_names(src: str, optima: dict[str, str]) -> str:
    r"""``src`` with each stated optimum of ``optima`` written as its one name (``\mathrm{maxapQspap}``)."""
    if not optima:
        return src
    return as_names(src, _OPTIMUM, lambda m: optima.get(_key(m)))


def optimum_names(text: str) -> dict[str, int]:
    """The one names of :func:`stated_optima` with the first line the notes state each on (its role, a number)."""
    optima = stated_optima(text)
    return first_lines(text, _OPTIMUM, lambda m: optima.get(_key(m)))


def optima_shown(optima: dict[str, str], text: str) -> dict[str, str]:
    """``{one name: the optimum as the notes first write it}``, for the results' display (documents.shownnames)."""
    out: dict[str, str] = {}
    for m in _OPTIMUM.finditer(text):
        name = optima.get(_key(m))
        if name is not None:
            out.setdefault(name, m.group(0))
    return out
