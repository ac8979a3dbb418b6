r"""Names the notes state to take one of two values: ``$y_i \in \{0, 1\}$``, ``$\mathbf{t} \in \{0,1\}^n$``.

Classification notes state 0/1 labels and then use what only such labels satisfy: ``\sum_{i: y_i = 1} x_i =
\sum_i y_i x_i``, ``y^2 = y``, ``y(1 - y) = 0``. Read with the label a real number such a step fails, though it
holds for every label the notes allow: FAILED there is a false alarm. This module owns that reading, the
counterpart of documents.signlabels (which owns ±1): :func:`finite_reading` finds the names the notes state to
lie in a set of two numbers (other than ±1), scoped to the chain's part as the ±1 labels are, and
:func:`as_values` rewrites a member with each of them (a name or an entry of it) as a where it is negative and b
elsewhere, so that at the sampled points it takes exactly the values a and b.

The reading only keeps a step from FAILED; it never makes one green. A planted "wrong power" (``y^2`` written
for ``y``) holds for 0/1 labels just as the notes' own shortcut does, so a step that holds only under the stated
values is SKIPPED with the reason (:func:`held_only`): "holds only because y ∈ {0, 1}". A step wrong at the
stated values too stays FAILED. It is one of the readings a FAILED step is checked again under
(documents.meanings; the verdict in documents.doubts).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import sympy as sp

from verifier.documents.mathspans import formulas
from verifier.documents.partscope import OTHER
from verifier.documents.rebuild import replaced
from verifier.documents.signlabels import label_atoms, scoped_signs

__all__ = ["as_values", "finite_reading", "held_only", "stated_values"]

_NUMBER = r"-?\s*\d+(?:\.\d+)?"
# y, y_i, y_{ij}, \mathbf{y}, \boldsymbol{t}, t^{(i)}: one letter and its index or sample label
_WHO = (r"(?<![\\A-Za-z])(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([A-Za-z])\s*\}?"
        r"\s*(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9])|\^\s*\{\s*\(\s*[a-z]\s*\)\s*\})*")
# y_i \in \{0, 1\}, t \in \{0,1\}^n, s \in \lbrace 1, 2 \rbrace: two numbers, no dots (a range is an index's)
_TWO = re.compile(_WHO + rf"\s*\\in\s*(?:\\\{{|\\lbrace)\s*({_NUMBER})\s*,\s*({_NUMBER})\s*(?:\\\}}|\\rbrace)")
# any other statement of a set for the name (y \in \mathbb{R}) ends the two values from there
_ANY = re.compile(_WHO + r"\s*\\in(?![A-Za-z])")

#: the note of the reading: the names with their values and the line stating them (one line for all)
_NOTE = "{values}, the only values line {line} allows"
_NOTE_FOUND = re.compile(r"(.+?), the only values line (\d+) allows")


@functools.lru_cache(maxsize=32)
def _statements(text: str) -> tuple[tuple[str, int, tuple[sp.Rational, sp.Rational]], ...]:
    """Each name the formulas of ``text`` state to lie in two numbers, with the offset of its latest statement
    and the two values, in order; a later statement of another set for the name ends it."""
    out: dict[str, tuple[int, tuple[sp.Rational, sp.Rational]]] = {}
    for f in formulas(text):
        two = {m.start(): m for m in _TWO.finditer(f.body)}
        for n in _ANY.finditer(f.body):
            m = two.get(n.start())
            if m is None:
                out.pop(n.group(1), None)
                continue
            a, b = (sp.Rational(re.sub(r"\s", "", m.group(k))) for k in (2, 3))
            if a == b or {a, b} == {-1, 1}:  # ±1 labels are documents.signlabels'
                out.pop(n.group(1), None)
                continue
            out[n.group(1)] = (f.start, (min(a, b), max(a, b)))
    return tuple((name, at, values) for name, (at, values) in out.items())


def stated_values(text: str) -> dict[str, tuple[sp.Rational, sp.Rational]]:
    r"""The names ``text`` states to lie in a set of two numbers (``y_i \in \{0, 1\}``), each with its values."""
    return {name: values for name, _, values in _statements(text)}


def _offsets(text: str) -> dict[str, int]:
    return {name: at for name, at, _ in _statements(text)}


def finite_reading(lines: list[str], last: int,
                   writes: Callable[[str], bool]) -> tuple[dict[str, tuple[sp.Rational, sp.Rational]], str]:
    """The two-valued names a chain (its members' last line ``last``) is read with, stated in its part or the
    setup of a part enclosing it (documents.partscope, as the ±1 labels are), and the reading's note; or
    ({}, ""). ``writes``: does the chain write the name?"""
    scoped = {n: at for n, (at, how) in scoped_signs(lines, last, _offsets).items() if how != OTHER and writes(n)}
    if not scoped:
        return {}, ""
    values = stated_values("\n".join(lines[: last + 1]))
    names = {n: values[n] for n in scoped}
    said = ", ".join(f"{n} ∈ {{{', '.join(str(v) for v in names[n])}}}" for n in sorted(names))
    return names, _NOTE.format(values=said, line=max(scoped.values()))


def as_values(tree: sp.Basic, names: dict[str, tuple[sp.Rational, sp.Rational]]) -> sp.Basic:
    """``tree`` with each name of ``names`` (or entry of one) read as one of its two values (a where it is negative, b
    elsewhere). A derivative by one of them is left as written (its variable must stay a name)."""
    mapping: dict[sp.Basic, sp.Basic] = {}
    values: dict[sp.Basic, tuple[sp.Rational, sp.Rational]] = {}
    for atom in label_atoms(tree, set(names)):
        base = str(atom.base.label) if isinstance(atom, sp.Indexed) else atom.name
        values[atom] = names.get(base) or names[base.split("_")[0]]
        a, b = values[atom]
        # exact (y/|y| may miss 1 in floats), and b at y = 0 as the condition |y| = y below says
        mapping[atom] = a + (b - a) * (1 + sp.sign(sp.sign(atom) + sp.Rational(1, 2))) / 2
    for rel in tree.atoms(sp.Eq, sp.Ne):  # \sum_{i: y_i = 1}: the condition on the value, kept unevaluated
        atom, other = (rel.lhs, rel.rhs) if rel.lhs in values else (rel.rhs, rel.lhs)
        if atom in values and other.is_number:
            a, b = values[atom]
            # |y| = y (or -y): SymPy takes Eq(sign(y), 1) of a vector's entry for False before it has a value
            side = atom if other == b else -atom
            held = sp.Eq(sp.Abs(atom), side, evaluate=False) if other in (a, b) else sp.false
            mapping[rel] = held if isinstance(rel, sp.Eq) else sp.Not(held, evaluate=False)
    return replaced(tree, mapping) if mapping else tree


def held_only(note: str) -> str | None:
    """The reason a step green only under this module's reading (its ``note``) is SKIPPED, or None for another
    reading's note."""
    found = _NOTE_FOUND.search(note)
    if found is None:
        return None
    return (f"holds only because {found.group(1)} (as line {found.group(2)} states), not for every value: a step "
            f"that holds only so is not shown right (a power such as y^2 written for y holds there too)")
