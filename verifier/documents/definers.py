r"""Macro definitions written with the other definers of instructors' preambles, read into :class:`Macro`\ s.

:func:`verifier.documents.macros.read_definitions` reads ``\newcommand`` and its family through pylatexenc;
lecture notes also define their shorthand with

* mathtools' ``\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}``, used as ``\abs{x}``, ``\abs*{x}`` (sized to
  its content) or ``\abs[\big]{x}`` (a size): all three are ``\left\lvert x \right\rvert`` here;
* xparse's ``\NewDocumentCommand{\pd}{mm}{…}`` (``\RenewDocumentCommand``, ``\ProvideDocumentCommand``,
  ``\DeclareDocumentCommand``), read when its argument specification is mandatory arguments ``m`` after at most
  one optional argument ``O{default}`` first; a body that branches on an argument (``\IfValueTF``,
  ``\IfBooleanTF``) is not guessed at;
* ``\let\vect\mathbf`` (or ``\let\vect=\mathbf``): a name for another command.

A body wrapped in ``\ensuremath{…}`` (``\newcommand{\R}{\ensuremath{\mathbb{R}}}``, to work in text and in math
alike) is its content in a group. Unread, every step using such a macro was SKIPPED ("unsupported command")
(lecture22).
"""

from __future__ import annotations

import re

from verifier.latex.braces import brace_end

__all__ = ["DEFINERS", "other_definitions", "without_ensuremath"]

DEFINERS = re.compile(
    r"\\(DeclarePairedDelimiter|(?:New|Renew|Provide|Declare)DocumentCommand|let)(?![A-Za-z@])\s*"
)
_NAME = re.compile(r"\s*(\{\s*)?\\([A-Za-z@]+)\s*(\})?")
_TOKEN = re.compile(r"\s*(\\(?:[A-Za-z@]+|.)|[^\s{}\\])")
_SPEC = re.compile(r"(?:O\{([^{}]*)\})?((?:\s*m)*)\s*")
_BRANCHING = re.compile(r"\\If(?:Value|NoValue|Boolean)")
_ENSUREMATH = re.compile(r"\\ensuremath\s*\{")


def _name(text: str, i: int) -> tuple[str, int] | None:
    m = _NAME.match(text, i)
    if m is None or bool(m.group(1)) != bool(m.group(3)):
        return None
    return m.group(2), m.end()


def _argument(text: str, i: int) -> tuple[str, int] | None:
    """A brace group's content, or one token (a command or a character), at ``i``."""
    while i < len(text) and text[i] in " \t\n":
        i += 1
    if i < len(text) and text[i] == "{":
        end = brace_end(text, i)
        return (text[i + 1 : end], end + 1) if end >= 0 else None
    m = _TOKEN.match(text, i)
    return (m.group(1), m.end()) if m else None


def without_ensuremath(body: str) -> str:
    r"""``body`` with each ``\ensuremath{X}`` written ``{X}``: in math it adds nothing."""
    out: list[str] = []
    i = 0
    for m in _ENSUREMATH.finditer(body):
        if m.start() < i:
            continue
        end = brace_end(body, m.end() - 1)
        if end < 0:
            break
        out.append(body[i : m.start()] + "{" + without_ensuremath(body[m.end() : end]) + "}")
        i = end + 1
    return "".join(out) + body[i:] if out else body


def other_definitions(text: str) -> list[tuple[str, int, str, str | None, bool, int]]:
    """Each definition of ``text`` made by one of :data:`DEFINERS`, in order, as (name, number of arguments,
    body, default of an optional first argument, whether a ``*`` after the name is taken, offset)."""
    out: list[tuple[str, int, str, str | None, bool, int]] = []
    for m in DEFINERS.finditer(text):
        kind = m.group(1)
        named = _name(text, m.end())
        if named is None:
            continue
        name, k = named
        if kind == "let":
            k = k + 1 if text[k : k + 1] == "=" else k
            target = _TOKEN.match(text, k)
            if target is not None and target.group(1).startswith("\\"):
                out.append((name, 0, target.group(1), None, False, m.start()))
            continue
        first = _argument(text, k)
        second = first and _argument(text, first[1])
        if first is None or not second:
            continue
        if kind == "DeclarePairedDelimiter":
            body = f"\\left{first[0]} #2 \\right{second[0]}"
            out.append((name, 2, body, "", True, m.start()))
            continue
        spec = _SPEC.fullmatch(first[0].strip())
        if spec is None or _BRANCHING.search(second[0]):
            continue
        nargs = spec.group(2).count("m") + (spec.group(1) is not None)
        out.append((name, nargs, without_ensuremath(second[0]), spec.group(1), False, m.start()))
    return out
