r"""Where an integral ``\int … \,dy`` ends: its differential, found in the source text.

Notes on densities and exponential families write ``\int p(y)\,dy = 1`` and differentiate under
the integral sign (``\frac{\partial}{\partial\eta}\int p(y)dy = \int \frac{\partial}{\partial\eta}
p(y)\,dy``). TeX gives the integral no extent: the body is whatever stands between ``\int`` and the
differential ``dy``. This module owns that one decision, taken on the text before it is lexed, so
that the tokenizer can emit the body between brackets (an ``EXPECT`` token valued ``∫_y``, as
``\mathbb{E}[…]`` is emitted) and the grammar needs no new rule.

Only what is unambiguous is read; anything else keeps the old refusal ("an integral \int cannot be
checked"):

* an integral without bounds, or with both bounds written (``\int_a^b``, ``\int^b_a``, each bound a
  braced group, one command or one character: :func:`bounds`; what a definite integral means is decided
  by :mod:`verifier.documents.definiteintegrals`);
* a differential ``d<letter>``, ``d\theta``, ``\mathrm{d}y``, ``\text{d}y``, ``\operatorname{d}y``
  at the integral's own brace and bracket level, not glued to a letter before it (``\log dy`` would
  be a name) and followed by something that ends a name;
* no second ``\int`` before it (nested integrals pair their differentials from the inside out),
  and a body that is not empty;
* in a definite integral, the variable may carry one subscript of letters and digits (``d\theta_1``,
  ``dx_{12}``, fresh65): Thompson sampling's ``\int_0^1 2\theta_1 \cdot \theta_1 \, d\theta_1`` integrates
  over θ₁ (the variable is then ``theta_1``, and :func:`verifier.latex.build.definite_integral` binds the
  body's entry ``theta[1]``).

What the node means is decided in :mod:`verifier.documents.integrals`.
"""

from __future__ import annotations

import re

from verifier.latex.vocabulary import GREEK

__all__ = ["MARK", "bounds", "differential"]

#: the value of the EXPECT token that opens an integral (``∫_y``: the variable after ``_``)
MARK = "∫"

_UPRIGHT_D = re.compile(r"\\(?:mathrm|text|operatorname|mathit)\s*\{\s*d\s*\}")
_GREEK_VAR = re.compile(r"\\([a-zA-Z]+)")
_LIMITS = re.compile(r"\s*\\(?:no)?limits(?![a-zA-Z])")
_OPEN = "([{"
_CLOSE = ")]}"


def differential(s: str, k: int, j: int, subscripted: bool = False) -> tuple[int, int, str] | None:
    r"""The differential closing an integral whose body starts at ``k`` (text ``s[k:j]``):
    ``(start, end, variable)`` with the body ``s[k:start]`` and the text after it from ``end``;
    None when it is not found or not unambiguous (see the module docstring). ``subscripted``: the
    variable may carry a subscript (a definite integral's, ``d\theta_1``: ``theta_1``)."""
    m = _LIMITS.match(s, k, j)
    if s[m.end() if m else k : j].lstrip()[:1] in ("_", "^"):
        return None  # bounds: a definite integral (:func:`bounds`)
    depth = 0
    i = k
    while i < j:
        c = s[i]
        if c == "\\":
            if s.startswith("\\int", i) and not s[i + 4 : i + 5].isalpha():
                return None  # a nested integral: its differential may come first
            m = _UPRIGHT_D.match(s, i)
            if m and depth == 0:
                found = _variable(s, m.end(), j, subscripted)
                if found is not None:
                    return (i, *found) if s[k:i].strip() else None
            if s.startswith(("\\{", "\\}"), i):
                i += 2
                continue
            name = _GREEK_VAR.match(s, i)
            i = name.end() if name else i + 2
            continue
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth < 0:
                return None  # the integral sits inside a bracket that closes before any differential
        elif c == "d" and depth == 0 and not (i > k and s[i - 1].isalpha()):
            found = _variable(s, i + 1, j, subscripted)
            if found is not None:
                return (i, *found) if s[k:i].strip() else None
        i += 1
    return None


def bounds(s: str, k: int, j: int) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    r"""The two bounds written right after ``\int`` (whose name ends at ``k``): ``((lo_start, lo_end),
    (hi_start, hi_end), body_start)``, the text of each bound ``s[start:end]``; None unless both a
    subscript and a superscript are written (in either order, ``\limits`` allowed before them)."""
    i = _skip(s, k, j)
    if m := _LIMITS.match(s, k, j):
        i = _skip(s, m.end(), j)
    found: dict[str, tuple[int, int]] = {}
    while i < j and s[i] in "_^" and s[i] not in found:
        mark = s[i]
        span = _script(s, _skip(s, i + 1, j), j)
        if span is None:
            return None
        found[mark] = span[:2]
        i = _skip(s, span[2], j)
    if set(found) != {"_", "^"}:
        return None
    return found["_"], found["^"], i


def _skip(s: str, i: int, j: int) -> int:
    while i < j and s[i] in " \t\n":
        i += 1
    return i


def _script(s: str, i: int, j: int) -> tuple[int, int, int] | None:
    """A sub- or superscript's text at ``i``: (start, end, index after it); None when there is none."""
    if i >= j:
        return None
    if s[i] == "{":
        depth, n = 0, i
        while n < j:
            if s[n] == "\\":
                n += 2
                continue
            depth += {"{": 1, "}": -1}.get(s[n], 0)
            if depth == 0:
                return (i + 1, n, n + 1) if s[i + 1 : n].strip() else None
            n += 1
        return None
    if s[i] == "\\":
        m = _GREEK_VAR.match(s, i, j)
        return (i, m.end(), m.end()) if m else None
    return (i, i + 1, i + 1) if s[i].isalnum() else None


#: a differential's subscript of letters and digits: ``_1``, ``_i``, ``_{12}``
_SUBSCRIPT = re.compile(r"_\s*(?:\{\s*([A-Za-z0-9]+)\s*\}|([A-Za-z0-9]))")


def _variable(s: str, i: int, j: int, subscripted: bool = False) -> tuple[int, str] | None:
    """The variable of a differential whose ``d`` ends before ``i``: (index after it, its name); with
    ``subscripted``, a subscript of letters and digits is part of it (``theta_1``)."""
    while i < j and s[i] in " \t":
        i += 1
    if i < j and s[i].isascii() and s[i].isalpha():
        end, name = i + 1, s[i]
    else:
        m = _GREEK_VAR.match(s, i, j)
        if not m or m.group(1) not in GREEK:
            return None
        end, name = m.end(), m.group(1)
    if subscripted and (sub := _SUBSCRIPT.match(s, end, j)) is not None:
        end, name = sub.end(), f"{name}_{sub.group(1) or sub.group(2)}"
    rest = s[end:j].lstrip()
    if rest and (rest[0].isalnum() or rest[0] in "_^'({["):
        return None  # dy_i, dyz, dy(…): not a lone differential
    return end, name
