r"""The blind spot of binary sample points: a periodic function of a huge power-of-two multiple.

Sample points are floating-point numbers, that is binary fractions ``m \cdot 2^{e}`` with a 53-bit m, and
the ball and mpmath stages take them exactly. So ``2^{300} x`` is an even integer at every sample, and
``\sin(2^{300}\pi x)``, ``\cos(2^{300}\pi x) - 1``, ``\lfloor 2^{300} x\rfloor - 2^{300} x`` are exactly 0
there, at any precision, though not at x = 1/3: ``\sin(2^{300}\pi x) = 0`` was PASSED. No random
sample can reach the points where such a step fails, so the numbers alone say nothing about it; the
engine makes a step shown by the numbers only (PASSED) SKIPPED with :func:`binary_blind_spot`'s reason
(redteam25). A proof is unaffected, and so is a step the samples refute.

A factor ``2^p`` with p below :data:`MIN_EXPONENT` is left alone: samples of every magnitude (down to
1e-10) then fall between the multiples, as ``\cos(2^{61}\pi x) = 1`` is FAILED at x ≈ -5e-4.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["MIN_EXPONENT", "binary_blind_spot"]

#: the least power of two in an argument that puts most binary sample points on a multiple of the period
MIN_EXPONENT = 40

_PERIODIC = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.floor, sp.ceiling, sp.frac)


def _twos(c: sp.Basic) -> int:
    """The exponent of 2 in the integer ``c`` (0 for anything else)."""
    if not isinstance(c, sp.Integer) or c == 0:
        return 0
    n = abs(int(c))
    return (n & -n).bit_length() - 1


def _factor_exponent(arg: sp.Basic) -> int:
    """The largest power of two an argument's variable terms carry (over π: ``2^{300}\\pi x``)."""
    best = 0
    for term in sp.Add.make_args(sp.expand(arg)):
        if not term.free_symbols:
            continue
        const, _ = term.as_independent(*term.free_symbols, as_Add=False)
        best = max(best, _twos(sp.nsimplify(const / sp.pi) if const.has(sp.pi) else const))
    return best


def _nodes(members: Iterable[object]) -> list[sp.Basic]:
    """Every sub-expression of the members, each once (a member's shared sub-trees are not walked again)."""
    seen: set[sp.Basic] = set()
    out: list[sp.Basic] = []
    stack = [m for m in members if isinstance(m, sp.Basic)]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        stack.extend(a for a in node.args if isinstance(a, sp.Basic))
    return out


def binary_blind_spot(members: Iterable[object]) -> str:
    """Why binary sample points cannot test the members; "" where they can."""
    nodes = _nodes(members)
    if not any(_twos(n) >= MIN_EXPONENT for n in nodes if isinstance(n, sp.Integer)):
        return ""  # no power of two that large is written: the common case, decided without expanding
    for node in nodes:
        arg = None
        if isinstance(node, _PERIODIC):
            arg, name = node.args[0], node.func.__name__
        elif isinstance(node, sp.Mod):
            arg, name = node.args[0] / node.args[1], "Mod"
        elif isinstance(node, sp.Pow) and node.base == -1:
            arg, name = node.exp, "(-1)^"
        if arg is not None and (p := _factor_exponent(arg)) >= MIN_EXPONENT:
            return (f"binary sample points cannot test {name}({arg}): its argument carries the factor 2^{p}, "
                    "so at every floating-point sample it is on a multiple of the period; no symbolic "
                    "argument, and the numbers alone say nothing")  # fmt: skip
    return ""
