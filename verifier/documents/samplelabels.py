r"""Dropped sample indices: ``x`` for ``x^{(i)}`` where the prose says the index is no longer written.

ML notes write a per-sample likelihood with superscripts, ``\sum_i (y^{(i)} - \theta^T x^{(i)})^2``,
and then, to lighten the notation, say "from this point on I won't write the $i$ index on variables"
and continue with ``\sum_i \frac{1}{\sigma^2}(y - \theta^T x)x``. Read literally, the plain ``x`` is
another quantity (and, in notes that reuse letters, often a scalar defined in an earlier problem),
so every such line stayed SKIPPED, or compared a sum of m equal terms with the data's sum.

This module owns *when* that reading applies and *how a line is rewritten*:

* the prose states it (:data:`_SAID`: "I won't write the $i$ index", "drop the superscript $(i)$",
  "omit the index $i$" …), naming the index letter; it holds from that sentence to the next
  heading of the notes (or :data:`_REACH` lines), never elsewhere;
* the names rewritten are those a line writes plainly *inside a sum over that index* while the
  notes' math writes them with that index as a superscript label ``x^{(i)}`` somewhere (on the
  parsed tree: a name under an accent, ``\vec y``, is another name already, and one outside the
  sum is left alone: ``X^T(X\theta - y)`` keeps its vector y).

The reading is the notes' own statement, so it is applied when the line is read and reported
with the step."""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

__all__ = ["SampleLabels", "relabel_in_sums"]

_SAID = re.compile(
    r"(?:won'?t|will\s+not|don'?t|do\s+not|no\s+longer|stop)\s+(?:to\s+)?writ(?:e|ing)\s+the\s+"
    r"\$?\s*\(?\s*(?P<a>[a-z])(?![A-Za-z])\s*\)?\s*\$?\s+(?:index|superscript)"
    r"|(?:drop|omit|suppress)\w*\s+the\s+(?:(?:index|superscript)\s+\$?\s*\(?\s*(?P<b>[a-z])(?![A-Za-z])\s*\)?\s*\$?"
    r"|\$?\s*\(?\s*(?P<c>[a-z])(?![A-Za-z])\s*\)?\s*\$?\s+(?:index|superscript))",
    re.I,
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\\(?:sub)*section\*?\{")
_REACH = 120  # lines after the sentence that it still governs when no heading ends it


def _labelled_names(math: Iterable[str], letter: str) -> set[str]:
    """The names (``x``, ``\\sigma``) the notes' math writes with the superscript label ``(letter)``."""
    pattern = re.compile(r"(\\[A-Za-z]+|[A-Za-z])\s*\^\s*\{\s*\(\s*" + re.escape(letter) + r"\s*\)\s*\}")
    return {m.group(1) for text in math for m in pattern.finditer(text)}


class SampleLabels:
    """Where the notes say they drop a sample index, and which names it labels there."""

    def __init__(self, lines: list[str], math: Iterable[str]) -> None:
        self.spans: list[tuple[int, int, str, frozenset[str]]] = []  # first line, last line, letter, names
        texts = list(math)
        for k, line in enumerate(lines):
            m = _SAID.search(line)
            if m is None:
                continue
            letter = (m.group("a") or m.group("b") or m.group("c")).lower()
            names = _labelled_names(texts, letter)
            if not names:
                continue
            end = min(len(lines), k + 1 + _REACH)
            for j in range(k + 1, end):
                if _HEADING.match(lines[j]):
                    end = j
                    break
            self.spans.append((k + 1, end, letter, frozenset(names)))

    def at(self, line: int) -> tuple[str, frozenset[str]] | None:
        """The index letter and labelled names in force at ``line`` (1-based), if any."""
        for first, last, letter, names in self.spans:
            if first < line <= last:
                return letter, names
        return None


def relabel_in_sums(tree: sp.Basic, letter: str, names: frozenset[str], noncommutative: frozenset[str]
                    ) -> tuple[sp.Basic, list[str]]:
    r"""``tree`` with each plain name of ``names`` inside the body of a sum over ``letter`` read as
    that sample's value: ``x`` as ``x^{(i)}``, ``x_j`` as ``x^{(i)}_j`` (the family ``x^()`` the parser
    builds for ``x^{(i)}``). A name outside such a sum is left alone: after "I won't write the i
    index", a plain ``y`` outside \sum_i (``X^T(X\theta - y)``) is still the vector of labels.
    Also returns the names rewritten, in order."""
    plain = {n.lstrip("\\") for n in names}
    done: list[str] = []

    def family(name: str) -> sp.IndexedBase:
        label = f"{name}^()"
        return sp.IndexedBase(sp.Symbol(label, commutative=label not in noncommutative))

    def inside(node: sp.Basic, var: sp.Symbol) -> sp.Basic:
        swap: dict[sp.Basic, sp.Basic] = {}
        for sub in sp.preorder_traversal(node):
            if isinstance(sub, sp.Indexed) and str(sub.base.label) in plain:
                swap[sub] = family(str(sub.base.label))[(var, *sub.indices)]
            elif isinstance(sub, sp.Symbol) and sub.name in plain and sub != var:
                swap[sub] = family(sub.name)[var]
            else:
                continue
            name = str(sub.base.label) if isinstance(sub, sp.Indexed) else sub.name
            if name not in done:
                done.append(name)
        return node.xreplace(swap) if swap else node

    def walk(node: sp.Basic) -> sp.Basic:
        if isinstance(node, sp.Sum) and any(str(lim[0]) == letter for lim in node.limits):
            var = next(lim[0] for lim in node.limits if str(lim[0]) == letter)
            return sp.Sum(inside(node.function, var), *node.limits)
        if not node.args or isinstance(node, sp.Indexed | sp.Symbol):
            return node
        args = [walk(a) if isinstance(a, sp.Basic) else a for a in node.args]
        return node.func(*args) if any(a is not b for a, b in zip(args, node.args, strict=True)) else node

    return walk(tree), done
