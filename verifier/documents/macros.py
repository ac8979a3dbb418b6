r"""Macros a document defines, and their expansion inside its math.

Notes define their own shorthand: ``\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}`` in a
LaTeX preamble or in the body of a pandoc Markdown file, ``\def\R{\mathbb{R}}``,
``\DeclareMathOperator{\tr}{tr}``, ``\renewcommand`` of a standard command (``\xi`` redefined
as ``x^{(i)}``, with an optional argument), definitions part-way through a document, and macro
files pulled in with ``\input``. The grammar only knows standard LaTeX, so every display is
expanded with the definitions *in force where it stands* before it is split into chains.

Definitions are read with pylatexenc's LatexWalker (which knows the argument shapes of
``\newcommand`` and friends); ``\def`` (TeX primitive syntax) is read here. Expansion is a plain
token rewrite, never evaluation, and is bounded (:data:`MAX_EXPANSIONS` for a whole document's
table, :meth:`MacroTable.expand_at`) so a recursive macro or a bomb cannot hang the reader.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pylatexenc.latexwalker import LatexMacroNode, LatexWalker, LatexWalkerError

from verifier.documents.definers import DEFINERS as OTHER_DEFINERS
from verifier.documents.definers import other_definitions, without_ensuremath

__all__ = [
    "MAX_EXPANDED_CHARS",
    "MAX_EXPANSIONS",
    "Macro",
    "MacroTable",
    "expand",
    "expand_document",
    "expand_with",
    "read_definitions",
    "strip_comments",
]

MAX_EXPANSIONS = 20_000
#: characters the bodies of one expansion may add beyond eight per character of the text expanded: the count
#: bound alone let ``\def\a#1{\a{#1#1}}`` double its argument forty times (2^40 characters; redteam36)
MAX_EXPANDED_CHARS = 100_000
# the body of \DeclareMathOperator that is one font command around a name: \mathbb{E}, \mathrm{E}, \mathsf{Var}
_FONT_NAME = re.compile(r"^\s*\\(mathbb|mathrm|mathsf|mathbf|mathit|textrm|textsf|text)\s*\{\s*([A-Za-z]+)\s*\}\s*$")


def _operator_body(written: str) -> str:
    r"""What ``\DeclareMathOperator{\E}{written}`` makes of ``\E``: ``\operatorname{written}``, but a name in a font
    command is that name (``\mathbb{E}`` stays the blackboard E the parser reads as the expectation; ``\mathrm{E}``
    is ``\operatorname{E}``): ``\operatorname{\mathbb{E}}`` was refused as prose (fresh59)."""
    m = _FONT_NAME.match(written)
    if m is None:
        return f"\\operatorname{{{written}}}"
    return f"\\mathbb{{{m.group(2)}}}" if m.group(1) == "mathbb" else f"\\operatorname{{{m.group(2)}}}"


DEFINERS = frozenset({"newcommand", "renewcommand", "providecommand", "DeclareMathOperator", "def", "gdef"})
# a macro name: letters, or one digit (\1 for the indicator, a control symbol: fresh46)
_NAME = re.compile(r"\\([A-Za-z@]+|[0-9])")
_DEFINER = re.compile(r"\\(newcommand|renewcommand|providecommand|DeclareMathOperator|g?def)(?![A-Za-z@])\*?")


@dataclass(frozen=True)
class Macro:
    """``\\name`` takes ``nargs`` arguments; the first is optional (``[default]``) if ``default``."""

    name: str
    nargs: int
    body: str
    default: str | None = None
    pos: int = 0  # where it is defined (character offset in the document; -1: before the document)
    starred: bool = False  # a ``*`` right after the name is part of the use (``\\abs*{x}``: documents.definers)


class MacroTable:
    """Definitions in document order: :meth:`at` gives those in force at a position."""

    def __init__(self, macros: Iterable[Macro] = ()) -> None:
        self._macros: list[Macro] = []
        self._positions: list[int] = []
        self.add(macros)
        # Expansions left for the whole document this table serves (:meth:`expand_at`): a bomb
        # (``\def\a{\b\b}\def\b{\c\c}…``) defined in many places would otherwise cost the limit
        # once per stretch between two definitions. The notes of the corpus use at most ~300.
        self.expansions_left = MAX_EXPANSIONS

    def expand_at(self, text: str, pos: int) -> str:
        r"""``text`` expanded with the definitions in force at ``pos``: first out of an allowance of its
        own, one expansion per character it holds (a use is at least two characters, and a note's
        shorthand rarely nests deeper), then out of this table's budget.

        Why the allowance: with the shared budget alone, a long note that uses its shorthand more
        than :data:`MAX_EXPANSIONS` times, or one mistaken recursive definition
        (``\newcommand{\foo}{\foo x}``) in one display, left every later display as written (its
        steps SKIPPED: "unsupported command"); the cost stays linear in what the note writes."""
        own = len(text)
        out, used = _expand(text, self.at(pos), self.expansions_left + own)
        self.expansions_left -= max(0, used - own)
        return out

    def __bool__(self) -> bool:
        return bool(self._macros)

    def __len__(self) -> int:
        return len(self._macros)

    def add(self, macros: Iterable[Macro]) -> None:
        """More definitions (kept in order of position; equal positions keep the order given)."""
        self._macros = sorted([*self._macros, *macros], key=lambda m: m.pos)
        self._positions = [m.pos for m in self._macros]

    def positions(self) -> list[int]:
        """Where the definitions are made, in order."""
        return list(self._positions)

    def at(self, pos: int) -> dict[str, Macro]:
        """The definitions made before ``pos`` (a later definition of a name wins)."""
        k = bisect.bisect_left(self._positions, pos)
        return {m.name: m for m in self._macros[:k]}


def strip_comments(text: str) -> str:
    """``%`` comments blanked out (not ``\\%``): same length, so offsets and lines stay."""
    if "%" not in text:
        return text
    return re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text)


def _group_text(text: str, node: object) -> str:
    """The content of a braced argument node (without its braces)."""
    pos, length = node.pos, node.len  # type: ignore[attr-defined]
    raw = text[pos : pos + length]
    if raw.startswith("{") and (end := _balanced(text, pos, "{", "}")) > 0:
        # TeX's argument ends at the matching brace; pylatexenc's node ends where its environments do, and
        # ``{\begin{equation}}`` (a shorthand's body) opens one that never ends there (lecture22)
        return text[pos + 1 : end - 1]
    if raw.startswith("[") and raw.endswith("]"):
        return raw[1:-1]
    return raw


def _read_def(text: str, start: int, end_of_name: int) -> tuple[Macro, int] | None:
    r"""``\def\name#1#2{body}`` from ``end_of_name`` (just after ``\def``)."""
    m = re.compile(r"\s*\\([A-Za-z@]+|.)").match(text, end_of_name)
    if m is None:
        return None
    k = m.end()
    params = re.compile(r"(?:#\d)*").match(text, k)
    assert params is not None
    nargs = params.group(0).count("#")
    k = params.end()
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text) or text[k] != "{":
        return None
    depth = 0
    for q in range(k, len(text)):
        c = text[q]
        if c == "\\":
            continue
        if c == "{" and (q == 0 or text[q - 1] != "\\"):
            depth += 1
        elif c == "}" and text[q - 1] != "\\":
            depth -= 1
            if depth == 0:
                return Macro(m.group(1), nargs, text[k + 1 : q], None, start), q + 1
    return None


