r"""The start of a recurrence: an entry the prose gives a value, which the recurrence does not relate.

Notes on an optimiser state the update ``\theta_t = \theta_{t-1} - \eta g_t`` and the start "at
$\theta_0 = 1$", then work a step: ``g_1 = 2\theta_0 = 2``. The one-side doubt of
:mod:`verifier.documents.guesses` leaves alone a family the notes define by a recurrence (``c_{t-1}``
of ``\partial c_t / \partial c_{t-1} = f_t``: the recurrence relates the entries, fresh18). But the
recurrence says nothing of the entry it starts from: ``\theta_0`` is what the prose states, and read
as an arbitrary entry the correct ``2\theta_0 = 2`` FAILED. This module owns that exception to the
exception: a family the step writes only at entries with numbers for indices, each one a name the
prose states a value for (:func:`verifier.documents.stated.stated_values`), is not related by its
recurrence, so the step is SKIPPED like any equation that writes a stated name on one side only.

The start also says how the family is indexed (:func:`stated_starts`): "From $w_0 = 0$" then
``w_1 = 0 - 0.1 \cdot (-6) = 0.6`` writes only ``w_1``, so the family was built indexed from 1 and the stated
``w_0 = 0`` — the hypothesis the worked line is read under — was "index 0 is outside 1..3 for w": every such step
SKIPPED, a wrong iterate too (lead65). An entry 0 the prose states above is an entry the chain's family has.

Not where the step fails at the values stated, though (:func:`fails_at_stated`): SKIPPED for "no identity
for every value", ``\theta_1 = \theta_0 - 0.1 \cdot 2 = 0.9`` after "start at $\theta_0 = 1$" was no
longer caught (FAILED at θ₀ = 1 before), nor ``\theta_0 - 2\eta\theta_0 = (1 - 3\eta)\theta_0``, a symbolic
step wrong at every start, in a problem after the one that states θ₀ (review35b). Each name the step writes
is given the value the prose last states for it above the step (a name stated nowhere above leaves the step
SKIPPED), and a step whose sides then differ by a number is FAILED at the notes' own values.

And where the recurrence is unfolded (documents.recurrence), the start is where the unfolding stops: notes
state momentum "with $v_0 = 0$" and unroll ``v_3 = \beta(\beta v_1 + g_2) + g_3 = \beta^2 g_1 + \beta g_2 + g_3``.
Read down to the lowest entry the chain writes, v_1 was a free value and the right step FAILED (fresh54); it is
``g_1`` only because the notes start from 0. :func:`stated_start` gives the entry below a numbered floor whose
value the prose states above the chain, so the chain is read unfolded down to it, with its value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.sizeorder import section_of
from verifier.documents.stated import stated_values
from verifier.latex import LatexError

__all__ = [
    "every_entry",
    "fails_at_stated",
    "recurrence_inputs",
    "stated_start",
    "stated_start_only",
    "stated_starts",
]


@functools.lru_cache(maxsize=8)
def _stated_names(text: str) -> frozenset[str]:
    return frozenset(name for name, _, _ in stated_values(text))


@functools.lru_cache(maxsize=8)
def _stated_before(text: str, line: int) -> dict[str, str]:
    """Each name the prose states a value for up to ``line``, the last value stated (a later problem's own)."""
    return {name: number for name, number, at in stated_values(text) if at <= line}


def fails_at_stated(trees: Sequence[sp.Basic], text: str, parse: Callable[[str], sp.Basic], line: int) -> bool:
    """Do the step's two sides ``trees`` (at ``line``) differ by a nonzero number once every name they write is
    given the value the prose of ``text`` last states for it above (module docstring)? False where a name is
    left unvalued."""
    if len(trees) != 2 or not all(isinstance(t, sp.Expr) for t in trees):
        return False
    values: dict[str, sp.Basic] = {}
    for name, number in _stated_before(text, line).items():
        try:
            values[str(parse(name))] = sp.nsimplify(sp.Float(number.replace(" ", "")), rational=True)
        except (LatexError, ValueError, TypeError):
            continue
    if any(isinstance(t, sp.MatrixBase) for t in trees):
        return False  # a worked vector, ``w_0 + y_1 x_1 = (1, 2)``: no number to differ by (and no sum to take)
    diff = trees[0] - trees[1]
    atoms = diff.atoms(sp.Indexed) | {s for s in diff.free_symbols if not any(s in i.free_symbols
                                                                           for i in diff.atoms(sp.Indexed))}
    at = {a: values[str(a)] for a in atoms if str(a) in values}
    try:
        left = diff.xreplace(at)
        if left.free_symbols or left.atoms(sp.Indexed, sp.Function) - left.atoms(sp.exp, sp.log):
            return False
        value = abs(complex(sp.N(left)))
    except (TypeError, ValueError, ArithmeticError):
        return False
    scale = 1.0
    for t in trees:
        try:
            scale = max(scale, abs(complex(sp.N(t.xreplace(at)))))
        except (TypeError, ValueError, ArithmeticError):
            continue  # a side with a name left (x + 1 on both): the difference alone is the number
    return value > 1e-9 * scale


def stated_start_only(trees: Sequence[sp.Basic], family: str, text: str,
                      parse: Callable[[str], sp.Basic], line: int | None = None) -> bool:  # fmt: skip
    """Does every entry of ``family`` the step's ``trees`` write have number indices and a value the
    prose of ``text`` states (up to ``line``, the step's: a later problem's start is not this one's; and
    is at least one written)?"""
    entries = {a for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed) if str(a.base.label) == family}
    if not entries or not all(i.is_number for a in entries for i in a.indices):
        return False
    stated: set[str] = set()  # by what they print: the step's IndexedBase carries the shape inference gave it
    for name in _stated_names(text) if line is None else _stated_before(text, line):
        try:
            stated.add(str(parse(name)))
        except LatexError:
            continue
    return {str(a) for a in entries} <= stated


