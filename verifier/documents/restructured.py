r"""Find the math of a reStructuredText document (Sphinx course notes, ``.rst``) with docutils, the reference parser.

The text is parsed to a doctree by docutils with settings that never read anything the document names
(``file_insertion_enabled=False``: no ``.. include::``, no ``:file:`` options; ``raw_enabled=False``), never stop
on an error (``halt_level`` 5) and print nothing (reports go to a string the caller never shows; the parser's
messages about a directive it does not know are no business of the reader's). Only the parse is used; no writer.

* ``.. math::`` (docutils' and Sphinx's directive, with Sphinx's ``:label:``/``:nowrap:`` and any other option):
  each equation its own display, equations being separated by blank lines as Sphinx separates them (with
  ``:nowrap:`` the body is one display, written as LaTeX); an equation written on the directive line
  (``.. math:: a = b``) is one too. Each display keeps the line it is written at.
* ``:math:`…``` roles in the prose: inline formulas with their line and column (the line is found from the
  paragraph's first line, which docutils gives the role, by looking for the role as written). After ``..
  default-role:: math`` docutils gives bare `` `…` `` to the same role; the prose writes it ``$…$`` then too
  (gaps60: "Let `f(x) = x^3`" was no definition).
* Directives docutils does not know (Sphinx's and its extensions': ``.. proof::``, ``.. prf:theorem::``,
  ``.. exercise::``, ``.. only::``, ``.. tab::`` …) are read as containers: their body is parsed as
  reStructuredText at its own lines, so their math is found (docutils alone drops the body into an error
  message, and the math with it). Admonitions (``.. note::``, ``.. admonition::``) are docutils' own.
* Literal blocks (after ``::``), ``.. code-block::``/``.. code::``/``.. sourcecode::`` and comments are never
  math, and a ``:math:`` written in them is text: docutils does not read inside them. Their lines are given as
  code (:attr:`RstMath.code`), so the prose the reader learns from (:func:`rst_prose`) blanks them.

The directives and roles this reader needs are registered with docutils only for the time of one parse and
the registry is restored afterwards, so other users of docutils in the process see docutils as it was.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar

from docutils import nodes
from docutils.core import publish_doctree
from docutils.parsers.rst import Directive, directives, roles
from docutils.utils import SystemMessage

__all__ = ["RstMath", "read_rst", "rst_prose"]

#: the parse settings: nothing read from outside the text, nothing printed, never halted
_SETTINGS: dict[str, Any] = {
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "report_level": 5,
    "halt_level": 5,
    "exit_status_level": 5,
    "traceback": True,
    "_disable_config": True,
    "syntax_highlight": "none",
    "input_encoding": "unicode",
    "line_length_limit": 1_000_000,
}

_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+([A-Za-z0-9][\w:.+-]*)[ \t]*::", re.M)
_CODE_DIRECTIVES = frozenset({
    "code", "code-block", "sourcecode", "literalinclude", "highlight", "parsed-literal", "ipython", "jupyter-execute",
    "doctest", "testcode", "testoutput", "testsetup", "testcleanup", "plot", "code-cell", "jupyter-input",
    "jupyter-output", "prompt",
})  # fmt: skip


@dataclass
class RstMath:
    """The math docutils finds in a reStructuredText text; lines are 1-based document lines."""

    #: displays: (line of the display's first line, LaTeX); one per equation of a ``.. math::`` block
    displays: list[tuple[int, str]] = field(default_factory=list)
    #: ``:math:`…``` roles: (line, LaTeX, (column of the role, its last line, column just past it) or None)
    inline: list[tuple[int, str, tuple[int, int, int] | None]] = field(default_factory=list)
    #: the lines ``[start, end)`` (0-based) of literal and code blocks: no math, no prose
    code: list[tuple[int, int]] = field(default_factory=list)
    #: (line, message): what the reader could not read (a directive's body that was not parsed)
    notes: list[tuple[int, str]] = field(default_factory=list)


class _Collector:
    """What the directives and roles of one parse record."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.out = RstMath()
        self.cursor = 0

    def role_place(self, lineno: int, rawtext: str) -> tuple[int, tuple[int, int, int] | None]:
        """The line of a role written ``rawtext`` in the paragraph starting at ``lineno`` (and where in it)."""
        start = max(self.cursor, self.starts[min(max(lineno - 1, 0), len(self.starts) - 1)])
        pattern = r"\n[ \t]*(?:\|[ \t]*)?".join(re.escape(part) for part in rawtext.split("\n"))
        m = re.compile(pattern).search(self.text, start)
        if m is None:
            return lineno, None
        self.cursor = m.end()
        line0 = self.text.count("\n", 0, m.start())
        end0 = self.text.count("\n", 0, m.end())
        return line0 + 1, (m.start() - self.starts[line0], end0 + 1, m.end() - self.starts[end0])


