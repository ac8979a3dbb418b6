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
argument, ``\max_{a'} Q(s'', a')``), stated as a formula, or only ever computed (``\max(3, 5)``) is left as it was;
so is one the notes' own values contradict in the section of a statement (``Q(s', a_2) = 4`` beside a maximum of
3: redteam40) — anywhere in the notes, since the optimum is one name throughout them.
"""

from __future__ import annotations

import re

from verifier.documents.mathspans import formulas
from verifier.documents.sizeorder import section_of
from verifier.documents.tablevalues import MEMBER_START, NUMBER, as_names, first_lines

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
    number for as a whole left member (module docstring) — none that a value the notes state contradicts
    (:func:`_contradicted`)."""
    out: dict[str, str] = {}
    refuted: set[str] = set()
    for found in formulas(text):
        formula = found.body
        for opt in _OPTIMUM.finditer(formula):
            sign = re.match(r"\s*=", formula[opt.end():])
            if sign is None or not MEMBER_START.search(formula[: opt.start()]):
                continue
            if (number := NUMBER.match(formula[opt.end() + sign.end():] + "$")) is not None:
                out[_key(opt)] = _identifier(opt)
                if _contradicted(text, opt, float(number.group(0).strip(" ,;.$").replace(" ", "")),
                                 found.line):  # fmt: skip
                    refuted.add(_key(opt))
    return {k: v for k, v in out.items() if k not in refuted}


# a value the notes state for the function at some argument: "Q(s', a_2) = 4" (the arguments, the number)
_VALUE = r"\s*\((?P<args>[^()$=]*)\)\s*=\s*(?P<value>[-+]?\s*\d+(?:\.\d+)?)(?![\d.]|\s*[-+*/^\\(])"


def _contradicted(text: str, opt: re.Match[str], value: float, line: int) -> bool:
    r"""Does the section of ``line`` state a value of the optimum's function, at its arguments with the variable
    replaced (``Q(s', a_2) = 4`` for ``\max_{a'} Q(s', a')``), above a stated maximum or below a stated minimum?
    "$Q(s', a_1) = 3$ and $Q(s', a_2) = 4$, so $\max_{a'} Q(s', a') = 3$" took the first action's value; the
    target computed with it was PROVED (redteam40)."""
    var = re.sub(r"\s+", "", opt.group("var").strip("{}")).replace("\\prime", "'")
    args = [re.sub(r"\s+", "", a).replace("\\prime", "'") for a in opt.group("args").split(",")]
    if var not in args:
        return False
    lines = text.split("\n")
    first, last = section_of(lines, line)
    for v in re.finditer(rf"(?<![A-Za-z\\]){opt.group('f')}{_VALUE}", text):
        at = text.count("\n", 0, v.start()) + 1
        written = [re.sub(r"\s+", "", a).replace("\\prime", "'") for a in v.group("args").split(",")]
        if not first <= at <= last or len(written) != len(args) or written == args:
            continue
        if all(w == a for w, a in zip(written, args, strict=True) if a != var):
            found = float(v.group("value").replace(" ", ""))
            if (found > value) if opt.group("kind") == "max" else (found < value):
                return True
    return False


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
