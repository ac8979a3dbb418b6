r"""A primed capital that is a name of its own: ``A'``, ``Z'^T W z``, ``\langle Z', z\rangle_W``.

Notes name a new matrix by priming a letter ("define the matrix $A'$ so that its $k$-th column is
$\partial a/\partial\theta_k$", "let $X'$ be the augmented design matrix"). The parser reads a prime
as a derivative (``y'`` by the chain's variable) and refuses it where the chain has none, so every
line that writes such a matrix stayed SKIPPED ("a prime needs the differentiation variable", or
"Z is not declared" where ``Z'`` was read as the derivative of an undeclared ``Z``).

This module owns the reading "a primed capital letter that is never applied (no ``(`` after it) and
whose letter the notes and the context never define is a name of its own". Such a name is an
arbitrary quantity: a step proved with it holds for every value it may stand for (the derivative
included), and a step that relates it to the other side in a way the checker cannot see is
SKIPPED by the usual one-side-only guard, never FAILED. A capital the notes define (``F(x) :=
…``) keeps the derivative reading, and a lower-case prime (``y'``, ``a'_i``) is untouched: it is
the derivative notation far more often than a name. The name is spelt ``Zprime`` (as ``\bar{Z}``
is ``Zbar``), so a context can declare it (``Z' := X`` is read with the same rule).

One lower-case exception: a letter the notes write primed beside itself among a function's
arguments (``k(x, x')``, ``\kappa(z', z)``: the kernel of GP, SVM and kernel-ridge notes, a pair of
inputs) is two inputs, ``x`` and ``x'``, in every formula of those notes (:func:`paired_primes`,
:func:`name_paired_primes`; ``x'`` is spelt ``xprime``). Without it the kernel's definition could
not be read ("a prime needs the differentiation variable") and no line using the kernel was
checked. Only those letters change; ``y'`` elsewhere stays the derivative.

A second lower-case exception (:func:`quantity_primes`): a letter that a line writing no derivative
(no ∂, ∇, d/d·, ``(…)'``) writes primed and unprimed as two operands (``x'^2 - x^2``,
``r + \gamma w x' - w x``, ``(x - x')``): a proposal beside the current point, the next state's feature
beside the current one. ``\ell`` and the lower-case Greek letters that name quantities count as letters there
(online softmax's ``\ell' = e^{m - m'}\ell + …``, misses43) where the notes never apply them (``\lambda(t)``).
The reader reads those letters as names of their own unless the notes define
the letter, write it primed and applied (``y'(t)``) or twice primed (``x''``), or say it depends on a
variable ("$x$ depends on $t$", read by the reader): then the prime is a derivative. A display's rows
are one line there, and ``\dfrac{d}``, ``\frac{\mathrm d}`` write a derivative too (review20d). A name is an
arbitrary quantity, so a step proved with it holds for whatever ``x'`` stands for, as long as that does
not depend on a variable the step differentiates by (a constant name: ``\frac{d}{dt}(x'^2) = 0``).
On a line that writes a derivative, only an update's head counts (``w' = w - \eta \frac{\partial L}{\partial
w}`` at the start of a display row, the letter alone primed, then the same letter and a sign: the new weight,
ctx48); elsewhere on such a line the prime is a derivative."""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable

import sympy as sp

from verifier.documents.boldprimes import PRIMED as BOLD_PRIMED

# a display (its rows are one formula: the derivative may be written on the row above the prime)
from verifier.documents.mathspans import DISPLAY as _DISPLAY

__all__ = ["name_paired_primes", "name_primes", "paired_primes", "prime_note", "primed_head", "primed_name",
           "quantity_primes", "uncalled_defaults"]

# a capital letter, not part of a word or a control sequence, primed once and not applied
_PRIMED = re.compile(r"(?<![A-Za-z\\])([A-Z])\s*'(?!')(?!\s*(?:\(|\\left|\\big|\\Big|\\bigg|\\Bigg))")


# x and x' as two arguments of one call: (x, x') or (x', x), spaces allowed
_PAIR = re.compile(r"\(\s*([a-z])\s*(')?\s*,\s*\1\s*(')?\s*\)")
_LOWER_PRIMED = r"(?<![A-Za-z\\])({})\s*'(?!')"
_CALLED = r"(?<![A-Za-z\\]){}(?:\s*_\s*(?:\{{[^{{}}]*\}}|[A-Za-z0-9]))?\s*'?\s*(?:\\left\s*|\\[bB]igg?l?\s*)?\("


def paired_primes(text: str) -> frozenset[str]:
    """The lower-case letters ``text`` writes primed beside themselves as a call's two arguments
    (``k(x, x')``, ``k(x', x)``)."""
    if "'" not in text:
        return frozenset()
    return frozenset(m.group(1) for m in _PAIR.finditer(text) if bool(m.group(2)) != bool(m.group(3)))


# a lower-case letter primed once and not applied; the same letter unprimed as an operand; applied primed
# (or a lower-case Greek letter or \ell the notes never apply: misses43)
_LETTER = (r"[a-z]|\\(?:ell|alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|kappa|lambda|mu|nu|xi|rho|tau|omega)"
           r"(?![A-Za-z])")