_ACTIVE: list[_Collector] = []


def _math_role(name: str, rawtext: str, text: str, lineno: int, inliner: object,
               options: dict[str, Any] | None = None, content: list[str] | None = None
               ) -> tuple[list[nodes.Node], list[nodes.system_message]]:  # fmt: skip
    """``:math:`…```: an inline formula, recorded with its line."""
    collector = _ACTIVE[-1]
    line, place = collector.role_place(lineno, rawtext)
    latex = nodes.unescape(text, restore_backslashes=True) if "\x00" in text else text
    collector.out.inline.append((line, latex, place))
    return [nodes.math(rawtext, latex)], []


def _text_role(name: str, rawtext: str, text: str, lineno: int, inliner: object,
               options: dict[str, Any] | None = None, content: list[str] | None = None
               ) -> tuple[list[nodes.Node], list[nodes.system_message]]:  # fmt: skip
    """Sphinx's cross-references (``:eq:``, ``:ref:``, ``:numref:`` …): text, never math."""
    return [nodes.literal(rawtext, text)], []


class _AnyOptions(dict[str, Any]):
    """An option spec that takes every option as written (Sphinx's ``:label:``, ``:nowrap:``, ``:class:`` …)."""

    def __bool__(self) -> bool:
        return True  # (docutils reads options only where a directive has an option spec)

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        return directives.unchanged


