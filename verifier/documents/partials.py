r"""The shorthand ``\partial_j`` for ``\frac{\partial}{\partial\theta_j}``, as the notes introduce it.

Homework solutions and lecture notes save ink with "I'll use the notation $\partial_j$ for
$\frac{\partial}{\partial\theta_j}$" and then write ``-\partial_j(mJ)``, ``\partial_k\partial_j J`` or
``\partial_{jk} J``. Parsed alone, ``\partial_j`` is a derivative by the index ``j``, which has no
meaning. This module owns the reading of that shorthand, and only where the notes state it:

* :func:`stated_partials` finds the statement in the prose (or in one formula,
  ``$\partial_j = \frac{\partial}{\partial \theta_j}$``, or with a slash, ``$\partial_j = \partial / \partial w_j$``):
  the variable ``\theta`` and the line;
* :func:`expand_partials` rewrites ``\partial_j``, ``\partial_{jk}`` in a formula on a later line to
  ``\frac{\partial}{\partial \theta_j}`` (one operator per index letter, innermost last as written).
  The shorthand is a family: once ``\partial_j`` is stated, ``\partial_k`` is the same notation with
  another index, so any index letter (``i j k l m n p q r`` and the stated one) is read so; a
  subscript that is not an index letter (``\partial_x f``, the partial by ``x``) is left as it is.

Where the notes state nothing, ``\partial_i J`` right before a function the notes define with one
parameter (``J(w) = …``) is the partial by entry ``i`` of that parameter (:func:`implied_partials`):
the only variable ``J`` has. Before any other name the shorthand stays unread.

The reading is reported with each step that uses it (:func:`note`, :func:`implied_note`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from verifier.latex.vocabulary import INDEX_LETTERS

__all__ = ["StatedPartial", "expand_partials", "implied_note", "implied_partials", "note", "stated_partials"]

# the variable of the derivative: θ, \theta, \mathbf{w}, \boldsymbol{\theta}, w
_VAR = r"(?P<var>\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
_SHORT = r"\\partial_\{?\s*(?P<j>[a-z])\s*\}?"
_LONG = r"\\frac\s*\{\s*\\partial\s*\}\s*\{\s*\\partial\s*" + _VAR + r"\s*_\{?\s*(?P=j)\s*\}?\s*\}"
_LONG_FIRST = _LONG.replace("(?P=j)", "(?P<j>[a-z])")
# the slash form an inline formula writes: \partial / \partial w_j (fresh54)
_SLASH = r"\\partial\s*/\s*\\partial\s*" + _VAR + r"\s*_\{?\s*(?P=j)\s*\}?"
_WORDS = r"for|denote[sd]?|to mean|means|stands? for|as(?: a)?(?: shorthand)?(?: for)?|is"
_CONNECT = r"[^$]{0,40}?\b(?:" + _WORDS + r")\b[^$]{0,20}?"
_STATEMENTS = (
    # "the notation $\partial_j$ for $\frac{\partial}{\partial\theta_j}$"
    re.compile(r"\$\s*" + _SHORT + r"\s*\$" + _CONNECT + r"\$\s*" + _LONG + r"\s*[,.;]?\s*\$"),
    # "we write $\frac{\partial}{\partial\theta_j}$ as $\partial_j$"
    re.compile(
        r"\$\s*" + _LONG_FIRST + r"\s*[,.;]?\s*\$[^$]{0,40}?\b(?:as|by)\b[^$]{0,10}?\$\s*"
        r"\\partial_\{?\s*(?P=j)\s*\}?\s*[,.;]?\s*\$"
    ),
    # "$\partial_j = \frac{\partial}{\partial\theta_j}$" (or :=, \equiv) in one formula
    re.compile(r"\$\s*" + _SHORT + r"\s*(?::=|=|\\equiv|\\coloneqq|\\triangleq)\s*" + _LONG + r"\s*[,.;]?\s*\$"),
    # "$\partial_j = \partial / \partial w_j$": the same with a slash
    re.compile(r"\$\s*" + _SHORT + r"\s*(?::=|=|\\equiv|\\coloneqq|\\triangleq)\s*" + _SLASH + r"\s*[,.;]?\s*\$"),
)
_USE = re.compile(r"\\partial_(?:\{\s*(?P<many>[a-z](?:\s*,?\s*[a-z])*)\s*\}|(?P<one>[a-z]))(?![A-Za-z])")


@dataclass(frozen=True)
class StatedPartial:
    """``\\partial_j`` means the partial by entry ``j`` of ``variable`` from ``line`` on."""

    variable: str  # as written: \theta, w, \mathbf{w}
    letter: str  # the index letter of the statement (j)
    line: int


def stated_partials(text: str) -> list[StatedPartial]:
    """Every statement of the shorthand in the notes, in order of their lines."""
    found: list[StatedPartial] = []
    for pattern in _STATEMENTS:
        for m in pattern.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append(StatedPartial(m.group("var").strip(), m.group("j"), line))
    return sorted(set(found), key=lambda s: s.line)


def _in_force(stated: list[StatedPartial], line: int) -> StatedPartial | None:
    """The latest statement made before ``line`` (a formula on the statement's own line uses it too)."""
    before = [s for s in stated if s.line <= line]
    return before[-1] if before else None


def expand_partials(latex: str, stated: list[StatedPartial], line: int) -> tuple[str, StatedPartial | None]:
    """``latex`` with the shorthand written out, and the statement used (None: nothing rewritten)."""
    s = _in_force(stated, line)
    if s is None or "\\partial_" not in latex:
        return latex, None
    letters = set(INDEX_LETTERS) | {s.letter}
    used = False

    def operators(m: re.Match[str]) -> str:
        nonlocal used
        subs = [c for c in (m.group("many") or m.group("one")) if c.isalpha()]
        if not subs or any(c not in letters for c in subs):
            return m.group(0)
        used = True
        # \partial_{jk} f: ∂/∂θ_j ∂/∂θ_k f (the order of two partials of a smooth function is free)
        return "".join(r"\frac{\partial}{\partial " + s.variable + "_{" + c + "}}" for c in subs)

    out = _USE.sub(operators, latex)
    return (out, s) if used else (latex, None)


def note(s: StatedPartial) -> str:
    """The reading, as reported with a step."""
    long = f"\\frac{{\\partial}}{{\\partial {s.variable}_{s.letter}}}"
    return f"\\partial_{s.letter} read as {long}, as the notes say (line {s.line})"


_BEFORE_NAME = re.compile(
    r"\\partial_(?:\{\s*(?P<many>[a-z](?:\s*,?\s*[a-z])*)\s*\}|(?P<one>[a-z]))"
    r"\s*(?P<name>\\mathcal\s*\{\s*[A-Z]\s*\}|\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])"
)


def _key_name(written: str) -> str:
    r"""The name a definition is keyed by: ``\ell`` → ell, ``\mathcal{L}`` → Lcal."""
    m = re.fullmatch(r"\\mathcal\s*\{\s*([A-Z])\s*\}", written)
    return m.group(1) + "cal" if m else written.lstrip("\\")


def implied_partials(latex: str, params_of: Callable[[str], tuple[str, ...] | None]) -> tuple[str, list[str]]:
    """``\\partial_i J`` with ``J(w)`` defined: ``\\frac{\\partial}{\\partial w_{i}} J``; the
    readings used (empty: nothing rewritten). ``params_of(name)``: the parameters of the function the
    notes define under that name, or None."""
    notes: list[str] = []

    def operators(m: re.Match[str]) -> str:
        subs = [c for c in (m.group("many") or m.group("one")) if c.isalpha()]
        params = params_of(_key_name(m.group("name")))
        if not subs or any(c not in INDEX_LETTERS for c in subs) or params is None or len(params) != 1:
            return m.group(0)
        (p,) = params
        if not p.isalpha():
            return m.group(0)
        p = p if len(p) == 1 else "\\" + p  # theta → \theta
        notes.append(implied_note(m.group("name"), p, subs))
        ops = "".join(r"\frac{\partial}{\partial " + p + "_{" + c + "}}" for c in subs)
        return ops + " " + m.group("name")

    out = _BEFORE_NAME.sub(operators, latex)
    return out, notes


def implied_note(name: str, param: str, subs: list[str]) -> str:
    """The reading of an unstated shorthand, as reported with a step."""
    index = "".join(subs)
    entries = f"entry {subs[0]}" if len(subs) == 1 else f"entries {', '.join(subs)}"
    return (f"\\partial_{{{index}}} {name} read as the partial by {entries} of {param}, "
            f"the only parameter of the notes' function {name}")  # fmt: skip