def stated_start(text: str, line: int, name: str, floor: sp.Basic, depth: int,
                 parse: Callable[[str], sp.Basic]) -> tuple[int, sp.Basic] | None:  # fmt: skip
    """The start of the family ``name`` below a numbered ``floor`` (the lowest entry a chain at ``line``
    writes): the highest entry below it, at most ``depth`` below, whose value the prose of ``text`` states above
    the chain (``$v_0 = 0$``), with that value; None where the floor is no number or no such value is stated."""
    if not (isinstance(floor, sp.Integer)):
        return None
    best: tuple[int, sp.Basic] | None = None
    for stated, number in _stated_before(text, line).items():
        try:
            tree = parse(stated)
            value = sp.nsimplify(sp.Float(number.replace(" ", "")), rational=True)
        except (LatexError, ValueError, TypeError):
            continue
        if not (isinstance(tree, sp.Indexed) and str(tree.base.label) == name and len(tree.indices) == 1
                and isinstance(tree.indices[0], sp.Integer)):  # fmt: skip
            continue
        k = int(tree.indices[0])
        if int(floor) - depth <= k < int(floor) and (best is None or k > best[0]):
            best = (k, value)
    return best


_ZEROTH = re.compile(r"^(\\?[A-Za-z]+)\s*_\s*\{?\s*0\s*\}?$")


def stated_starts(members: Sequence[str], values: Sequence[tuple[str, str, int]], line: int,
                  recurrences: Mapping[str, Any], lines: Sequence[str] = ()) -> list[str]:  # fmt: skip
    r"""The entries 0 (``w_0``) the prose states a value for above ``line`` (``values``: name, number, line) of the
    families the ``members`` (as written) write at a numbered or a symbolic subscript (``w_1``, ``w_{t+1}``), or
    that the recurrence of such a family reads (``v`` of ``\theta_{t+1} = \theta_t - \eta v_{t+1}``): written
    beside the members, they tell the shapes' inference that the family is indexed from 0."""
    out: list[str] = []
    # stated in a section holding the line (``lines``: the notes' lines; another problem's w_0 says nothing here)
    held = [v for v in values if v[2] <= line and (not lines or (s := section_of(lines, v[2]))[0] <= line <= s[1])]
    zeroth = [(m.group(1), name) for name, _, at in held if (m := _ZEROTH.match(name.strip()))]
    if not zeroth:
        return out
    written = {letter for letter, _ in zeroth if _writes_entry(letter, members)}
    for letter in list(written):
        rec = recurrences.get(letter.lstrip("\\"))
        if rec is not None and rec.line < line:
            read = {str(a.base.label) for a in rec.body.atoms(sp.Indexed)}
            written |= {other for other, _ in zeroth if other.lstrip("\\") in read}
    for letter, name in zeroth:
        if letter in written and name not in out:
            out.append(name)
    return out


