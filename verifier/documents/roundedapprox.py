r"""A worked value written with ``\approx``: the link claims the digits written, and is checked as ``=``.

Course notes write ``\sigma(1) = \frac{1}{1 + e^{-1}} \approx 0.731`` and ``-\log 0.8 \approx 0.223`` as
often as with ``=``. A link whose relation is not ``=`` is SKIPPED ("not an equality"), so a wrong rounding
written with ``\approx`` (σ(1) ≈ 0.74, σ(1) = 0.7311) left the notes without a FAILED while the same slip
written with ``=`` was caught. Where one member of an ``\approx`` link is a rounded number alone (a decimal
``0.731``, or ``3.2 \times 10^{-4}``), the sign says "equal to the digits written", which is exactly what
an ``=`` before a decimal is read as (:mod:`verifier.documents.precision`: rounded or truncated at the last
digit written). Such a link becomes an equality; the worked-number readings (stated values, rounded inputs)
then judge it as they judge ``=``. So does a link between two formulas of numbers alone with a decimal in
one (``0.5 \log\frac{0.5}{0.9} + 0.5 \log 5 \approx -0.294 + 0.805``: the rounding of each term), compared
at the decimals the link writes (``guesses._Guesses._rounded``). An approximation between formulas of names
(``\log(1 + x) \approx x``), an integer (``\sigma(40) \approx 1``: the digits claim nothing to compare with)
and ``\sim``, ``\simeq`` (asymptotic orders) keep their relation and stay unchecked. A tuple or column of rounded
numbers (``(0.2689, 0.7311)``, ``\begin{pmatrix} 0.67 \\ 0.33 \end{pmatrix}``) beside a member that writes a tuple
or a matrix itself is rounded entry by entry, as one number is (misses45); beside a ± it is an interval, not read.
A sizing bracket (``\bigl(`` … ``\bigr)``) is arithmetic as ``\left(`` is, and Φ applied to a number a function of
numbers as σ is (fresh73: ``0.75\,\bigl(1 - \Phi(1.5493)\bigr) + 0.25\,\Phi(-0.4507) \approx 0.0455 + 0.0815``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.members import _Chain
from verifier.documents.precision import LONE_NUMBER
from verifier.latex import EQUALITY
from verifier.latex.numberwriting import decimal_points  # 0{,}368: a decimal comma (review35a)
from verifier.latex.roundedlinks import APPROX_RELATIONS
from verifier.latex.units import without_units

__all__ = ["APPROX", "rounded_approximations"]

#: the relations that write "approximately equal": a rounding where a member is a rounded number
APPROX = APPROX_RELATIONS  # (latex.roundedlinks: a display of these links alone is a chain too)


def _rounded_number(latex: str) -> bool:
    """Is ``latex`` one rounded number alone (braces, a trailing full stop or comma, a unit aside: ``0.72
    \\text{ bits}``, rounding36)?"""
    latex = without_units(latex)
    text = latex.replace("{", "").replace("}", "").strip().rstrip(".,;").strip()
    if LONE_NUMBER.fullmatch(text):
        return True
    # scientific notation keeps its braces in the exponent: 3.2 \times 10^{-4}
    return bool(LONE_NUMBER.fullmatch(latex.strip().rstrip(".,;").strip()))


_COMMAND = re.compile(r"\\([A-Za-z]+)\s*(\(|\\left)?")
_DECIMAL = re.compile(r"\d\.\d")
# commands of arithmetic on numbers; a function (σ, tanh) only applied, "2\sigma" is a name
# (a sizing bracket, \bigl( … \bigr), \Big(, is a \left … \right: fresh73)
_ARITHMETIC = frozenset({"frac", "dfrac", "tfrac", "log", "ln", "exp", "sqrt", "cdot", "times", "pi", "left", "right",
                         "div", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
                         "Biggr"})
# (Φ applied to a number, the normal CDF of a worked error rate: fresh73)
_APPLIED = frozenset({"sigma", "tanh", "sinh", "cosh", "sin", "cos", "Phi"})
_SPACING = re.compile(r"\\[,;:! ]|\\q?quad(?![A-Za-z])")


def _numbers_alone(latex: str) -> bool:
    r"""Does ``latex`` write numbers and operations only (``0.5 \log\frac{0.5}{0.9}``, ``-0.294 + 0.805``,
    ``\sigma(1.5)``; the constant e aside, no letter outside a command)? Spacing (``0.8\,e^{-3}``) is no name
    (fresh36: the link stayed "not an equality")."""
    latex = _SPACING.sub(" ", latex)
    for m in _COMMAND.finditer(latex):
        if m.group(1) not in _ARITHMETIC and not (m.group(1) in _APPLIED and m.group(2)):
            return False
    rest = _COMMAND.sub(" ", latex)
    return bool(re.search(r"\d", rest)) and not re.search(r"[A-DF-Za-df-z]|\\", rest)


_TRANSPOSED = re.compile(r"\s*\^\s*(?:\{\s*)?(?:\\top|T|\\intercal)(?:\s*\})?\s*$")
_SIZING = re.compile(r"\\(?:[Bb]ig{1,2}[lr]?|left|right)(?![A-Za-z])")
_ARRAY = re.compile(r"^\\begin\{([pbB]?matrix)\}(.*)\\end\{\1\}$", re.DOTALL)


def _entries(latex: str) -> list[str] | None:
    r"""The entries of a tuple ``(a, b, …)`` or a column or matrix ``\begin{pmatrix} … \end{pmatrix}`` (a transpose
    and sizing commands aside), or None: top-level commas only (``(f(1, 2), 3)`` has two entries)."""
    text = _SIZING.sub("", latex.strip().rstrip(".,;").strip())
    text = _TRANSPOSED.sub("", text).strip()
    if (array := _ARRAY.match(text)) is not None:
        return [e for row in array.group(2).split("\\\\") for e in row.split("&")]
    if not (text.startswith("(") and text.endswith(")")):
        return None
    entries, depth, start = [], 0, 1
    for i, ch in enumerate(text[1:-1], start=1):
        depth += ch in "({["
        depth -= ch in ")}]"
        if depth < 0:
            return None  # "(a) + (b)": the parentheses close before the end
        if ch == "," and depth == 0:
            entries.append(text[start:i])
            start = i + 1
    entries.append(text[start:-1])
    return entries if len(entries) >= 2 else None


def _rounded_vector(rounded: str, other: str) -> bool:
    r"""Is ``rounded`` a tuple or column of rounded numbers (``(0.2689, 0.7311)``, ``\begin{pmatrix} 0.67 \\ 0.33
    \end{pmatrix}``) beside a member ``other`` that writes a tuple or a matrix itself (not a ± interval)? Then the
    ``\approx`` claims each entry to the digits written, as for one number (misses45)."""
    entries = _entries(rounded)
    if entries is None or not all(_rounded_number(e.replace("\\ ", " ").strip()) for e in entries):
        return False
    if re.search(r"\\(?:pm|mp)(?![A-Za-z])", other):
        return False
    return _entries(other) is not None or re.search(r"\\begin\{[pbB]?matrix\}", other) is not None


# arithmetic of numbers alone, nothing an expansion could approximate: + − · × and quotients by a number
_PLAIN_OPERATIONS = re.compile(r"\\(?:[dt]?frac|cdot|times|div|left|right)(?![A-Za-z])")
_PLAIN_REST = re.compile(r"[\d.\s+\-*/()\[\]{}]*")
# a quotient by a lone number (\frac{26}{3}, \frac43, 7/2) and a power of ten (2 \cdot 10^{-4}): a scaling; another
# power or a quotient by a sum is what an expansion approximates ("to first order, $\frac{1}{1 - 0.3} \approx 1.3$",
# "$1.3^2 \approx 1.6$": red61)
_SCALING = re.compile(r"\\[dt]?frac\s*(?:\{[^{}]*\}|\d)\s*(?:\{\s*[\d.]+\s*\}|\d)|/\s*[\d.]+|"
                      r"(?<![\d.])10\s*\^\s*(?:\{\s*-?\d+\s*\}|\d)")  # fmt: skip
_EXPANDED = re.compile(r"\\[dt]?frac(?![A-Za-z])|/|\^")


def _plain_arithmetic(latex: str) -> bool:
    r"""Does ``latex`` write linear arithmetic on numbers alone (``4 + 0.05 \cdot 4.472``, ``\frac{26}{3}``)? Its
    value is exact and no expansion approximates it: an ``\approx`` after it can only round it, whatever expansion
    the sentence names (gaps60). A power or a quotient by a sum is not (the expansion's own approximation)."""
    if _EXPANDED.search(_SCALING.sub(" ", latex)):
        return False
    rest = _PLAIN_OPERATIONS.sub(" ", _SPACING.sub(" ", latex))
    return bool(re.search(r"\d", rest)) and bool(_PLAIN_REST.fullmatch(rest))


def rounded_approximations(chains: list[_Chain], rough: Callable[[_Chain], bool] = lambda c: False,
                           expansion: Callable[[_Chain], bool] = lambda c: False) -> None:
    r"""Make every ``\approx`` link of ``chains`` whose member on one side is a rounded number an equality
    (in place): ``\frac{1}{1 + e^{-1}} \approx 0.731`` is a claim to the digits written — unless the prose
    calls the approximation rough (``rough``: :mod:`verifier.documents.roughapprox`). Where the prose only names an
    expansion (``expansion``: "the first-order estimate is $4 + 0.05 \cdot 4.472 \approx 4.224$"), a link from plain
    arithmetic to a rounded number is still one: an expansion of exact arithmetic has nothing to approximate, the
    ``\approx`` rounds the value the expansion gave (gaps60)."""
    for chain in chains:
        only_rounding = False
        if any(s.relation in APPROX for s in chain.steps) and rough(chain):
            if not expansion(chain):
                continue  # "linearising is poor: σ(2) ≈ 0.5 + 0.5": no claim to the digits written
            only_rounding = True
        for step in chain.steps:
            if step.relation not in APPROX:
                continue
            sides = (chain.members[step.left].latex, chain.members[step.right].latex)
            if only_rounding and not (_plain_arithmetic(sides[0]) and _rounded_number(sides[1])):
                continue  # σ(2) ≈ 0.5 + 0.5 under "linearising": the expansion's own link
            if any(_rounded_number(t) for t in sides) or _rounded_vector(*sides) or _rounded_vector(*sides[::-1]) or (
                    all(_numbers_alone(t) for t in sides) and any(_DECIMAL.search(decimal_points(t)) for t in sides)):
                step.relation, step.approximate = EQUALITY, True