def read_definitions(text: str, offset: int = 0, *, tex_comments: bool = True) -> list[Macro]:
    r"""Every ``\newcommand``/``\renewcommand``/``\providecommand``/``\DeclareMathOperator``/``\def``
    in ``text``, in order; ``pos`` is the definition's offset in ``text`` plus ``offset``."""
    if not _DEFINER.search(text) and not OTHER_DEFINERS.search(text):
        return []
    if tex_comments:  # '%' starts a comment (LaTeX files; not Markdown, where it is a percent sign)
        text = strip_comments(text)
    walker = LatexWalker(text, tolerant_parsing=True)
    out: list[Macro] = []
    for m in _DEFINER.finditer(text):
        kind = m.group(1)
        if kind in ("def", "gdef"):
            got = _read_def(text, m.start(), m.end())
            if got is not None:
                out.append(Macro(got[0].name, got[0].nargs, got[0].body, None, m.start() + offset))
            continue
        try:
            nodes, _, _ = walker.get_latex_nodes(pos=m.start(), read_max_nodes=1)
        except LatexWalkerError:
            continue
        node = nodes[0] if nodes else None
        if not isinstance(node, LatexMacroNode) or node.nodeargd is None:
            continue
        args = node.nodeargd.argnlist
        if kind == "DeclareMathOperator":
            if len(args) < 3 or args[1] is None or args[2] is None:
                continue
            name = _group_text(text, args[1]).strip().lstrip("\\")
            body = _operator_body(_group_text(text, args[2]))
            out.append(Macro(name, 0, body, None, m.start() + offset))
            continue
        if len(args) < 5 or args[1] is None or args[4] is None:
            continue
        name = _group_text(text, args[1]).strip().lstrip("\\")
        if not _NAME.fullmatch("\\" + name):
            continue
        nargs = int(_group_text(text, args[2]).strip() or 0) if args[2] is not None else 0
        default = _group_text(text, args[3]) if args[3] is not None else None
        out.append(Macro(name, nargs, without_ensuremath(_group_text(text, args[4])), default, m.start() + offset))
    others = [Macro(n, k, body, dflt, pos + offset, star) for n, k, body, dflt, star, pos in other_definitions(text)]
    return sorted(out + others, key=lambda d: d.pos) if others else out


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\n":
        i += 1
    return i


