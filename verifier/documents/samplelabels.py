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
* the names rewritten are those a line writes plainly while the notes' math writes them with that
  index as a superscript label ``x^{(i)}`` somewhere; a name under an accent (``\vec y``) or in a
  subscript (an index) is left alone, and so is one already labelled.

The rewritten name is grouped before a power, ``{\sigma^{(i)}}^2``, so a power or transpose written
after it applies to the sample's value; before a subscript it is the sample's entry, ``x^{(i)}_j``.
The reading is the notes' own statement, so it is applied when the line is read and reported
with the step."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["SampleLabels", "relabel_samples"]

_SAID = re.compile(
    r"(?:won'?t|will\s+not|don'?t|do\s+not|no\s+longer|stop)\s+(?:to\s+)?writ(?:e|ing)\s+the\s+"
    r"\$?\s*\(?\s*(?P<a>[a-z])\s*\)?\s*\$?\s+(?:index|superscript)"
    r"|(?:drop|omit|suppress)\w*\s+the\s+(?:(?:index|superscript)\s+\$?\s*\(?\s*(?P<b>[a-z])\s*\)?\s*\$?"
    r"|\$?\s*\(?\s*(?P<c>[a-z])\s*\)?\s*\$?\s+(?:index|superscript))",
    re.I,
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\\(?:sub)*section\*?\{")
_REACH = 120  # lines after the sentence that it still governs when no heading ends it
_ACCENTS = frozenset({"vec", "hat", "bar", "tilde", "dot", "ddot", "mathbf", "boldsymbol", "bm", "mathrm",
                      "mathit", "overline", "underline", "widehat", "widetilde", "operatorname", "text"})  # fmt: skip
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[A-Za-z]|[_^]|[{}]|\s+|.", re.S)


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


def relabel_samples(src: str, letter: str, names: frozenset[str]) -> tuple[str, list[str]]:
    r"""``src`` with each plain occurrence of ``names`` written ``{x^{(letter)}}``, and the names rewritten."""
    tokens = _TOKEN.findall(src)
    out: list[str] = []
    done: list[str] = []
    depth = 0
    sub_depths: list[int] = []  # brace depths of open subscript groups
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok == "{":
            depth += 1
        elif tok == "}":
            if sub_depths and sub_depths[-1] == depth:
                sub_depths.pop()
            depth -= 1
        elif tok == "_":
            nxt = _next(tokens, k)
            if nxt is not None and tokens[nxt] == "{":
                sub_depths.append(depth + 1)
                out.extend(tokens[k:nxt])
                k = nxt
                continue
            if nxt is not None:  # a one-token subscript: copied as it is
                out.extend(tokens[k : nxt + 1])
                k = nxt + 1
                continue
        elif tok in names and not sub_depths and not _accented(tokens, k) and not _labelled_after(tokens, k):
            nxt = _next(tokens, k)
            power = nxt is not None and tokens[nxt] == "^"  # σ^2, x^T: of the sample's value
            out.append(f"{{{tok}^{{({letter})}}}}" if power else f"{tok}^{{({letter})}}")
            if tok not in done:
                done.append(tok)
            k += 1
            continue
        out.append(tok)
        k += 1
    return "".join(out), done


def _next(tokens: list[str], k: int) -> int | None:
    j = k + 1
    while j < len(tokens) and tokens[j].isspace():
        j += 1
    return j if j < len(tokens) else None


def _accented(tokens: list[str], k: int) -> bool:
    """Whether the name at ``k`` is the argument of an accent (``\\vec y``, ``\\hat{y}``)."""
    j = k - 1
    while j >= 0 and (tokens[j].isspace() or tokens[j] == "{"):
        j -= 1
    return j >= 0 and tokens[j].startswith("\\") and tokens[j][1:] in _ACCENTS


def _labelled_after(tokens: list[str], k: int) -> bool:
    """Whether a superscript label ``^{(…)}`` already follows the name (``x^{(i)}``)."""
    rest = "".join(tokens[k + 1 : k + 8])
    return re.match(r"\s*\^\s*\{\s*\(", rest) is not None
