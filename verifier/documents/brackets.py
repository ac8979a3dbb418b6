r"""The bracket a member left out: a stray ``)`` whose ``(`` was forgotten, or a ``(`` never closed.

Handwritten notes lose brackets: ``-\sum_{i=1}^n y_i\log(p_i) + (1-y_i)\log(1-p_i))`` closes a
bracket that was never opened (the author meant the sum to cover both terms). The grammar rightly
refuses such a member; this module owns the *reading* a reader of the notes makes instead, and
nothing else: put the missing bracket back where a term starts, and keep the repair only when it
is not in doubt.

Where the missing bracket may go: for a stray ``)``, at the start of a term before it at its own
depth (the start of the member, after a top-level ``+``/``-``, or right after the limits of a
``\sum``/``\prod``); for an unclosed ``(``, at the end of a term after it at its depth (before a
``+``/``-`` at that depth, or at the end of the member). Every other place would pair existing
brackets differently, or make the new bracket an argument of the function before it.

When it is kept: every place that parses is tried; a reading that leaves a summation index outside
its sum (``\sum_i a_i + b_i`` with ``b_i``'s ``i`` free) is not what anybody means and is dropped;
the repair is used only when the readings left are one and the same tree. Otherwise the member
stays unreadable (the grammar's own message), never a guess. The reading is reported with the step.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from verifier.latex import LatexError
from verifier.latex.vocabulary import MAX_SOURCE_CHARS

__all__ = ["REPAIR", "restore_bracket"]

#: how every reading of this module starts (a definition step reports it: documents.steps)
REPAIR = "a bracket the notes left out is read back in"

_STRAY = re.compile(r"^'\)' closes no bracket$")
_UNCLOSED = re.compile(r"^missing '\)' for the '\(' at column \d+$")
_BIG = re.compile(r"\\(?:sum|prod)(?![A-Za-z])")
_LIMIT = re.compile(  # one limit of a \sum: \limits, _{…} (one level of nested braces), ^n, _\alpha
    r"\s*(?:\\(?:no)?limits(?![A-Za-z])|[_^]\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[A-Za-z0-9]))"
)
MAX_PLACES = 24  # a member has few term starts; a cap keeps a pathological one cheap
MAX_OPS = 300  # readings compared by expansion only up to this size (larger ones: not shown equal)


def _depths(text: str) -> list[int]:
    """The bracket depth before each character (parentheses, brackets and braces alike; ``\\{``
    counts as a brace; a backslash command's letters never count)."""
    out: list[int] = []
    depth = 0
    k = 0
    while k < len(text):
        c = text[k]
        if c == "\\" and k + 1 < len(text) and text[k + 1] in "{}":
            out += [depth, depth]
            depth += 1 if text[k + 1] == "{" else -1
            k += 2
            continue
        out.append(depth)
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        k += 1
    return out


def _big_word(text: str) -> slice:
    r"""The last ``\sum``/``\prod`` word of ``text`` (to name it in a reading)."""
    found = list(_BIG.finditer(text))
    return slice(found[-1].start(), found[-1].end()) if found else slice(0, 0)


def _binary(text: str, k: int) -> bool:
    """Is the sign at ``k`` a binary operator? A leading sign, or one after a bracket or another
    operator, belongs to the term it precedes (``-(a - b)`` is not a place a term starts)."""
    before = text[:k].rstrip()
    return bool(before) and before[-1] not in "({[+-*/=,^_&" and not before.endswith(("\\cdot", "\\times"))


def _starts(text: str, stop: int, depth: int, depths: list[int]) -> list[int]:
    r"""Term starts before ``stop`` at ``depth``: after a ``+``/``-``, after ``\sum`` limits, and
    where the stretch at that depth begins (the member's start, or just inside a bracket)."""
    places: set[int] = set()
    first = max((k + 1 for k in range(stop) if depths[k] < depth), default=0)
    places.add(first)
    for k in range(first, stop):
        if depths[k] == depth and text[k] in "+-" and _binary(text, k):
            places.add(k + 1)
    for m in _BIG.finditer(text, first, stop):
        end = m.end()
        while (lim := _LIMIT.match(text, end)) is not None:
            end = lim.end()
        if end < stop and depths[m.start()] == depth:
            places.add(end)
    return sorted(places)


def _ends(text: str, start: int, depth: int, depths: list[int]) -> list[int]:
    """Term ends after ``start`` inside the stretch at ``depth`` (before a ``+``/``-`` at that depth,
    and where the stretch ends: the member's end or the bracket that closes it)."""
    places: set[int] = set()
    last = next((k for k in range(start, len(text)) if depths[k] < depth), len(text))
    places.add(last)
    for k in range(start, last):
        if depths[k] == depth and text[k] in "+-" and _binary(text, k):
            places.add(k)
    return sorted(places)


def _dangling(tree: sp.Basic) -> bool:
    """Does an index bound by a sum or product also appear outside it?"""
    bound = {lim[0] for s in tree.atoms(sp.Sum, sp.Product) for lim in s.limits}
    return bool(bound & tree.free_symbols)


def _unclosed(text: str) -> int | None:
    """The one ``(`` left open at the end of ``text`` when every other bracket pairs (else None)."""
    stack: list[int] = []
    k = 0
    while k < len(text):
        if text[k] == "\\":
            k += 2
            continue
        if text[k] in "({[":
            stack.append(k)
        elif text[k] in ")}]":
            if not stack:
                return None
            stack.pop()
        k += 1
    return stack[0] if len(stack) == 1 and text[stack[0]] == "(" else None


def _candidates(text: str, error: str) -> list[tuple[str, str]]:
    """(repaired text, where the bracket went) for every place the brackets allow."""
    depths = _depths(text)
    if _STRAY.match(error):
        stray = next((k for k, c in enumerate(text) if c == ")" and depths[k] == 0), None)
        if stray is None:
            return []
        out = []
        for p in _starts(text, stray, 0, depths):
            before = text[:p].rstrip()
            if not before:
                where = "at the start of the member"
            elif before[-1] in "+-":
                where = f"after the '{before[-1]}' at column {len(before)}"
            else:
                where = f"after the limits of the {before[_big_word(before)]}"
            out.append((text[:p] + "(" + text[p:], f"'(' {where}"))
        return out
    if not _UNCLOSED.match(error):
        return []
    opener = _unclosed(text)
    if opener is None:
        return []
    inner = depths[opener] + 1
    out = []
    for p in _ends(text, opener + 1, inner, depths):
        if p <= opener + 1:
            continue
        where = "at the end of the member" if not text[p:].strip() else f"before the '{text[p]}' at column {p + 1}"
        out.append((text[:p] + ")" + text[p:], f"')' {where}"))
    return out


def _shape(tree: sp.Basic) -> sp.Basic:
    """The tree with its dummies renamed, so two parses of one reading compare equal."""
    dummies = sorted(tree.atoms(sp.Dummy), key=str)
    return tree.xreplace({d: sp.Symbol(f"_dummy{k}") for k, d in enumerate(dummies)})


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    """One reading: the same tree, or two trees that differ only in how a sign is bracketed
    (``-(a - b)`` and ``-a + b``)."""
    a, b = _shape(a), _shape(b)
    if a == b:
        return True
    if sp.count_ops(a) + sp.count_ops(b) > MAX_OPS:  # expanding (a + b)^{40} is no way to compare readings
        return False
    try:
        return sp.expand(a - b) == 0
    except (TypeError, ValueError, AttributeError, NotImplementedError):  # SymPy refuses some trees: not shown equal
        return False


def restore_bracket(
    latex: str, parse: Callable[[str], sp.Basic], error: LatexError
) -> tuple[str, sp.Basic, str] | None:
    """The member with its missing bracket put back (text and tree), and the reading to report;
    ``None`` when ``error`` is not a lone missing bracket or where it goes is in doubt (or the member is
    longer than the parser reads: no candidate could be read, and walking megabytes cost the note its budget)."""
    if len(latex) > MAX_SOURCE_CHARS:
        return None
    candidates = _candidates(latex, getattr(error, "message", str(error)))
    if not candidates or len(candidates) > MAX_PLACES:
        return None
    kept: list[tuple[str, sp.Basic, str]] = []
    for text, where in candidates:
        try:
            tree = parse(text)
        except LatexError:
            continue
        if not isinstance(tree, sp.Basic) or _dangling(tree):
            continue
        kept.append((text, tree, where))
    if not kept or any(not _same(tree, kept[0][1]) for _, tree, _ in kept[1:]):
        return None
    wheres = list(dict.fromkeys(w for _, _, w in kept))
    why = "the only place it fits" if len(wheres) == 1 else "every place it fits reads the same"
    return kept[0][0], kept[0][1], f"{REPAIR}: {wheres[0]} ({why})"
