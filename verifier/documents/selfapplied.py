r"""``\sigma^2\left(s + \frac{\epsilon}{\sigma}\right)``: a function letter before a bracket that writes the same
letter as a value multiplies the bracket.

``\sigma`` (like ``f``, ``g``, ``h``) is read as a function by default: the logistic σ of ML notes. But Gaussian
and diffusion notes write σ for a scale, and ``\sigma^2(s + \epsilon/\sigma)`` or
``\sigma^2\left(-\frac{x}{\tau^2 + \sigma^2}\right)`` applied σ to an expression of its own value: no one
writes a function of itself, while a scale times a bracket that mentions the scale is everyday algebra (the
shorthand ``\sigma(1 - \sigma)`` of sigmoid notes is that product too). The rule is the one
:func:`verifier.documents.quantityletters.self_multiplied` applies to subscripted letters, for the unsubscripted
default function names; a nested call ``\sigma(\sigma(z))`` writes σ before a bracket inside, not as a value, and
stays a call. The reader leaves such a name out of the functions of that formula. Any plain letter is read so, not
only the default function names (lead55): the logistic's ``g(y) = r y (1 - y)`` beside the notes' solution ``y(t)``
read y applied to ``1 - y`` inside g's body.

The same holds for σ before a bracket of numbers alone where the formula's line writes σ as a value (gaps36):
``\frac{\sigma^2}{2} - (\frac{\sigma}{\sqrt{2\pi}})^2 = \sigma^2\left(\frac{1}{2} - \frac{1}{2\pi}\right)``, the
variance of a ReLU of ``\mathcal{N}(0, \sigma^2)``, read the sigmoid of a constant on the right of a line whose
left is σ the scale: the correct step was FAILED (:func:`scaled_numbers`). Without σ as a value on the line,
``\sigma(0) = \frac{1}{2}`` and ``\sigma^2(0)`` keep the sigmoid.

And σ set off from its bracket by a thin space in a formula that writes σ as a value (fresh33):
``\frac{1}{\sigma} - \frac{(\nu+1)\,r^2}{\sigma\,(\nu + r^2)}``, the Student-t scale gradient, read the sigmoid
of ``\nu + r^2`` and FAILED the right step (:func:`spaced_scale`). A call is written against its bracket.

So is a letter the prose leading into the formula names by a value's role, "for a single pair with weight $f$ and
log count $L$:", written in the formula spaced from its bracket and never against one (fresh65): GloVe's
``\frac{\partial}{\partial w}\, f\,(w u + b + c - L)^2 = 2 f\,(w u + b + c - L)\, u``, after the notes' weight
function ``f(x) = (x/x_{\max})^\alpha``, applied f to the error and FAILED the right step (:func:`spaced_value`).
That is one reading, not the only one: notes that define a function and name it by its role ("Let $T(x) = x^2 +
1$ be the temperature … At temperature $T$:") write ``\frac{d}{dx} T\,(x) = 2x`` with a thin space of typesetting,
T applied to x; the right step was FAILED under the product alone (redlate61). :func:`spaced_calls` writes such a
letter against its bracket again, the call :mod:`verifier.documents.meanings` tries as one more reading of a
failing step (:data:`CALL_NOTE`, reported).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from verifier.latex.braces import bracket_end

__all__ = ["CALL_NOTE", "applied_to_itself", "scaled_numbers", "spaced_calls", "spaced_scale", "spaced_value"]

CALL_NOTE = "a letter named by its role and set off from its bracket read as the function applied to the bracket"

_NAMES = ("sigma", "f", "g", "h")
_POWER = r"(?:\s*\^\s*(?:\{[^{}]{1,8}\}|[0-9]))?"
# a bracket the name is written against; a negative space ``\!`` tightens the call (fresh74: ``\sigma\!\left(…\right)``
# was taken for σ written as a value, and the line's ``\sigma(2)`` then read as σ·2)
_OPEN = r"\s*(?:\\!\s*)*(?:\\left\s*|\\[bB]igg?l?\s*)?\("


_LETTER_CALL = re.compile(r"(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z'_])" + _POWER + _OPEN)


def _head(name: str) -> str:
    return (r"\\" if name == "sigma" else r"(?<![\\A-Za-z])") + name + r"(?![A-Za-z'_])"


@functools.lru_cache(maxsize=4096)  # the reader asks on every parse
def applied_to_itself(latex: str) -> frozenset[str]:
    """The default function names ``latex`` writes, without a subscript, before a bracket whose content writes
    the same name as a value (not before a bracket, a prime or a subscript)."""
    out: set[str] = set()
    # any plain letter too: g(y) = r y (1 - y) beside the notes' function y(t) is r·y·(1 - y) (lead55)
    letters = {m.group(1) for m in _LETTER_CALL.finditer(latex)}
    for name in (*_NAMES, *sorted(letters - set(_NAMES))):
        if name not in latex:
            continue
        head = _head(name)
        for m in re.finditer(head + _POWER + _OPEN, latex):
            close = bracket_end(latex, m.end() - 1)
            if close < 0:
                continue
            inside = latex[m.end() : close]
            if re.search(head + _POWER + r"(?!\s*\^)(?!" + _OPEN + r")", inside):  # σ^{-1}(x) is a call
                out.add(name)
                break
    return frozenset(out)


#: a bracket of numbers alone: digits, fractions, roots, π, operators, spacing and sizing (no letter, no name)
_NUMBERS_ONLY = re.compile(r"(?:[\d\s.+\-*/^{}()]|\\(?:[dt]?frac|sqrt|pi|cdot|times|left|right|[bB]igg?[lr]?|[,;:!]))*")


def scaled_numbers(latex: str, line: str) -> frozenset[str]:
    r"""``{"sigma"}`` where ``latex`` writes σ (no subscript) before a bracket of numbers alone and ``line``, the
    formula's line, writes σ as a value somewhere (not before a bracket, a prime or a subscript)."""
    if "sigma" not in latex or "sigma" not in line:
        return frozenset()
    head = _head("sigma")
    if re.search(head + _POWER + r"(?!\s*\^)(?!" + _OPEN + r")", line) is None:
        return frozenset()
    for m in re.finditer(head + _POWER + _OPEN, latex):
        close = bracket_end(latex, m.end() - 1)
        inside = latex[m.end() : close] if close > m.end() else ""
        if _NUMBERS_ONLY.fullmatch(inside) and re.search(r"\d", inside):
            return frozenset({"sigma"})
    return frozenset()


