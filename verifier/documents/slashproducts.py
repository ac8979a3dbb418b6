r"""``x^2/2\sigma^2``: a slash before a juxtaposed product, read over the whole product.

Notes write the Gaussian's exponent ``\exp(-x^2/2\sigma^2)``, an average's ``1/2n`` and, typing in Unicode,
``exp(−x²/2σ²)``, meaning x²/(2σ²) and 1/(2n): the product after the slash is the divisor. The parser reads the
slash over its next factor only (x²σ²/2, n/2) — also a reading, and the one a program would take — so a right
derivative of the density was FAILED under it alone (redmid61; Issue 8: FAILED only where every plausible reading
fails).

This module owns the rewrite :func:`slash_over_product`: each divisor written as a product of at least two plain
factors (numbers, names with their scripts, no function, no bracket) right after a ``/`` is bracketed
``\left(…\right)``. It is left alone where more goes on multiplying after the factors (``1/2n(n + 1)``,
``x/2\exp(y)``: the grouping is anyone's guess) and where the slash is a derivative's (``dy/dx``,
``\partial L/\partial w``). :mod:`verifier.documents.meanings` tries the re-read chain as one more reading of a
failing step: it may make the step hold, reported with it; it never makes a step FAILED.
"""

from __future__ import annotations

import re

from verifier.latex.vocabulary import GREEK_ALTERNATION, UNICODE_SUBSCRIPTS, UNICODE_SUPERSCRIPTS

__all__ = ["NOTE", "names_after_slash", "slash_over_product"]

NOTE = "a slash dividing by the whole product after it (x^2/2\\sigma^2 as x^2/(2\\sigma^2))"

_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
#: a script: ``_i``, ``^{2}``, ``^\top``, or a Unicode superscript or subscript the tokenizer reads (``σ²``, ``xᵢ``)
_UNICODE_SCRIPTS = re.escape("".join(sorted(UNICODE_SUPERSCRIPTS.keys() | UNICODE_SUBSCRIPTS.keys())))
_SCRIPT = rf"(?:\s*[_^]\s*(?:{_GROUP}|\\[A-Za-z]+(?![A-Za-z])|[A-Za-z0-9])|[{_UNICODE_SCRIPTS}])"
#: a Greek letter (or ``\ell``) written as a command, not called (``\sigma(z)`` is the logistic function)
_GREEK = rf"\\(?:{GREEK_ALTERNATION})(?![A-Za-z])(?!\s*\()"
#: a name with its scripts: a letter or a Greek letter (``\sigma^2``, ``n``, ``σ²``)
_NAME = rf"(?:{_GREEK}|[A-Za-zα-ωΑ-Ω](?!\s*\()){_SCRIPT}*"
#: the divisor: a number and a name, or two names or more, after the slash (``2\sigma^2``, ``2n``, ``n\lambda``), the
#: first no differential (``dx``, ``d\theta``)
_DIVISOR = re.compile(
    rf"/\s*(?!d(?:\s*\\?[A-Za-z]))(?P<body>(?:[0-9]+(?:\.[0-9]+)?(?![0-9.])\s*{_NAME}|{_NAME}\s*{_NAME})(?:\s*{_NAME})*)"
)
#: what may end the divisor: the end, a sum, a relation, a closing bracket, punctuation, an explicit product
_ENDS = re.compile(r"\s*(?:$|[-+=,;.)\]}<>|&−]|\\(?:right|cdot|times|end|le|leq|ge|geq|approx|neq|quad|qquad|[,;:! ])"
                   r"(?![A-Za-z]))")  # fmt: skip
#: a slash that is a derivative's: ``\partial L/\partial w``, ``dy/dx`` (before the slash)
_DERIVATIVE_BEFORE = re.compile(r"(?:\\partial|(?<![A-Za-z\\])d)\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\S+)?\s*$")


def slash_over_product(latex: str) -> str | None:
    r"""``latex`` with each divisor written as a product of plain factors after a slash bracketed:
    ``-x^2/2\sigma^2`` → ``-x^2/\left(2\sigma^2\right)``. None where no slash is followed by such a product (one
    factor, a derivative's slash, or more multiplying after it: nothing to read differently)."""
    out: list[str] = []
    pos = 0
    for m in _DIVISOR.finditer(latex):
        body = m.group("body")
        end = m.start("body") + len(body)
        if not _ENDS.match(latex, end) or _DERIVATIVE_BEFORE.search(latex[: m.start()]):
            continue
        out += [latex[pos : m.start("body")], f"\\left({body}\\right)"]
        pos = end
    if not out:
        return None
    return "".join(out) + latex[pos:]


def names_after_slash(latex: str) -> bool:
    r"""Does ``latex`` write a slash before a product of names alone (``a / b c``, ``x/n\lambda``; not ``1/2n``, not
    ``x^2/2\sigma^2``: a number opening the divisor binds it as one term), which :func:`slash_over_product` reads over
    the product? Both readings are plausible there (documents.ambiguousslash, green71)."""
    for m in _DIVISOR.finditer(latex):
        end = m.start("body") + len(m.group("body"))
        if _ENDS.match(latex, end) and not _DERIVATIVE_BEFORE.search(latex[: m.start()]) and \
                not m.group("body").lstrip()[:1].isdigit():  # fmt: skip
            return True
    return False