_QUANTITY_PRIMED = re.compile(rf"(?<![A-Za-z\\])({_LETTER})\s*'(?!')(?!\s*(?:\(|\\left|\\big|\\Big))")
_UNPRIMED = r"(?<![A-Za-z\\]){}(?![A-Za-z]|\s*'|\s*\()"
_DERIVATIVE_WRITTEN = re.compile(
    r"\\partial|\\nabla|\\[dt]?frac\s*\{\s*(?:d|\\(?:mathrm|operatorname|text|rm)\s*\{?\s*d)|[)}\]]\s*'"
)
# an update's head at the start of a display row: w' = w - …, \theta' = \theta + … (the new value of the letter)
_UPDATE_HEAD = re.compile(rf"(?:^|\$|\\\\|&|\\\[|\\begin\{{[a-z]+\*?\}})\s*({_LETTER})\s*'"
                          r"\s*&?\s*=\s*&?\s*\1(?![A-Za-z])\s*[-+]")
_APPLIED_PRIMED = r"(?<![A-Za-z\\]){}\s*'+\s*(?:\(|\\left|\\big|\\Big)"
_TWICE_PRIMED = r"(?<![A-Za-z\\]){}\s*''"  # x'': a second derivative, so x' is the first


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked at every parse that writes a prime
def quantity_primes(text: str) -> frozenset[str]:
    """The lower-case letters that a line of ``text`` (a display's rows one line) writes both primed and
    unprimed as operands (``x'^2 - x^2``), never primed and applied (``x'(t)``) nor twice primed (``x''``)."""
    if "'" not in text:
        return frozenset()
    found: set[str] = set()
    for line in _DISPLAY.sub(lambda m: m.group(0).replace("\n", " "), text).splitlines():
        if _DERIVATIVE_WRITTEN.search(BOLD_PRIMED.sub(" ", line)):  # \mathbf{x}': no (…)' (documents.boldprimes)
            # (u_i v_i)' = u'_i v_i + u_i v'_i beside ∂/∂β: the product rule's primes are derivatives, but an
            found.update(m.group(1) for m in _UPDATE_HEAD.finditer(line))  # update's head w' = w - η ∂L/∂w is
            continue  # the new weight (ctx48)
        for m in _QUANTITY_PRIMED.finditer(line):
            letter = m.group(1)
            if letter not in found and re.search(_UNPRIMED.format(re.escape(letter)), line):
                found.add(letter)
    return frozenset(x for x in found if not re.search(_APPLIED_PRIMED.format(re.escape(x)), text)
                     and not re.search(_TWICE_PRIMED.format(re.escape(x)), text)
                     and not (x.startswith("\\") and re.search(_CALLED.format(re.escape(x)), text)))  # \sigma(z)


def name_paired_primes(src: str, paired: frozenset[str]) -> str:
    r"""``src`` with each ``x'`` of a letter in ``paired`` written as a name of its own (``\mathit{xprime}``)."""
    if not paired or "'" not in src:
        return src
    pattern = re.compile(_LOWER_PRIMED.format("|".join(re.escape(x) for x in sorted(paired))))
    return pattern.sub(lambda m: rf"\mathit{{{primed_name(m.group(1))}}}", src)


# w', \ell', and \mathbf{x}' (a bold letter read as a name of its own: documents.boldprimes)
_PRIMED_HEAD = re.compile(r"^\s*(?:\\(?:mathbf|bm|boldsymbol)\s*\{\s*([a-z])\s*\}|([A-Za-z]|\\[a-z]+))\s*'\s*$")


def primed_head(head: str, left: sp.Basic) -> str | None:
    r"""The head ``w'`` of a definition ``w' = w - \eta g`` as the name the parser read it as (``\mathit{wprime}``)
    where it read the primed letter as a name of its own (``left``, the parsed head, is that name), else None: the
    new weight is then defined for the lines after it like any name (gaps41)."""
    m = _PRIMED_HEAD.match(head)
    if m is None or not isinstance(left, sp.Symbol) or left.name != primed_name(m.group(1) or m.group(2)):
        return None
    return rf"\mathit{{{left.name}}}"


def primed_name(letter: str) -> str:
    """The symbol name of ``letter'`` read as a name of its own (``\\ell'`` is ``ellprime``)."""
    return f"{letter.lstrip(chr(92))}prime"


def name_primes(src: str, defined: Container[str]) -> tuple[str, list[str]]:
    r"""``src`` with each primed capital whose letter is not in ``defined`` written as a name of its
    own (``\mathit{Zprime}``), and the readings to report with the step."""
    if "'" not in src:
        return src, []
    letters: list[str] = []

    def one(m: re.Match[str]) -> str:
        letter = m.group(1)
        if letter in defined:
            return m.group(0)
        if letter not in letters:
            letters.append(letter)
        return rf"\mathit{{{primed_name(letter)}}}"

    out = _PRIMED.sub(one, src)
    return out, [prime_note(letter) for letter in letters]


def prime_note(letter: str) -> str:
    """The reading reported with a step that writes ``letter'``."""
    return f"{letter}' read as a name of its own (the notes never define {letter}; not applied to an argument)"


def uncalled_defaults(text: str, defaults: Iterable[str]) -> frozenset[str]:
    r"""The one-letter default function names (``f``, ``g``, ``h``, ``l``) that ``text`` never writes before a
    bracket: ``h`` of a GRU's ``h' = (1 - z)h + z\tilde h`` is a hidden state, a quantity, so its ``h'`` may be
    one of :func:`quantity_primes`; a letter the notes call (``h(x)``, ``h_k(x)``) stays a function.

    A function of the notes' text: every member with a prime asks it again (speed41), so it is scanned once
    per text and set of names."""
    return _uncalled(text, frozenset(defaults))


@functools.lru_cache(maxsize=16)
def _uncalled(text: str, defaults: frozenset[str]) -> frozenset[str]:
    out = set()
    for name in defaults:
        if len(name) == 1 and not re.search(_CALLED.format(name), text):
            out.add(name)
    return frozenset(out)
