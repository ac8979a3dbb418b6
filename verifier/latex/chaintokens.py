r"""Scanning a display for chains: its lexemes, what is at top level, and the links between members.

:mod:`verifier.latex.chains` cuts a display into rows, equations and members in single left-to-right
passes; each pass reads the same lexemes — commands, braces, ``&``, ``\\``, relation characters, Unicode
relations (≈, ≤, ≠ …) — and asks whether a position is at top level (not inside braces, brackets or
``\left…\right``). This module owns that scan (:func:`scan`, :func:`top_level`), the separators and
connectives that cut a row into equations, and the links a member boundary carries (:func:`link_tokens`:
``=``, ``\stackrel{c}{=}``, ``:=``, ``\approx`` …; :func:`counts_as_equals`, so that no ``=`` disappears
unreported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from verifier.latex.decorations import brace_arg
from verifier.latex.document import DEFINITION, EQUALITY
from verifier.latex.relations import DEFINITION_COMMANDS, NON_EQUALITY_COMMANDS, is_relation

__all__ = ["CONNECTIVES", "Lexeme", "Link", "Token", "counts_as_equals", "link_tokens", "scan", "top_level"]


class Lexeme(NamedTuple):
    """A top-level structural token of a display (a tuple: cheap, as a large display has many)."""

    start: int
    end: int
    kind: str  # "cmd", "char", "begin", "end"
    name: str  # command name, character, or environment name
    depth: int  # always 0 for "cmd"/"char"; "end" carries the depth after it (0 when it closes a top level)


#: relations typed as Unicode characters in Markdown displays (``a ≈ b``), linked as their commands are (fresh35:
#: ``≈`` stayed inside a member, which then could not be read)
_UNICODE_RELATIONS = {"≈": "\\approx", "≤": "\\le", "≥": "\\ge", "≠": "\\neq", "∝": "\\propto", "≃": "\\simeq",
                      "≅": "\\cong", "≡": "\\equiv", "≪": "\\ll", "≫": "\\gg", "←": "\\leftarrow", "↦": "\\mapsto"}


def _scan_pattern(commands: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(sorted(commands, key=len, reverse=True))
    return re.compile(
        r"(?P<open>[{(\[]|\\\{|\\(?:langle|lvert|lVert|lfloor|lceil|lbrace|lbrack|llbracket)(?![A-Za-z]))"
        r"|(?P<close>[})\]]|\\\}|\\(?:rangle|rvert|rVert|rfloor|rceil|rbrace|rbrack|rrbracket)(?![A-Za-z]))"
        r"|\\(?P<lr>left|right)(?![A-Za-z])\s*(?:\\[A-Za-z]+|\\.|.)?"
        r"|\\(?P<be>begin|end)\s*\{(?P<env>[^{}]*)\}"
        r"|\\(?P<row>\\)"
        r"|\\(?P<cmd>" + names + r")(?![A-Za-z])"
        r"|\\[A-Za-z]+|\\."  # any other command or escaped character: consumed, not reported
        r"|(?P<ch>[=<>!,;&" + "".join(_UNICODE_RELATIONS) + r"])",
        re.S,
    )


def scan(text: str) -> list[Lexeme]:
    r"""The top-level lexemes of ``text`` (relation characters, separators, row breaks, the
    commands the splitter reads, and top-level ``\begin``/``\end``), in one regex pass.

    Depth counts {}, (), [], \{\}, \left…\right and \begin…\end. Only depth-0 tokens are
    reported, so a large display costs one tuple per top-level token, not one per character."""
    out: list[Lexeme] = []
    depth = 0
    append = out.append
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = depth - 1 if depth else 0
        elif kind == "ch" or kind == "cmd" or kind == "row":
            if depth == 0:
                append(Lexeme(m.start(), m.end(), "char" if kind == "ch" else "cmd", m.group(kind), 0))
        elif kind == "env":
            if m.group("be") == "begin":
                if depth == 0:
                    append(Lexeme(m.start(), m.end(), "begin", m.group("env"), 0))
                depth += 1
            else:
                depth = depth - 1 if depth else 0
                if depth == 0:
                    append(Lexeme(m.start(), m.end(), "end", m.group("env"), 0))
        elif m.group("lr") is not None:
            if m.group("lr") == "left":
                depth += 1
            else:
                depth = depth - 1 if depth else 0
    return out


def top_level(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is outside every bracket opened since ``start``."""
    depth = 0
    for m in _SCAN.finditer(text, start, pos):
        kind = m.lastgroup
        if kind == "open" or (kind == "env" and m.group("be") == "begin") or m.group("lr") == "left":
            depth += 1
        elif kind == "close" or kind == "env" or m.group("lr") == "right":
            depth = depth - 1 if depth else 0
    return depth == 0




# ---------------------------------------------------------------------------------------------
# Relations and separators

