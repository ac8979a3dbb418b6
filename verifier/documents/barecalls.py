r"""A built-in ML function written bare after the notes call it: ``CE`` is ``CE(y, \hat{y})``.

Notes define a loss by a call of a known function and then differentiate it by its name alone:
``CE(\mathbf{y}, \hat{\mathbf{y}}) = -\sum_i y_i \log \hat{y}_i``, then ``\frac{\partial CE}{\partial
\theta_k}``. The parser reads the bare ``CE`` after ``\partial`` as a name; with no definition of
that name, the step was read with ``CE`` an arbitrary function ("says what CE is", SKIPPED). A
reader takes the bare name for the value the notes wrote: the call at the arguments it was written
with. This module owns that reading: where every call of such a function before the member's line
has the same arguments, its bare name in the member is that call (reported with the step). With no
call, or calls at different arguments, the name is left alone.

Only the registry's multi-letter ML names count (softmax, sigmoid, logistic, ReLU, the cross-entropy
spellings): ``\sigma`` and ``\tanh`` written bare are as often a scale or a variable as the function."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.documents.readings import ParsedMember
from verifier.documents.resolve import ListMember
from verifier.latex import LatexError

__all__ = ["Call", "applied", "calls_in"]

_NAMES = ("softmax", "sigmoid", "logistic", "relu", "ce", "crossentropy", "cross_entropy")
_CALL = re.compile(
    r"(?:\\(?:operatorname|text|mathrm|textrm)\s*\{\s*(?P<wrapped>[A-Za-z_]+)\s*\}|(?<![\\A-Za-z])(?P<plain>[A-Za-z_]+))"
    r"\s*(?:\\left\s*)?\("
)

Call = tuple[int, str, str]  # (line, name as written, the call's LaTeX)


def _close(text: str, start: int) -> int | None:
    """Index just after the ``)`` matching the ``(`` at ``start``; None when it is not closed."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        elif text[k] in "$\n" and depth:
            return None
    return None


def calls_in(text: str) -> list[Call]:
    """Every call of a registry ML function in ``text``: (line, name, ``name(args)``)."""
    out: list[Call] = []
    for m in _CALL.finditer(text):
        name = m.group("wrapped") or m.group("plain")
        if name.lower() not in _NAMES:
            continue
        end = _close(text, m.end() - 1)
        if end is None:
            continue
        args = re.sub(r"\s+", " ", text[m.end() : end - 1]).strip()
        out.append((text.count("\n", 0, m.start()) + 1, name, f"{name}({args})"))
    return out


def applied(parsed: ParsedMember, line: int, calls: list[Call], parse: Callable[[str], sp.Basic]) -> ParsedMember:
    """``parsed`` with each bare registry name replaced by the one call the notes write of it on or
    before ``line`` (see the module docstring); unchanged when there is none."""
    tree = parsed.tree
    if isinstance(tree, ListMember) or not calls:
        return parsed
    bare = {s for s in tree.free_symbols if isinstance(s, sp.Symbol) and s.name.lower() in _NAMES}
    mapping: dict[sp.Basic, sp.Basic] = {}
    notes: list[str] = []
    for s in sorted(bare, key=str):
        written = {latex for at, name, latex in calls if at <= line and name.lower() == s.name.lower()}
        if len(written) != 1:
            continue
        (latex,) = written
        try:
            mapping[s] = parse(latex)
        except LatexError:  # a call that does not parse reads nothing
            continue
        notes.append(f"{s.name} written bare read as {latex} (the notes' call)")
    if not mapping:
        return parsed
    return replace(parsed, tree=tree.xreplace(mapping), readings=[*parsed.readings, *notes])
