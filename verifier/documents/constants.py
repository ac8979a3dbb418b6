r"""The case a sentence implies when it calls a quantity constant: ``$e^{o_k}$ is a constant``.

Notes that differentiate by one entry of a vector often state the case they are in by saying what
does not move rather than by writing the condition::

    For incorrect class $j$, $e^{o_k}$ is a constant,

    $$ \frac{\partial L}{\partial o_j} = … = -\frac{e^{o_k}}{p_k}\frac{\partial}{\partial o_j}
       \Bigg(\frac{1}{\sum_i e^{o_i}}\Bigg) = … $$

Taking ``e^{o_k}`` out of the derivative by ``o_j`` holds only where ``k \neq j``: the entry ``o_k``
is constant in a derivative by ``o_j`` exactly when the two indices differ. Without that, the step
held at some index assignments only and was SKIPPED as "a case split the notes may assume". A reader
takes the sentence as the case: the display differentiates by ``o_j`` and the sentence calls a
quantity of ``o_k`` constant, so ``j \neq k``.

This module owns only recognising that sentence (:func:`constant_condition`), in the paragraph just
before a display, as :mod:`verifier.documents.cases` does for a bare ``$i \neq j$``; the reader adds
the condition to the chain's, which only *restricts* the index assignments checked (a step that
fails where ``j \neq k`` still fails). Both letters must be single lowercase letters written as
subscripts in the display and summed by no ``\sum`` there (a bound index is no case), and the family
must be one the display differentiates by (``\partial o_j``, or ``\frac{\partial}{o_j}`` with the ∂
below forgotten).
"""

from __future__ import annotations

import re

from verifier.documents.cases import last_paragraph

__all__ = ["constant_condition"]

# "$E$ is a constant", "$E$ is constant", "$E$ are (just) constants", "treating $E$ as (a) constant"
_SAID = re.compile(
    r"\$([^$]+)\$\s*,?\s+(?:is|are)\s+(?:just\s+|only\s+|then\s+|simply\s+)?(?:a\s+)?constants?\b"
    r"|\btreat(?:ing|ed|s)?\s+\$([^$]+)\$\s+as\s+(?:a\s+)?constants?\b",
    re.I,
)
# an entry of a family: o_k, o_{k}, \theta_k, \mathbf{x}_{k} (the family's name, the one index letter)
_ENTRY = re.compile(r"(\\[A-Za-z]+|[A-Za-z])\s*\}?\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))(?![A-Za-z{])")
# what a display differentiates by, in a denominator: {\partial o_j}, {\partial \theta_{j}}, \frac{\partial}{o_j}
_BY = re.compile(
    r"\}\s*\{\s*\\partial\s*(?:\\(?:mathbf|bm|boldsymbol)\s*\{\s*)?(\\[A-Za-z]+|[A-Za-z])\s*\}?\s*_\s*"
    r"(?:\{\s*([a-z])\s*\}|([a-z]))"
    r"|\\d?frac\s*\{\s*\\partial\s*\}\s*\{\s*(\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))\s*\}"
)
_SUMMED = re.compile(r"\\sum(?:\\limits|\\nolimits)?\s*_\s*\{?\s*([a-z])(?![A-Za-z])")


def _entries(latex: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2) or m.group(3)) for m in _ENTRY.finditer(latex)}


def _by(display: str) -> set[tuple[str, str]]:
    out = set()
    for m in _BY.finditer(display):
        if m.group(1):
            out.add((m.group(1), m.group(2) or m.group(3)))
        else:
            out.add((m.group(4), m.group(5) or m.group(6)))
    return out


def constant_condition(prose: str, first_line: int, display: str) -> list[tuple[str, str]]:
    r"""``[(condition, where)]``: ``a \neq b`` for each sentence of the paragraph of ``prose`` just before
    ``display`` that calls constant a quantity of the entry ``x_b`` while the display differentiates
    by ``x_a``; else ``[]``. ``first_line`` is the line of ``prose``'s first line."""
    start, paragraph = last_paragraph(prose)
    if not paragraph:
        return []
    summed = set(_SUMMED.findall(display))
    by = {(name, a) for name, a in _by(display) if a not in summed}
    written = {letter for _, letter in _entries(display)}
    out: list[tuple[str, str]] = []
    for m in _SAID.finditer(paragraph):
        for name, b in sorted(_entries(m.group(1) or m.group(2))):
            for name_by, a in sorted(by):
                cond = f"{a} \\neq {b}"
                if name_by == name and a != b and b in written and b not in summed and cond not in dict(out):
                    out.append((cond, f"'{m.group(0).strip()}' at line {first_line + start}"))
    return out