def _balanced(text: str, i: int, open_: str, close: str) -> int:
    """Index just after the ``close`` matching the ``open_`` at ``i`` (-1 if none)."""
    depth = 0
    k = i
    while k < len(text):
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def _argument(text: str, i: int) -> tuple[str, int] | None:
    """A mandatory argument at ``i``: a brace group, a command or one character."""
    i = _skip_spaces(text, i)
    if i >= len(text):
        return None
    if text[i] == "{":
        end = _balanced(text, i, "{", "}")
        return (text[i + 1 : end - 1], end) if end > 0 else None
    if text[i] == "\\":
        m = re.compile(r"\\(?:[A-Za-z@]+|.)").match(text, i)
        assert m is not None
        return m.group(0), m.end()
    return text[i], i + 1


def _substitute(body: str, args: list[str]) -> str:
    return re.sub(
        r"#(\d)", lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0), body
    )


#: a body that is one symbol in braces (the Deep Learning book's ``\\newcommand{\\vx}{{\\bm{x}}}``)
_ATOM_BODY = re.compile(r"\{\s*(?:\\[A-Za-z]+\s*\{\s*\\?[A-Za-z0-9]+\s*\}|\\[A-Za-z]+|[A-Za-z])\s*\}")
_COMMAND_END = re.compile(r"\\[A-Za-z@]+\*?\s*$")


def _argument_position(out: list[str]) -> bool:
    r"""Whether what comes next in the expanded text is an argument: after ``^``, ``_`` or a command (``\hat``,
    ``\frac``). There the braces of an atom body must stay; anywhere else they only group one symbol, and a
    reader that looks for ``f(x)`` would not see ``f({\bm{x}})`` as a call (lecture22)."""
    before = next((piece.rstrip() for piece in reversed(out) if piece.strip()), "")
    return before[-1:] in ("^", "_") or _COMMAND_END.search(before) is not None


def expand(text: str, macros: dict[str, Macro], limit: int = MAX_EXPANSIONS) -> str:
    r"""``text`` with every use of ``macros`` replaced by its body (arguments substituted), and the
    result expanded again; at most ``limit`` expansions (then the rest is left as written).
    Lines are kept: a use spread over two lines expands to text with one newline, however many
    lines the macro's body had."""
    return _expand(text, macros, limit)[0]


