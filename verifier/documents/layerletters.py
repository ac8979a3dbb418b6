r"""Superscripts written before (or after) a subscript that are layer labels, read so across a document.

Backpropagation notes write the weight from node 0 of layer 2 to node 1 of layer 3 as ``w^3_{01}``
and the units of layer ``m`` as ``z^m_j``, ``z^{m-1}_i``, ``s^{m+1}_i``. The parser reads a
superscript as a power, except in a derivative's denominator (one cannot differentiate by a power:
``\partial w^3_{01}`` is a label there). A document read so names ``w^3_{01}`` one way inside
``\partial L/\partial w^3_{01}`` and another way everywhere else (a table of the weights, the
definition of the network), so neither the notes nor a context can say what the derivative is of.

This module owns the document-wide decision. A letter is *labelled* when the notes write it with a
subscript and with several superscripts (at least two distinct ones: small integers, a letter, a
letter shifted by one), **and** they either shift a letter superscript (``z^{m-1}_i``, ``w^{m+1}_{ji}``:
layer ``m`` and the layer before it; a power is written so only with a letter the notes divide by, ``x_j^{p-1}``
beside ``1/p`` in a power mean, which is no evidence: fresh39; nor is a shifted superscript whose letter
multiplies it, ``a\,w_j^{a-1}``, the power rule's derivative of ``w_j^a``: fresh45) or differentiate by the letter under
a superscript (``\partial w^3_{01}``; the denominator of a higher derivative ``\partial x_i^2`` does
not count). For such a letter every ``w^3_{01}`` / ``w_{01}^3`` / ``z^m_j`` of the document is read
``w^{(3)}_{01}`` (the parser's layer label, the same name in a table, a display and a denominator);
every other letter keeps the power reading (``\sum_i x_i^2``, ``x_i^2`` and ``x_i^3`` of polynomial
features). The reading is reported with each member it changes.

The same notes write the whole layer in bold: ``\mathbf{z}^{m-1} \cdot \mathbf{w}_{:,j}``,
``\mathbf{z}^1 = [z^1_0, z^1_1, z^1_2]``, ``\mathbf{z}^2 = …``. Where the plain letter is labelled, its
bold form under a digit or a (shifted) lowercase letter is the layer's vector ``\mathbf{z}^{(1)}``, not
the square of the vector of layer 1 (read as a power, ``\mathbf{z}^2 = [z^2_0, …]`` "failed" against the
line before). A transpose (``\mathbf{z}^T``) and a bold letter the notes never label stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["as_layers", "labelled_letters", "layer_note"]

# a superscript that can be a layer label: 1 or 2 digits, a letter, a letter shifted by a digit
_LABEL = r"(?:\d{1,2}|[a-zA-Z](?:\s*[-+]\s*\d)?)"
_SUP = r"\^\s*(?:\{\s*(?P<FIRST>" + _LABEL + r")\s*\}|(?P<SECOND>\d|[a-zA-Z]))"
_SUB = r"_\s*(?:\{[^{}]*\}|[A-Za-z0-9])"
# a lone Latin letter (not part of a command or a word), then sup-sub or sub-sup
_SITE = re.compile(
    r"(?<![\\A-Za-z])(?P<letter>[A-Za-z])\s*(?:"
    + _SUP.replace("FIRST", "a").replace("SECOND", "b")
    + r"\s*(?P<sub1>"
    + _SUB
    + r")|(?P<sub2>"
    + _SUB
    + r")\s*"
    + _SUP.replace("FIRST", "c").replace("SECOND", "d")
    + r")"
)
# a bold letter (after macro expansion) with a superscript and no subscript before it: \mathbf{z}^{m-1}
_BOLD = re.compile(
    r"(?P<head>\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?P<letter>[A-Za-z])\s*\})\s*\^\s*"
    r"(?:\{\s*(?P<a>\d{1,2}|[a-z](?:\s*[-+]\s*\d)?)\s*\}|(?P<b>\d|[a-z]))"
)
_SHIFTED = re.compile(r"^[a-zA-Z]\s*[-+]\s*\d$")
# \partial right before the site (a derivative's denominator), not in a \partial^2-style fraction
_PARTIAL = re.compile(r"\\partial\s*$")
_ORDER = re.compile(r"\\partial\s*\^")


def _sites(text: str) -> Iterable[tuple[re.Match[str], str]]:
    for m in _SITE.finditer(text):
        sup = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        yield m, re.sub(r"\s+", "", sup)


def _arity(m: re.Match[str]) -> int:
    """How many indices the site's subscript holds (``_{01}``, ``_{ij}``, ``_{i,j}``: 2; ``_j``: 1)."""
    sub = m.group("sub1") or m.group("sub2") or ""
    return len(re.findall(r"[A-Za-z0-9]", sub[1:]))