_SPACED_OPEN = r"\s*\\[,;:]\s*(?:\\left\s*)?\("
_DIFFERENTIAL = re.compile(r"(?:\\partial|(?<![A-Za-z\\])d|\\mathrm\s*\{d\})\s*$")


def spaced_scale(latex: str) -> frozenset[str]:
    r"""``{"sigma"}`` where ``latex`` writes σ (no subscript or power) spaced from a bracket, ``\sigma\,(``, and
    σ as a value elsewhere: not before a bracket, a prime or a subscript, nor the variable of ``d``/``\partial``."""
    if "sigma" not in latex:
        return frozenset()
    head = _head("sigma")
    if re.search(head + _SPACED_OPEN, latex) is None:
        return frozenset()
    value = re.compile(head + _POWER + r"(?!\s*\^)(?!" + _OPEN + r")(?!" + _SPACED_OPEN + r")")
    if any(not _DIFFERENTIAL.search(latex[: m.start()]) for m in value.finditer(latex)):
        return frozenset({"sigma"})
    return frozenset()


#: a value's role named right before a letter written alone ("with weight $f$", "the scale $g$"); "the weight
#: function $f$" names a function and does not match
_VALUE_ROLE = re.compile(
    r"\b(?:weight|scale|factor|coefficient|constant|count|rate|gain|multiplier|temperature|margin|penalty|price)"
    r"\s+\$\s*(?P<letter>[A-Za-z]|\\sigma)\s*\$"
)
#: a letter before a spaced bracket, the cheap test before the prose is read
_SPACED_LETTER = re.compile(r"(?:\\sigma|(?<![\\A-Za-z])[A-Za-z])(?![A-Za-z'_])" + _SPACED_OPEN)


def spaced_value(latex: str, prose: Callable[[], str]) -> frozenset[str]:
    r"""The letters ``prose()`` (the words leading into the formula, read only when ``latex`` writes a letter spaced
    from a bracket) names by a value's role (``weight $f$``), written in ``latex`` spaced from a bracket
    (``f\,(``) and never against one (``f(``): the value times the bracket (module docstring)."""
    if _SPACED_LETTER.search(latex) is None:
        return frozenset()
    out = set()
    for m in _VALUE_ROLE.finditer(prose()):
        name = "sigma" if m.group("letter") == "\\sigma" else m.group("letter")
        head = _head(name)
        if re.search(head + _SPACED_OPEN, latex) and not re.search(head + _POWER + _OPEN, latex):
            out.add(name)
    return frozenset(out)


def spaced_calls(latex: str, prose: Callable[[], str]) -> str | None:
    r"""``latex`` with each letter :func:`spaced_value` reads as a value written against its bracket again
    (``f\,(x)`` → ``f(x)``): the call, the other reading of a thin space (module docstring). None where it reads no
    letter so."""
    letters = spaced_value(latex, prose)
    if not letters:
        return None
    out = latex
    for name in sorted(letters):
        out = re.sub("(" + _head(name) + ")" + r"\s*\\[,;:]\s*(?=(?:\\left\s*)?\()", r"\1", out)
    return out if out != latex else None