def _expand(text: str, macros: dict[str, Macro], limit: int) -> tuple[str, int]:
    """:func:`expand`, and how many expansions it made."""
    if not macros or limit <= 0:
        return text, 0
    names = {m.group(1) for m in _NAME.finditer(text)}
    if not names & macros.keys():
        return text, 0
    out: list[str] = []
    stack: list[tuple[str, int]] = [(text, 0)]
    count = 0
    room = MAX_EXPANDED_CHARS + 8 * len(text)  # what the bodies may add (MAX_EXPANDED_CHARS)
    while stack:
        s, i = stack.pop()
        m = _NAME.search(s, i)
        while m is not None and (m.group(1) not in macros or (m.start() > 0 and s[m.start() - 1] == "\\")):
            m = _NAME.search(s, m.end())
        if m is None or count >= limit or room < 0:
            out.append(s[i:])
            continue
        out.append(s[i : m.start()])
        macro = macros[m.group(1)]
        k = m.end() + (macro.starred and s[m.end() : m.end() + 1] == "*")
        args: list[str] = []
        needed = macro.nargs
        if macro.default is not None and needed:
            j = _skip_spaces(s, k)
            if j < len(s) and s[j] == "[":
                end = _balanced(s, j, "[", "]")
                if end > 0:
                    args.append(s[j + 1 : end - 1])
                    k = end
                else:
                    args.append(macro.default)
            else:
                args.append(macro.default)
            needed -= 1
        ok = True
        for _ in range(needed):
            arg = _argument(s, k)
            if arg is None:
                ok = False
                break
            args.append(arg[0])
            k = arg[1]
        if not ok:
            out.append(m.group(0))
            stack.append((s, m.end()))
            continue
        cost = len(macro.body) + sum(len(a) for a in args)
        if cost > room:  # the rest is left as written, as past the count bound
            room = -1
            out.append(s[m.start() :])
            continue
        count += 1
        room -= cost
        # the expansion holds exactly the newlines of the text it replaces, so lines stay exact
        body = _substitute(macro.body, args).replace("\n", " ") + "\n" * s.count("\n", m.start(), k)
        if macro.nargs == 0 and _ATOM_BODY.fullmatch(macro.body) and not _argument_position(out):
            body = macro.body[1:-1] + body[len(macro.body) :]  # {\bm{x}} -> \bm{x}: the braces only made an atom
        if macro.nargs == 0 and k < len(s) and (s[k].isalpha()) and body[-1:].isalpha():
            body += " "  # \R x -> \mathbb{R} x, never \mathbb{R}x glued into one name
        stack.append((s, k))
        stack.append((body if not body[:1].isalpha() or not out or not out[-1][-1:].isalpha() else " " + body, 0))
    return "".join(out), count


def expand_document(text: str, *, tex_comments: bool = False) -> str:
    r"""The whole ``text`` with the macros it defines itself expanded where each is in force.

    The display blocks are expanded when they are read (:mod:`verifier.documents.sources`); the
    prose around them holds inline formulas too (``where $\eta = \th^T x$``), which the reader
    learns definitions and annotations from. Unexpanded, a body macro such as ``\th`` there would
    be read as an unknown quantity. Lines are kept (see :func:`expand`), so line numbers stay."""
    return expand_with(text, MacroTable(read_definitions(text, tex_comments=tex_comments)))


def expand_with(text: str, table: MacroTable) -> str:
    r"""``text`` with the definitions of ``table`` expanded where each is in force (those of macro
    files, at position -1, everywhere; those of an ``\input`` file from where it is input). The
    reader learns definitions and annotations from the prose's inline formulas (``the score
    $\fxit = \thx$``): a macro from a file the notes ``\input`` must mean there what it means in
    the displays. Lines are kept (see :func:`expand`)."""
    if not table:
        return text
    cuts = sorted({p for p in table.positions() if 0 <= p < len(text)} | {0, len(text)})
    return "".join(table.expand_at(text[a:b], a + 1) for a, b in itertools.pairwise(cuts))
