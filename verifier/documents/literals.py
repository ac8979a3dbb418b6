r"""Shapes the notes write out entry by entry: a name set equal to a matrix or vector literal.

Notes that introduce a network often list its parameters as literals before any derivation:
``$\mathbf{w} = \begin{bmatrix} w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23} \end{bmatrix}$``,
``$\mathbf{b} = [b_1, b_2, b_3]^T$``. A reader takes that as the shape of the name: w is a 2×3
matrix (not the vector its bold lowercase letter would otherwise suggest), b a vector of 3. Without
this evidence ``\mathbf{w}^T \mathbf{x} + \mathbf{b}`` reads as a scalar and every later line that
indexes it fails to read — or worse, a missing transpose goes unseen.

What counts (so that a worked example does not fix a general name's size by accident):

* the name stands alone at the start of a formula (``$w = …``, a display's first member), so
  ``A x = \begin{bmatrix}…`` says nothing about x;
* at least one entry is written with a letter (``w_{11}``, ``\theta_1``, ``a + b``): a literal of
  numbers only is a worked example, not the name's shape;
* a matrix literal with several rows and columns gives its rows × columns; a single column, or a
  single row or bracket list ``[…]`` followed by a transpose, gives a vector of that length. A row
  written without a transpose is left alone (its orientation would be evidence the inference does
  not carry), except a bracket list of the name's own entries, ``\mathbf{g} = [g_0, g_1, g_2]``: the
  notes list the vector's entries (a vector of 3; :func:`_own_entries`).

An annotation ``x \in \mathbb{R}^n`` wins over a literal (:func:`verifier.documents.infer.annotations_of`
merges these shapes with ``setdefault`` after the annotations).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.context import Key

__all__ = ["literal_bases", "literal_shapes"]

#: a formula's start: ``$``, ``$$``, ``\[``, ``\(``, an align cell ``&`` or a new row ``\\``
_START = re.compile(r"(?:\$\$?|\\\[|\\\(|(?<!\\)&|\\\\|\\begin\{(?:equation|align|gather)\*?\})")
_NAME_MAX = 40
_TRANSPOSE = re.compile(r"\s*\^\s*(?:\{\s*)?(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\})(?:\s*\})?")
_ENV = re.compile(r"\\begin\{([bpBvV]?matrix)\}")


def _balanced(text: str, start: int, open_: str, close: str) -> int | None:
    """Index just after the bracket closing the one at ``start``."""
    depth = 0
    i = start
    while i < len(text):
        if text.startswith(open_, i):
            depth += 1
            i += len(open_)
            continue
        if text.startswith(close, i):
            depth -= 1
            i += len(close)
            if depth == 0:
                return i
            continue
        i += 1
    return None


_TOP_MARKS: dict[str, re.Pattern[str]] = {}


def _split_top(body: str, sep: str) -> list[str]:
    """``body`` split at ``sep`` outside braces/brackets/parentheses (in linear time: only the
    separators and the brackets are looked at, so a literal of megabytes costs a fraction of a second)."""
    marks = _TOP_MARKS.get(sep) or _TOP_MARKS.setdefault(sep, re.compile(re.escape(sep) + r"|[{\[(]|[}\])]"))
    out, depth, last = [], 0, 0
    for m in marks.finditer(body):
        mark = m.group()
        if mark == sep:
            if depth == 0:
                out.append(body[last : m.start()])
                last = m.end()
        elif mark in "{[(":
            depth += 1
        else:
            depth -= 1
    out.append(body[last:])
    return out


def _symbolic(entries: list[str]) -> bool:
    return any(re.search(r"[A-Za-z]", re.sub(r"\\(?:[dt]?frac|cdot|left|right|,|;|quad)", "", e)) for e in entries)


def _literal(text: str, at: int) -> tuple[tuple[int, ...], int] | None:
    """The shape of the literal starting at ``at`` (after the ``=``) and where it ends."""
    m = _ENV.match(text, at)
    if m is not None:
        env = m.group(1)
        end_tag = f"\\end{{{env}}}"
        close = text.find(end_tag, m.end())
        if close < 0 or "\\begin{" in text[m.end() : close]:
            return None  # (a literal longer than the parser reads is still the name's shape, for its other steps)
        rows = [r for r in _split_top(text[m.end() : close], "\\\\") if r.strip()]
        cells = [_split_top(r, "&") for r in rows]
        widths = {len(c) for c in cells}
        if not rows or len(widths) != 1 or not _symbolic([e for c in cells for e in c]):
            return None
        end = close + len(end_tag)
        n_rows, n_cols = len(rows), widths.pop()
        t = _TRANSPOSE.match(text, end)
        if t is not None:
            end = t.end()
            n_rows, n_cols = n_cols, n_rows
        if n_rows > 1 and n_cols > 1:
            return (n_rows, n_cols), end
        if n_cols == 1 and n_rows > 1:
            return (n_rows,), end
        return None  # a single row (or entry) written as such: orientation evidence, not carried
    opener = "\\left[" if text.startswith("\\left[", at) else "[" if text.startswith("[", at) else None
    if opener is None:
        return None
    closer = "\\right]" if opener == "\\left[" else "]"
    end = _balanced(text, at, opener, closer)
    if end is None:
        return None
    entries = _split_top(text[at + len(opener) : end - len(closer)], ",")
    t = _TRANSPOSE.match(text, end)
    if t is None or len(entries) < 2 or not all(e.strip() for e in entries) or not _symbolic(entries):
        return None
    return (len(entries),), t.end()


#: ``\mathbf{g}``, ``g``, ``\boldsymbol{\theta}``: the letter of a name a list of its own entries may follow
#: (after :func:`verifier.documents.layerletters.as_layers`) with a layer label: ``\mathbf{z}^{(1)}``
_LAYER = r"(?:\s*\^\s*\{\s*\(\s*(?P<label>[A-Za-z0-9+\-]+)\s*\)\s*\})?"
_LETTER = re.compile(r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}|(\\?[A-Za-z]+))" + _LAYER + r"\s*$")
#: an entry of a letter, with the same layer label before or after its subscript (``z^{(1)}_0``, ``z_0^{(1)}``)
_ENTRY = re.compile(r"\s*(\\?[A-Za-z]+)" + _LAYER.replace("label", "pre")
                    + r"\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9])" + _LAYER.replace("label", "post") + r"\s*")


def _own_entries(text: str, at: int, name: str) -> tuple[tuple[int, ...], int] | None:
    r"""``\mathbf{g} = [g_0, g_1, g_2]``: a bracket list, no transpose written, of the name's own
    entries (its letter with one subscript each): the notes list the vector's entries, a vector of
    that length whatever the orientation of the written row (:mod:`verifier.documents.entrylists`
    reads the list as that vector)."""
    head = _LETTER.match(name)
    if head is None or head.group(1) is None or not text.startswith("[", at):
        return None  # a plain c = [c_1, c_2] stays a row (a bold name is the vector the notes list)
    letter = head.group(1).lstrip("\\")
    end = _balanced(text, at, "[", "]")
    if end is None or _TRANSPOSE.match(text, end):
        return None
    entries = _split_top(text[at + 1 : end - 1], ",")
    label = head.group("label")
    if len(entries) < 2 or not all((e := _ENTRY.fullmatch(x)) and e.group(1).lstrip("\\") == letter
                                   and (e.group("pre") or e.group("post")) == label for x in entries):
        return None
    return (len(entries),), end


def literal_shapes(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, tuple[int, ...]]:
    """Every name the notes set equal to a literal at the start of a formula, with its shape
    (the first literal per name wins). ``key_of_text`` parses a name (infer's parser)."""
    return {key: shape for key, (shape, _) in _literals(text, key_of_text).items()}


def literal_bases(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, int]:
    r"""The vectors whose literal lists their own numbered entries, with the first entry's number:
    ``\mathbf{g} = [g_1, g_2, g_3]`` runs 1..3 and ``[g_0, g_1, g_2]`` 0..2 (the list is how the notes
    number the entries: a step writing g_0 of the first, or g_3 of the second, writes no entry of g)."""
    return {key: base for key, (_, base) in _literals(text, key_of_text).items() if base is not None}


def _listed_base(name: str, literal: str, length: int) -> int | None:
    """The first number of the entries ``literal`` lists of ``name``'s letter, where they are exactly
    0..length-1 or 1..length; else None."""
    head = _LETTER.match(name)
    if head is None:
        return None
    letter = re.escape((head.group(1) or head.group(2)).lstrip("\\"))
    label = head.group("label")
    entry = re.compile(r"(?<![A-Za-z])\\?" + letter + _LAYER.replace("label", "pre")
                       + r"\s*_\s*(?:\{\s*(?P<n>\d+)\s*\}|(?P<d>\d))" + _LAYER.replace("label", "post"))
    numbers = sorted(int(m.group("n") or m.group("d")) for m in entry.finditer(literal)
                     if (m.group("pre") or m.group("post")) == label)
    return next((b for b in (0, 1) if numbers == list(range(b, b + length))), None)


def _literals(text: str, key_of_text: Callable[[str], Key | None]
              ) -> dict[Key, tuple[tuple[int, ...], int | None]]:
    """Each name set equal to a literal: its shape, and the first number of its own entries the literal
    lists (:func:`_listed_base`)."""
    out: dict[Key, tuple[tuple[int, ...], int | None]] = {}
    for m in _START.finditer(text):
        eq = text.find("=", m.end(), m.end() + _NAME_MAX + 1)
        if eq < 0:
            continue
        name = text[m.end() : eq]
        name = re.sub(r"\\displaystyle|\\quad|\\qquad", "", name).strip()
        if not name or "$" in name or "\n\n" in name or re.search(r"[=<>&,]|\\\\", name):
            continue
        if text[eq - 1] in ":!<>\\" or text[eq + 1 : eq + 2] == "=":
            continue
        at = eq + 1
        while at < len(text) and text[at] in " \t\n":
            at += 1
        lit = _literal(text, at) or _own_entries(text, at, name)
        if lit is None:
            continue
        key = key_of_text(name)
        if key is None or any(not part.isdigit() for part in key[1]):
            continue  # W_{ij} = […]: an entry, not the name
        base = _listed_base(name, text[at : lit[1]], lit[0][0]) if len(lit[0]) == 1 else None
        out.setdefault(key, (lit[0], base))
    return out
