r"""The ``physics`` package's shorthand (and the ``derivative`` package's ``\dv``/``\pdv``/``\odv``),
written out as what it typesets, in notes that load the package.

``\dv{f}{x}`` is :math:`\frac{d f}{d x}`, ``\dv{x}`` the operator :math:`\frac{d}{d x}`,
``\dv[n]{f}{x}`` the n-th derivative; ``\pdv`` the same with :math:`\partial`, and
``\pdv{f}{x}{y}`` the mixed second derivative. ``\qty(…)``/``\qty[…]``/``\qty{…}`` are sized
brackets, ``\norm{x}``, ``\abs{x}``, ``\ev{x}`` paired delimiters, ``\grad``/``\div``/``\curl``/
``\laplacian`` the nabla operators, ``\vb{x}`` bold, ``\eval{f}_{x=0}`` the evaluation bar
:math:`f\big|_{x=0}`; commands inside another's groups are written out too. These are not ``\newcommand``-able (optional
arguments, a variable number of groups, parenthesis-delimited ``\qty(…)``), so they are rewritten
here before the LaTeX is read; a note that does not load the package keeps its own meaning of the
names (``\div`` is ÷ there). Newlines are kept, so line numbers do not move.
"""

from __future__ import annotations

import re

from verifier.documents.hidden import commented_out
from verifier.latex.braces import brace_end, bracket_end

__all__ = ["physics_macros"]

_PACKAGE = re.compile(r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^}]*\b(physics|derivative)\b[^}]*\}")
_COMMAND = re.compile(r"\\(dv|odv|pdv|qty|norm|abs|ev|eval|grad|div|curl|laplacian|vb|dd)(?![a-zA-Z@])(\*?)")
_OPERATORS = {"grad": r"\nabla", "div": r"\nabla\cdot", "curl": r"\nabla\times", "laplacian": r"\nabla^2"}
_PAIRED = {
    "norm": (r"\left\lVert ", r"\right\rVert"),
    "abs": (r"\left\lvert ", r"\right\rvert"),
    "ev": (r"\left\langle ", r"\right\rangle"),
}
_QTY = {"(": (r"\left(", r"\right)"), "[": (r"\left[", r"\right]"), "{": (r"\left\{", r"\right\}")}


def physics_macros(text: str) -> str:
    """``text`` with the package's commands written out (unchanged when the package is not loaded)."""
    start = text.find("\\begin{document}")
    package = _PACKAGE.search(text, 0, start if start >= 0 else len(text))
    if package is None or not _COMMAND.search(text):
        return text
    return _rewrite(text, package.group(1) == "derivative")


def _rewrite(text: str, only_derivatives: bool) -> str:
    """``text`` with every command written out, those inside another's groups too (``\\qty[a + \\qty(b)]``)."""
    out: list[str] = []
    pos = 0
    for m in _COMMAND.finditer(text):
        if m.start() < pos or commented_out(text, m.start()):
            continue
        name = m.group(1)
        if only_derivatives and name not in ("dv", "odv", "pdv"):
            continue
        written = _write(text, m.end(), name)
        if written is None:
            continue
        replacement, end = written
        out.append(text[pos : m.start()])
        out.append(_rewrite(replacement, only_derivatives) if _COMMAND.search(replacement) else replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _write(text: str, at: int, name: str) -> tuple[str, int] | None:
    if name in _OPERATORS:
        return _OPERATORS[name], at
    if name == "dd":
        group = _group(text, at)
        return (r"\mathrm{d}" + (group[0] if group else ""), group[1] if group else at)
    if name in ("dv", "odv", "pdv"):
        return _derivative(text, at, r"\partial" if name == "pdv" else "d")
    if name == "qty":
        k = _skip_spaces(text, at)
        if k < len(text) and text[k] in _QTY:
            left, right = _QTY[text[k]]
            end = brace_end(text, k) if text[k] == "{" else bracket_end(text, k)
            if end >= 0:
                return f"{left}{text[k + 1 : end]}{right}", end + 1
        return None
    group = _group(text, at)
    if group is None:
        return None
    if name == "vb":
        return rf"\mathbf{{{group[0]}}}", group[1]
    if name == "eval":  # the evaluation bar: its limits, _{x=0}^{1}, follow as written
        return rf"\left. {group[0]} \right|", group[1]
    left, right = _PAIRED[name]
    return f"{left}{group[0]}{right}", group[1]


def _derivative(text: str, at: int, d: str) -> tuple[str, int] | None:
    order = ""
    k = _skip_spaces(text, at)
    if k < len(text) and text[k] == "[":
        close = text.find("]", k)
        if close < 0 or "\n" in text[k:close]:
            return None
        order, k = text[k + 1 : close].strip(), close + 1
    groups: list[str] = []
    while len(groups) < 3 and (g := _group(text, k)) is not None:
        groups.append(g[0])
        k = g[1]
    if not groups:
        return None
    power = f"^{{{order}}}" if order else ""
    if len(groups) == 1:
        return rf"\frac{{{d}{power}}}{{{d} {groups[0]}{power}}}", k
    if len(groups) == 3:
        return rf"\frac{{{d}^{{2}} {groups[0]}}}{{{d} {groups[1]} {d} {groups[2]}}}", k
    return rf"\frac{{{d}{power} {groups[0]}}}{{{d} {groups[1]}{power}}}", k


def _group(text: str, at: int) -> tuple[str, int] | None:
    """A braced argument starting at ``at`` (spaces, but no blank line, before it): its content and end."""
    k = _skip_spaces(text, at)
    if k >= len(text) or text[k] != "{":
        return None
    end = brace_end(text, k)
    return None if end < 0 else (text[k + 1 : end], end + 1)


def _skip_spaces(text: str, at: int) -> int:
    k = at
    while k < len(text) and text[k] in " \t":
        k += 1
    return k
