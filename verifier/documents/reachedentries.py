r"""Which numbered entries a link reaches, and the stated values of entries it does not (gaps69).

A worked example states values for several entries of one family ("$p_1 \approx 0.6652$, …, $p_3 \approx 0.0900$")
and later links use one of them: ``-\log p_2 = 1.4076``. The stated values a worked link is read at are chosen by
base name (documents.stated.value_hypotheses: p₂ reaches "p"), so p₃'s rounded 0.0900 came along, and
documents.exactslips, which calls a wrong number FAILED only where every input is exact, kept ``-\log p_2 =
0.4076`` (1.4076 with one digit changed) SKIPPED "p_3 is stated as a rounding". A value stated for an entry the link
never reaches, itself or through the notes' definitions, is no input of it.

This module owns that narrowing (:func:`reached_values`): the entries with whole-number subscripts the link writes,
followed through the notes' definitions in force (``\hat m_1 := \frac{m_1}{1 - \beta_1}``, ``m_1 := \beta_1 m_0 +
…``); a family written with a letter index (``z_i``, a sum over j), as a whole (``p``, ``\|w\|``) or through a
family's definition (``p_i := …``) reaches every entry of it, and a call of a function (``f(2)``) or a member that
does not parse leaves every value kept (the sound side: the values then decide nothing less than before).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, key_of

__all__ = ["reached_values"]


def _walk(tree: sp.Basic, keys: set[Key], whole: set[str]) -> None:
    """Add the names ``tree`` writes to ``keys`` (an entry with whole-number subscripts as itself) and the families
    it writes with another index to ``whole``."""
    if isinstance(tree, sp.Indexed):
        key = key_of(tree)
        if key is None:
            return
        if all(isinstance(i, sp.Integer) for i in tree.indices):
            keys.add(key)
        else:
            whole.add(key[0])
            for i in tree.indices:
                _walk(i, keys, whole)
        return
    if isinstance(tree, sp.Symbol):
        keys.add((tree.name, ()))
        return
    for arg in tree.args:
        if isinstance(arg, sp.Basic):
            _walk(arg, keys, whole)


def _trees(text: str, parse: Callable[[str], Any]) -> list[sp.Basic] | None:
    """The parsed ``text`` as trees (a matrix's entries), or None where it does not parse or calls a function (``f(2)``
    reaches f's body at a point: not followed here)."""
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - a member the grammar refuses: what it reaches is not known
        return None
    trees = list(tree) if isinstance(tree, sp.MatrixBase) else [tree] if isinstance(tree, sp.Basic) else None
    return None if trees is None or any(t.atoms(AppliedUndef) for t in trees) else trees


def _reached(texts: Sequence[str], scope: Any, parse: Callable[[str], Any]) -> tuple[set[Key], set[str]] | None:
    """The keys and the whole families ``texts`` reach through the definitions of ``scope``, or None (unknown)."""
    definitions = {k: e for k, e in getattr(scope, "names", {}).items() if isinstance(e, Definition)}
    keys: set[Key] = set()
    whole: set[str] = set()
    frontier, seen = set(texts), set(texts)
    while frontier:  # breadth first: the bodies of the names the last round reached
        bodies: set[str] = set()
        for text in frontier:
            if (trees := _trees(text, parse)) is None:
                return None
            before = set(keys)
            for t in trees:
                _walk(t, keys, whole)
            for key in keys - before:
                for k, e in definitions.items():
                    if not e.body or k[0] != key[0]:
                        continue
                    if k == key:
                        bodies.add(e.body)
                    elif k[1] and len(k[1]) == len(key[1]) and not all(i.isdigit() for i in k[1]):
                        whole.add(key[0])  # p_2 of a family's p_i := …: the family's body, with its index
                        bodies.add(e.body)
        frontier = bodies - seen
        seen |= bodies
    return keys, whole


def reached_values(hypotheses: Sequence[tuple[str, str]], texts: Sequence[str], scope: Any,
                   parse: Callable[[str], Any]) -> list[tuple[str, str]]:  # fmt: skip
    r"""``hypotheses`` (``("p_3 = 0.0900", where)``) without the values of entries with whole-number subscripts the
    link (its members ``texts``) does not reach (module docstring); all of them where what it reaches is unknown. May
    be empty: the link reaches none of the values stated (a closed form of the notes' definitions alone)."""
    found = _reached(texts, scope, parse)
    if found is None:
        return list(hypotheses)
    keys, whole = found
    kept = []
    for h in hypotheses:
        try:
            key = key_of(parse(h[0].split("=", 1)[0]))
        except Exception:  # noqa: BLE001 - a name the grammar refuses is kept
            key = None
        entry = key is not None and bool(key[1]) and all(i.isdigit() for i in key[1])
        if entry and key not in keys and key[0] not in whole and (key[0], ()) not in keys:  # type: ignore[index]
            continue
        kept.append(h)
    return kept