class _Lenient(Directive):
    """A directive with a body, an optional argument (a title, a language, an equation) and any option."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = _AnyOptions()


class _Math(_Lenient):
    """``.. math::``: one display per equation (blank lines separate them), or one with ``:nowrap:``."""

    def run(self) -> list[nodes.Node]:
        out = _ACTIVE[-1].out
        if self.arguments:  # the equation written on the directive line
            out.displays.append((self.lineno, self.arguments[0]))
        lines = list(self.content)
        offset = self.content_offset  # 0-based line of the first content line
        if "nowrap" in self.options:
            if any(line.strip() for line in lines):
                out.displays.append((offset + 1, "\n".join(lines)))
            return []
        k = 0
        while k < len(lines):
            if not lines[k].strip():
                k += 1
                continue
            j = k
            while j < len(lines) and lines[j].strip():
                j += 1
            out.displays.append((offset + k + 1, "\n".join(lines[k:j])))
            k = j
        return []


class _Container(_Lenient):
    """A directive docutils does not know (``.. proof::``, ``.. prf:theorem::`` …): its body is parsed as
    reStructuredText at its lines, its title (the argument) as text."""

    def run(self) -> list[nodes.Node]:
        node = nodes.container()
        if self.arguments:
            title, messages = self.state.inline_text(self.arguments[0], self.lineno)
            node += nodes.paragraph(self.arguments[0], "", *title)
            node += messages
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class _Code(_Lenient):
    """``.. code-block::`` and its kin: code, whatever options Sphinx gives it; its lines are recorded."""

    def run(self) -> list[nodes.Node]:
        if self.content:
            start = self.content_offset
            _ACTIVE[-1].out.code.append((start, start + len(self.content)))
        return [nodes.literal_block("\n".join(self.content), "\n".join(self.content))]


def _known(name: str) -> bool:
    """Whether docutils itself knows the directive ``name`` (in English)."""
    from docutils.parsers.rst.languages import en

    low = name.lower()
    return low in directives._directives or en.directives.get(low) in directives._directive_registry


@contextmanager
def _registered(text: str) -> Iterator[None]:
    """This reader's directives and roles registered for one parse, docutils' own restored afterwards
    (``directives._directives`` and ``roles._roles`` are where docutils' public ``register_*`` put them)."""
    table: dict[str, type[Directive]] = {"math": _Math}
    table.update({name: _Code for name in _CODE_DIRECTIVES})
    for m in _DIRECTIVE.finditer(text):
        name = m.group(1).lower()
        if name not in table and not _known(name):
            table[name] = _Container
    role_table = {"math": _math_role, **{r: _text_role for r in ("eq", "ref", "numref", "doc", "cite", "term")}}
    saved = {n: directives._directives.get(n) for n in table}
    saved_roles = {n: roles._roles.get(n) for n in role_table}
    try:
        for name, cls in table.items():
            directives.register_directive(name, cls)
        for name, fn in role_table.items():
            roles.register_local_role(name, fn)
        yield
    finally:
        for name, old in saved.items():
            if old is None:
                directives._directives.pop(name, None)
            else:
                directives._directives[name] = old
        for name, old_role in saved_roles.items():
            if old_role is None:
                roles._roles.pop(name, None)
            else:
                roles._roles[name] = old_role


def read_rst(text: str) -> RstMath:
    """The displays, inline formulas and code blocks of the reStructuredText ``text``."""
    collector = _Collector(text)
    _ACTIVE.append(collector)
    try:
        with _registered(text):
            doctree = publish_doctree(text, settings_overrides={**_SETTINGS, "warning_stream": io.StringIO()})
    except SystemMessage as exc:  # (halt_level 5: docutils' severe errors do not halt; a bug of ours would)
        collector.out.notes.append((1, f"reStructuredText not read to its end: {exc}"))
        return collector.out
    finally:
        _ACTIVE.pop()
    _literal_blocks(doctree, collector)
    _unread(doctree, collector.out)
    collector.out.displays.sort(key=lambda d: d[0])
    return collector.out


_DIRECTIVE_ERROR = re.compile(r'Error in "([^"]+)" directive:\n([^\n]*)')
_INCLUDE = re.compile(r"^\s*\.\.\s+include::\s*(\S*)", re.M)


def _unread(doctree: nodes.document, out: RstMath) -> None:
    """Notes for what docutils parsed but this reader could not read: a directive docutils refuses (an invalid
    option block, an admonition without its title, which Sphinx shows as an error too) whose text holds math, and
    an ``.. include::``, whose file is never read (documents.readernotes makes each a SKIPPED result)."""
    for msg in doctree.findall(nodes.system_message):
        said = msg.astext()
        line = msg.get("line") or 1
        if (m := _DIRECTIVE_ERROR.search(said)) is not None and "math" in said.split("\n", 2)[-1]:
            out.notes.append((line, f'a ".. {m.group(1)}::" directive docutils refuses ({m.group(2).rstrip(".")}): '
                                    "the math it holds cannot be read"))
        elif '"include" directive disabled' in said:
            named = _INCLUDE.search(said)
            name = named.group(1) if named else ""
            out.notes.append((line, f"the included file {name} cannot be read (the reader never reads the files a note "
                                    "includes)"))


def _literal_blocks(doctree: nodes.document, collector: _Collector) -> None:
    """The lines of the literal blocks after ``::`` (and of comments): code, not prose."""
    lines = collector.text.split("\n")
    for node in doctree.findall(lambda n: isinstance(n, nodes.literal_block | nodes.comment)):
        body = node.astext()
        if not body.strip():
            continue
        first = body.split("\n", 1)[0].strip()
        size = body.count("\n") + 1
        hint = (node.line or 1) - 1
        # docutils' line of a literal block is near it (the line after it for an indented one): look around;
        # a comment's first line is written after its "..", where its text starts on that line
        for k in range(max(hint - size - 2, 0), min(hint + 2, len(lines))):
            if first and lines[k].strip().endswith(first) and not any(s <= k < e for s, e in collector.out.code):
                start = k - 1 if isinstance(node, nodes.comment) and lines[k - 1].strip() == ".." else k
                collector.out.code.append((start, k + size))
                break


_ROLE = re.compile(r":math:`((?:[^`\\]|\\.)*)`", re.S)


def rst_prose(text: str, found: RstMath) -> str:
    """The text as prose the reader learns from (given values, definitions in sentences): code blanked,
    ``:math:`…``` written ``$…$`` and each ``.. math::`` display written between ``$$`` lines, line for line."""
    lines = text.split("\n")
    for start, end in found.code:
        for k in range(start, min(end, len(lines))):
            lines[k] = ""
    for line, latex in found.displays:
        span = latex.count("\n")
        k = line - 1
        if 0 <= k < len(lines) and k + span < len(lines):
            if lines[k].lstrip().startswith(".."):  # the equation on the directive line
                lines[k] = "$$ " + latex + " $$"
            else:
                lines[k] = "$$ " + lines[k].strip()
                lines[k + span] = lines[k + span] + " $$"
    prose = "\n".join(lines)
    return _default_math(_ROLE.sub(lambda m: f"${m.group(1)}$", prose))


# ``.. default-role:: math`` (Sphinx's ``default_role`` written in the document): from there on a bare
# `` `…` `` is math, until another default role is set (``.. default-role::`` alone restores docutils' own)
_DEFAULT_ROLE = re.compile(r"^[ \t]*\.\.[ \t]+default-role::[ \t]*(\S*)[ \t]*$", re.M)
# interpreted text with no role: one backtick each side (``…`` is a literal), no role before, no link after
_BARE = re.compile(r"(?<![`:\w])`((?:[^`\\\n]|\\.)+)`(?![`_\w])")


def _default_math(prose: str) -> str:
    """``prose`` with the bare interpreted text written ``$…$`` where the document's default role is math."""
    out, at, math = [], 0, False
    for m in _DEFAULT_ROLE.finditer(prose):
        part = prose[at : m.start()]
        out.append(_BARE.sub(lambda b: f"${b.group(1)}$", part) if math else part)
        math = m.group(1).lower() == "math"
        out.append(m.group(0))
        at = m.end()
    rest = prose[at:]
    out.append(_BARE.sub(lambda b: f"${b.group(1)}$", rest) if math else rest)
    return "".join(out)
