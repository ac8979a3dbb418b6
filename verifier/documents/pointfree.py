r"""Identities between functions written without their argument: ``\sigma' = \sigma(1-\sigma)``,
``\tanh' = 1 - \tanh^2``.

Notes state the derivative rules of activations point-free, as a reader recites them. Literally
``\sigma'`` has nothing to differentiate by (the parser refuses a prime without a variable) and
``\sigma(1-\sigma)`` reads as σ applied to 1 − σ, so every such step was SKIPPED. A reader takes them
pointwise: ``\sigma'(u) = \sigma(u)(1-\sigma(u))`` for every u. This module writes that reading:
a chain qualifies only when one of its members is a function name with a prime and nothing else
(``\sigma'``, ``\tanh^{\prime}``), or the derivative of a bare function name by a variable
(``\frac{d\sigma}{dz}``) where the chain applies the function at that variable (``\sigma(z)``); then
every bare occurrence of a function name of the chain gets the argument, and ``f(…)`` whose
parentheses hold a bare function name is a product, not a call.
The reading is reported with the step; if the rewritten members do not parse, nothing changes.
"""

from __future__ import annotations

import re

from verifier.latex.braces import bracket_end as _closing

__all__ = ["pointwise"]

_NAME = (
    r"\\(?:sigma|tanh|sinh|cosh|phi|varphi|zeta|psi)(?![A-Za-z])"
    r"|\\(?:operatorname|mathrm|text|mathit)\s*\{\s*[A-Za-z]+\s*\}"
    r"|(?<![A-Za-z\\])(?:ReLU|relu|sigmoid|softplus|tanh|[fgh])(?![A-Za-z])"
)
_FUNC = re.compile(_NAME)
_PRIMED = re.compile(r"^\s*(" + _NAME + r")\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)+\s*$")
_AFTER = re.compile(r"\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)*(?:\^\s*(?:\{[^{}]*\}|\w))?")
_OPEN = re.compile(r"\s*(?:\\left\s*|\\[bB]ig{1,2}l?\s*)?\(")
_VARIABLES = ("u", "v", "\\xi", "\\eta", "s")
# \frac{d\sigma}{dz}, \frac{\partial \tanh}{\partial u}: a bare function name differentiated by a variable
_D = r"(?:d|\\mathrm\s*\{\s*d\s*\}|\\partial)"
_DERIVED = re.compile(r"^\s*\\frac\s*\{\s*" + _D + r"\s*(" + _NAME + r")\s*\}\s*\{\s*" + _D
                      + r"\s*([A-Za-z]|\\[A-Za-z]+)\s*\}\s*$")


def pointwise(members: list[str], text: str) -> tuple[dict[str, str], str] | None:
    """The members of a point-free chain written pointwise (keyed by their LaTeX) and the note that
    reports the reading; None when no member is a bare primed function name."""
    primed = [m for m in members if _PRIMED.match(m)]
    derived = {m: d for m in members if (d := _DERIVED.match(m)) is not None}
    if not primed and not derived:
        return None
    names = {_key(_PRIMED.match(m).group(1)) for m in primed}  # type: ignore[union-attr]
    names |= {_key(d.group(1)) for d in derived.values()}
    for m in members:  # σ in softplus' = σ: another function written bare
        names |= {_key(f.group(0)) for f in _FUNC.finditer(m) if len(f.group(0)) > 1 and _bare(m, f.end())}
    arguments = {a for m in members for a in _arguments(m, names)}
    if len(arguments) > 1:
        return None  # σ(x)(1 - σ(y)): not one function identity
    if derived:
        # dσ/dz = σ(z)(1 - σ(z)): the bare σ under the derivative is σ(z), where the chain applies it at z
        variables = {d.group(2).strip() for d in derived.values()}
        if len(variables) > 1 or arguments != variables:
            return None
        primed = primed or list(derived)
    if arguments:  # σ' = σ(x)(1 - σ(x)): the argument the chain writes
        var, where = arguments.pop(), "at"
    else:
        var, where = next((v for v in _VARIABLES if not _uses(text, v)), ""), "at every"
    if not var:
        return None
    out = {m: _rewrite(m, names, var) for m in members}
    if where == "at every" and all(out[m] == m for m in members if m not in primed):
        return None  # f' = 2x: nothing else is written point-free, so which variable f' means is not said
    note = f"{primed[0].strip()} read pointwise ({where} {var}): " + " = ".join(out[m] for m in members)
    return out, note


def _bare(latex: str, end: int) -> bool:
    return _OPEN.match(latex, _AFTER.match(latex, end).end()) is None  # type: ignore[union-attr]


def _arguments(latex: str, names: set[str]) -> list[str]:
    """The arguments of the calls ``f(x)`` of ``names`` in ``latex`` (not the products σ(1 − σ))."""
    out = []
    for m in _FUNC.finditer(latex):
        if _key(m.group(0)) not in names:
            continue
        opening = _OPEN.match(latex, _AFTER.match(latex, m.end()).end())  # type: ignore[union-attr]
        close = _closing(latex, opening.end() - 1) if opening is not None else -1
        if opening is None or close < 0:
            continue
        inside = latex[opening.end() : close]
        if not any(_key(f.group(0)) in names for f in _FUNC.finditer(inside)):
            out.append(inside.strip())
    return out


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _uses(text: str, var: str) -> bool:
    if var.startswith("\\"):
        return re.search(re.escape(var) + r"(?![A-Za-z])", text) is not None
    return re.search(r"(?<![A-Za-z\\])" + var + r"(?![A-Za-z])", text) is not None


def _rewrite(latex: str, names: set[str], var: str) -> str:
    inserts: list[tuple[int, str]] = []
    for m in _FUNC.finditer(latex):
        if _key(m.group(0)) not in names:
            continue
        end = _AFTER.match(latex, m.end()).end()  # type: ignore[union-attr]
        opening = _OPEN.match(latex, end)
        if opening is None:
            inserts.append((end, f"({var})"))
            continue
        close = _closing(latex, opening.end() - 1)
        inside = latex[opening.end() : close] if close >= 0 else ""
        if any(_key(f.group(0)) in names for f in _FUNC.finditer(inside)):
            inserts.append((end, f"({var})"))  # σ(1 - σ): a product, σ times (1 - σ)
    out = latex
    for at, piece in sorted(inserts, reverse=True):
        out = out[:at] + piece + out[at:]
    return out