def _writes_entry(letter: str, members: Sequence[str]) -> bool:
    written = re.compile(re.escape(letter) + r"(?![A-Za-z])\s*_\s*(?:\{\s*)?[A-Za-z0-9]")
    return any(written.search(src) for src in members)


def recurrence_inputs(recurrences: Mapping[str, Any], trees: Sequence[object], line: int) -> set[str]:
    r"""The names the recurrences (``recurrences``: family -> :class:`~verifier.documents.recurrence.Recurrence`)
    defined above ``line`` compute an entry from, for each family the ``trees`` write at an entry (``w_1``): the
    update rule's step size and functions (``\eta``, ``f`` of ``w_{t+1} = w_t - \eta f'(w_t)``). A worked entry is
    computed from them, so their stated values are the step's as much as those of the names it writes — and those
    of a rule whose family a rule of theirs reads (momentum's β: ``\theta_{t+1} = \theta_t - \eta v_{t+1}`` reads
    ``v_{t+1} = \beta v_t + \nabla f(\theta_t)``; documents.coupledworked)."""
    todo = [str(a.base.label) for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed)]
    seen: set[str] = set()
    out: set[str] = set()
    while todo:
        name = todo.pop()
        rec = recurrences.get(name)
        if name in seen or rec is None or rec.line >= line:
            continue
        seen.add(name)
        todo += [str(a.base.label) for a in rec.body.atoms(sp.Indexed)]
        out |= {str(s) for s in rec.body.free_symbols if not isinstance(s, sp.Indexed)} - {str(rec.param)}
        out |= {f.func.__name__ for f in rec.body.atoms(AppliedUndef)}
        # a family the rule reads and no rule computes (g of θ_{t+1} = θ_t - η g_t): its stated entries (every_entry)
        out |= {str(a.base.label) for a in rec.body.atoms(sp.Indexed)} - set(recurrences)
    return out


_AT_LETTER = re.compile(r"^(\\?[A-Za-z]+)\s*_\s*\{?\s*([A-Za-z])\s*\}?$")


def every_entry(stated: Sequence[tuple[str, str, int]], recurrences: Mapping[str, Any], trees: Sequence[object],
                line: int) -> list[tuple[str, str, int]]:  # fmt: skip
    r"""The entries a value stated at a recurrence's own index letter gives (``stated``: name, number, line): "the
    gradient is constant, $g_t = 1$" beside ``\theta_{t+1} = \theta_t - \eta g_t`` states ``g_0 = 1``, ``g_1 = 1``,
    … — every entry the rule reads for the worked entries the ``trees`` write (up to their highest number index).
    Only for a family a rule in force above ``line`` reads at exactly its letter, that no rule computes, that the
    prose does not give that letter a value of its own (``t = 3``), and at an entry not stated by number already."""
    top = max((int(i) for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed)
               if str(a.base.label) in recurrences for i in a.indices if isinstance(i, sp.Integer)), default=None)
    if top is None or top > 12:
        return []
    numbered = {re.sub(r"[\s{}]", "", name) for name, _, _ in stated}
    out: list[tuple[str, str, int]] = []
    for name, number, at in stated:
        m = _AT_LETTER.match(name.strip())
        if m is None or at > line or m.group(2) in numbered:
            continue
        family, letter = m.group(1), m.group(2)
        if family.lstrip("\\") in recurrences or not any(
                rec.line < line and str(rec.param) == letter and any(
                    str(a.base.label) == family.lstrip("\\") and a.indices == (rec.param,)
                    for a in rec.body.atoms(sp.Indexed)) for rec in recurrences.values()):  # fmt: skip
            continue
        out += [(f"{family}_{k}", number, at) for k in range(top + 1)
                if re.sub(r"[\s{}]", "", f"{family}_{k}") not in numbered]  # fmt: skip
    return out
