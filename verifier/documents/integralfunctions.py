r"""Functions the notes define by an integral up to their argument: ``\Phi(x) = \int_{-\infty}^{x} \phi(t)\,dt``.

Notes on GELU, probit models and distributions define a cumulative function by the integral of a density
up to its argument (``F(x) = \int_{-\infty}^{x} p(t)\,dt``, ``\Phi(z) := \int_{-\infty}^{z} \phi(u)\,du``).
The checker reads no integral with bounds, so that definition is not learned, and without it the name
before brackets was read as a factor: ``x\,\Phi(x)`` became ``x \cdot \Phi \cdot x`` and the product rule
``\frac{d}{dx}\,x\Phi(x) = \Phi(x) + x\phi(x)`` was FAILED (fresh16's GELU note). Written so, the name is a
function of one variable, whatever the integral is; this module finds those definitions, and the reader
(:mod:`verifier.documents.reader`) parses the name as a function everywhere in the notes, except where the
notes define it as a value. The function stays undefined (the integral is still not read), so a step that
needs its derivative is not green on this reading alone (documents.generic)."""

from __future__ import annotations

import functools
import re

from verifier.latex.vocabulary import GREEK

__all__ = ["integral_functions"]

_SCRIPT = r"(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9])"
# NAME(v) = \int_{lo}^{v} or ^{v}_{lo}: a letter or Greek name, one parameter, the parameter as the upper bound
_DEFINED = re.compile(
    r"(?<![\\A-Za-z_^])(?P<name>\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(\s*(?P<v>[A-Za-z])\s*(?:\\right\s*)?\)"
    r"\s*(?::=|=|\\coloneqq|\\equiv|\\triangleq|\\stackrel\s*\{[^{}]*\}\s*\{\s*=\s*\})\s*\\int(?:\\limits)?\s*"
    rf"(?:_\s*{_SCRIPT}\s*\^\s*(?P<up>{_SCRIPT})|\^\s*(?P<up2>{_SCRIPT})\s*_\s*{_SCRIPT})"
)


@functools.lru_cache(maxsize=16)
def integral_functions(text: str) -> frozenset[str]:
    r"""The parser's names (``Phi``, ``F``) of the functions ``text`` defines by an integral whose upper bound
    is the function's own parameter (cached: the reader asks at every parse)."""
    out = set()
    for m in _DEFINED.finditer(text):
        upper = re.sub(r"[\s{}]", "", m.group("up") or m.group("up2") or "")
        if upper != m.group("v"):
            continue  # F(x) = \int_0^1 …: a number or another quantity, not a cumulative function of x
        name = m.group("name")
        if name.startswith("\\"):
            name = name[1:]
            if name not in GREEK:
                continue  # \exp(x) = \int …: a command, not a name of the notes
        out.add(name)
    return frozenset(out)