_SEPARATOR_COMMANDS = frozenset({
    "quad", "qquad", "rightarrow", "Rightarrow", "Leftrightarrow", "leftrightarrow", "longrightarrow",
    "Longrightarrow", "Longleftrightarrow", "implies", "iff", "impliedby", "Leftarrow", "Longleftarrow",
    "therefore", "because",
})  # fmt: skip
# separators that join equations as statements (a = b ⇔ c = d): what they join are equations the notes
# solve or derive from one another, not identities
CONNECTIVES = frozenset({
    "Rightarrow", "Leftrightarrow", "leftrightarrow", "Longrightarrow", "Longleftrightarrow", "implies", "iff",
    "impliedby", "Leftarrow", "Longleftarrow", "therefore", "because", "rightarrow", "longrightarrow",
})  # fmt: skip
_SPACE_COMMANDS = frozenset({"hspace", "hskip", "mspace", "kern", "mkern", "hphantom", "phantom"})
_TEXT_COMMANDS = frozenset({"text", "mbox", "textrm", "mathrm", "textnormal", "textit", "textbf"})
# words that join two equations as statements (``x = 3 \text{ gives } y = 7``): no factor of a member (sound46)
_CONJUNCTIONS = frozenset({"and", "or", "und", "also", "then", "hence", "so", "thus", "therefore", "gives", "give",
                          "giving", "yields", "yielding", "i.e.", "i.e.,", "we get", "we have", "we obtain"})
_DEF_CONDITION = re.compile(r"def|\\Delta|\\triangle|^\s*:\s*$|^\s*\\mathrm\{?d\}?\s*$", re.I)
_REL_COMMAND = frozenset({"stackrel", "overset", "underset"})
_SCAN = _scan_pattern(
    DEFINITION_COMMANDS | NON_EQUALITY_COMMANDS | _SEPARATOR_COMMANDS | _SPACE_COMMANDS | _TEXT_COMMANDS
    | _REL_COMMAND | {"not"}
)  # fmt: skip


@dataclass(frozen=True)
class Link:
    """The relation between two members: ``=``, ``:=`` or a non-equality, with its condition."""

    relation: str = EQUALITY
    condition: str | None = None


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    link: Link | None  # None: a separator


def _link_of(name: str) -> Link | None:
    if name in DEFINITION_COMMANDS:
        return Link(DEFINITION)
    if name in NON_EQUALITY_COMMANDS:
        return Link("\\" + name)
    return None


def link_tokens(text: str, lexemes: list[Lexeme] | None = None) -> list[Token]:
    """Top-level relations and separators of one row, in order (a single pass over its lexemes)."""
    out: list[Token] = []
    n = len(text)
    lex = scan(text) if lexemes is None else lexemes
    k = 0
    skip_to = -1
    while k < len(lex):
        t = lex[k]
        k += 1
        if t.start < skip_to:
            continue
        i = t.start
        if t.kind == "cmd":
            name = t.name
            if name in _REL_COMMAND:
                cond = brace_arg(text, t.end)
                rel = brace_arg(text, cond[1]) if cond else None
                if cond and rel and is_relation(rel[0].strip()):
                    written = rel[0].strip()
                    condition: str | None = cond[0].strip()
                    if written == "=" and condition is not None and _DEF_CONDITION.search(condition):
                        link = Link(DEFINITION)
                    elif written == "=":
                        link = Link(EQUALITY, condition)
                    elif written == ":=":
                        link = Link(DEFINITION)
                    else:
                        base = _link_of(written[1:]) if written.startswith("\\") else Link(written)
                        link = Link(base.relation if base else written, condition)
                    out.append(Token(i, rel[1], link))
                    skip_to = rel[1]
            elif name in _SEPARATOR_COMMANDS:
                out.append(Token(i, t.end, None))
            elif name in _SPACE_COMMANDS:
                arg = brace_arg(text, t.end)
                end = arg[1] if arg else t.end
                out.append(Token(i, end, None))
                skip_to = end
            elif name in _TEXT_COMMANDS:
                arg = brace_arg(text, t.end)
                if arg and arg[0].strip().lower() in _CONJUNCTIONS:
                    out.append(Token(i, arg[1], None))
                    skip_to = arg[1]
            elif name == "not" and text.startswith("=", t.end):
                out.append(Token(i, t.end + 1, Link("\\neq")))
                skip_to = t.end + 1
            else:
                link = _link_of(name)
                if link is not None:
                    out.append(Token(i, t.end, link))
            continue
        if t.kind != "char":
            continue
        c = t.name
        nxt = text[i + 1] if i + 1 < n else ""
        prev = text[i - 1] if i else ""
        if c == "=":
            if nxt == "=" or prev == "=":  # "==": a programmer's comparison, part of the member
                continue
            if prev and prev in "<>!":
                continue  # read with the character before it
            if prev == ":":
                out.append(Token(i - 1, i + 1, Link(DEFINITION)))
            elif nxt == ":":
                out.append(Token(i, i + 2, Link(DEFINITION)))
            else:
                out.append(Token(i, i + 1, Link(EQUALITY)))
        elif c in "<>":
            rel = c if nxt != "=" else ("\\le" if c == "<" else "\\ge")
            out.append(Token(i, i + 1 + (nxt == "="), Link(rel)))
        elif c == "!" and nxt == "=":
            out.append(Token(i, i + 2, Link("\\neq")))
        elif c in _UNICODE_RELATIONS:
            out.append(Token(i, i + 1, Link(_UNICODE_RELATIONS[c])))
        elif c in ",;":
            if not (c == "," and prev.isdigit() and nxt.isdigit()):  # 1,000
                out.append(Token(i, i + 1, None))
    return out


def counts_as_equals(link: Link) -> bool:
    return link.relation in (EQUALITY, DEFINITION)



# ---------------------------------------------------------------------------------------------
# Rows