def _divides(text: str, label: str) -> bool:
    r"""Do the notes divide by ``label`` (``1/p``, ``\frac{1}{p}``, ``^{1/p}``)? Then it is a number, and a
    superscript shifted from it (``x_j^{p-1}`` of a power mean) is the power rule's exponent, not a layer before p."""
    alone = r"\s*" + re.escape(label) + r"\s*(?![A-Za-z0-9_^])"
    return re.search(r"/" + alone + r"|\\frac\s*\{[^{}]*\}\s*\{" + alone + r"\}", text) is not None


def _power_rule(text: str, m: re.Match[str], label: str) -> bool:
    r"""Does ``label`` multiply the site ``m`` (``a\,w_j^{a-1}``, ``\frac{q}{q-1} p_i^{q-1}``)? Then its shifted
    superscript is the exponent the power rule writes (the derivative of ``w_j^a``), not the layer before ``a``."""
    before = text[max(0, m.start() - 60) : m.start()]
    alone = r"(?<![A-Za-z\\])" + re.escape(label) + r"(?![A-Za-z])"
    space = r"\s*(?:\\[,;:! ]|\\cdot)?\s*$"
    return (re.search(alone + space, before) is not None
            or re.search(r"\\frac\s*\{[^{}]*" + alone + r"[^{}]*\}\s*\{[^{}]*\}" + space, before) is not None)


def labelled_letters(text: str) -> dict[str, frozenset[int]]:
    r"""The letters the notes use with layer superscripts (see the module docstring), each with the
    number of indices its generic form takes (``w^m_{ij}``: 2): a digit superscript over a subscript
    of another length (``w_i^2`` beside ``w^m_{ij}``) stays a power. An empty set: any length."""
    sups: dict[str, set[str]] = {}
    arities: dict[str, set[int]] = {}
    evidence: set[str] = set()
    for m, sup in _sites(text):
        letter = m.group("letter")
        sups.setdefault(letter, set()).add(sup)
        if not sup.isdigit():
            arities.setdefault(letter, set()).add(_arity(m))
        if _SHIFTED.match(sup) and not _divides(text, sup[0]) and not _power_rule(text, m, sup[0]):
            evidence.add(letter)
        before = text[max(0, m.start() - 200) : m.start()]
        if _PARTIAL.search(before):
            frac = before[before.rfind("\\frac") :] if "\\frac" in before else before[-40:]
            if not _ORDER.search(frac):
                evidence.add(letter)
    return {k: frozenset(arities.get(k, ())) for k in sorted(evidence) if len(sups.get(k, ())) >= 2}


def _labelled(m: re.Match[str], letters: Mapping[str, frozenset[int]]) -> bool:
    letter = m.group("letter")
    if letter not in letters:
        return False
    sup = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    return not (sup.isdigit() and letters[letter] and _arity(m) not in letters[letter])


def as_layers(src: str, letters: Mapping[str, frozenset[int]]) -> str:
    r"""``src`` with the superscripts of the labelled ``letters`` written as layer labels
    (``w^3_{01}`` → ``w^{(3)}_{01}``, ``z_j^{m-1}`` → ``z_j^{(m-1)}``)."""
    if not letters:
        return src

    def one(m: re.Match[str]) -> str:
        letter = m.group("letter")
        if not _labelled(m, letters):
            return m.group(0)
        sup = re.sub(r"\s+", "", m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        if m.group("sub1") is not None:
            return f"{letter}^{{({sup})}}{m.group('sub1')}"
        return f"{letter}{m.group('sub2')}^{{({sup})}}"

    def bold(m: re.Match[str]) -> str:
        if m.group("letter") not in letters:
            return m.group(0)
        sup = re.sub(r"\s+", "", m.group("a") or m.group("b"))
        return f"{m.group('head')}^{{({sup})}}"

    return _BOLD.sub(bold, _SITE.sub(one, src))


def layer_note(src: str, letters: Mapping[str, frozenset[int]]) -> list[str]:
    """The reading, for a member whose text :func:`as_layers` changes."""
    if not letters or as_layers(src, letters) == src:
        return []
    used = sorted({m.group("letter") for m, _ in _sites(src) if _labelled(m, letters)}
                  | {m.group("letter") for m in _BOLD.finditer(src) if m.group("letter") in letters})
    shown = ", ".join(used)
    return [f"the superscripts of {shown} read as layer labels (the notes write {shown} with several "
            "layer superscripts and subscripts), not powers"]  # fmt: skip
