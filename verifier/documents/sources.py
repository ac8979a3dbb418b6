r"""Find the display math of a document with real parsers: Markdown, Jupyter notebooks and LaTeX.

* **Markdown** (``.md`` and anything that is not ``.tex``/``.ipynb``) is read with markdown-it-py
  and the MyST math rules of mdit-py-plugins (``dollarmath``, ``amsmath``), plus a small block
  rule for ``\[ … \]`` and an inline one for ``\( … \)``. So ``$$`` in a code span, a fenced or
  indented code block or an HTML comment is never math; ``> $$ … $$`` in a blockquote, a ``$$`` block
  with blank lines inside, a ``$$…$$`` written inline in a sentence (kramdown) and ``\begin{align}``
  without ``$$`` are.
  Display math inside an HTML block (``<details>``) is read by parsing the block's content again.
  A pandoc footnote's indented paragraphs are the footnote's text, not code (mdit-py-plugins' footnotes).
  GitHub's inline ``$`…`$`` is inline math (:func:`github_inline_math`, applied before reading).
  Fenced math (```` ```{math} ````, ```` ```math ````) is display math, and a MyST directive whose body
  is Markdown (```` ```{note} ````) is parsed again (:mod:`verifier.documents.myst`).
* **Notebooks** are read with nbformat: the markdown cells (and raw cells marked LaTeX, which
  nbconvert puts into the PDF as they are, and the ``%%latex``/``%%markdown`` code cells that show the author's
  own writing, :mod:`verifier.documents.cellmagics`; never the outputs of code cells), each parsed on its
  own (an unclosed ``$$`` cannot run into the next cell). :func:`load_document` joins them with a marker line
  ``<!-- cell N -->`` (N counts every cell from 1, code cells included) so line numbers refer to
  that text; ``MathBlock.cell``/``cell_line`` give the cell and the line inside it.
* **reStructuredText** (``.rst``, Sphinx course notes) is parsed by docutils (:mod:`verifier.documents.restructured`):
  the equations of ``.. math::`` are the displays, ``:math:`…``` roles the inline formulas; literal and code
  blocks are code.
* **LaTeX** (``.tex``) is walked with pylatexenc's LatexWalker (:mod:`verifier.documents.texsources`) from
  ``\begin{document}`` on (the preamble is only read for macro definitions, so a ``$$`` inside ``\lstset{…}`` is
  harmless); ``%`` comments are dropped; listings are verbatim.

Macros (:mod:`verifier.documents.macros`) defined in the document, in ``\input``/``\include``
files (found relative to the document) or in macro files given by the caller are expanded in
every display with the definitions in force where it stands. An ``\input`` that cannot be found
is reported in :attr:`Sources.notes`, never ignored.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.amsmath import amsmath_plugin
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.dollarmath.index import math_block_dollar
from mdit_py_plugins.footnote import footnote_plugin

from verifier.documents.cellmagics import magic_source
from verifier.documents.codeprose import without_code, without_tex_verbatim
from verifier.documents.coinedlogs import read_coined
from verifier.documents.eqlabels import blank_equation_labels
from verifier.documents.hidden import latex_shown
from verifier.documents.htmlmath import html_body, may_hold_math, shifted, verbatim
from verifier.documents.innerenvironments import inner_environment_plugin
from verifier.documents.macros import MacroTable, expand_document, expand_with, read_definitions
from verifier.documents.myst import Fenced, fenced
from verifier.documents.pagemath import page_math
from verifier.documents.parenmath import dollar_escaped
from verifier.documents.prices import price_pair
from verifier.documents.rootfile import root_of
from verifier.documents.shortcodes import katex_shortcode
from verifier.documents.slidehighlights import without_highlights
from verifier.documents.texsources import file_macros, line_starts, read_tex
from verifier.latex.document import MathBlock, Place

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = ["Sources", "document_kind", "extract_math", "load_document", "read_notebook", "read_sources"]

CELL_MARKER = re.compile(r"^<!-- cell (\d+) -->$", re.M)


@dataclass
class Sources:
    """The display blocks of a document and what the reader has to say about them."""

    blocks: list[MathBlock] = field(default_factory=list)
    #: ``$…$`` formulas of the prose (``\(…\)`` in LaTeX), macros expanded: the reader checks those that
    #: state a derivative ("so $\tanh'(u) = 1 - \tanh^2(u)$"); a display is never among them
    inline: list[MathBlock] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, message): unresolved \input, …
    macros: int = 0  # definitions read
    #: LaTeX: the whole text with every macro in force expanded (the document's, its ``\input`` files',
    #: the macro files given), for the prose the reader learns from; Markdown and notebooks: the text with its
    #: code blanked and its own macros expanded; None: the reader expands it itself
    prose: str | None = None
    #: Markdown: the document lines ``[start, end)`` (0-based) of each code block (not a math fence), blanked in
    #: ``prose`` (documents.codeprose)
    code: list[tuple[int, int]] = field(default_factory=list)


def document_kind(path: str | Path) -> str:
    """``"tex"``, ``"notebook"``, ``"rst"`` or ``"markdown"`` (anything else is read as Markdown)."""
    suffix = Path(path).suffix.lower()
    return {".tex": "tex", ".ipynb": "notebook", ".rst": "rst", ".rest": "rst"}.get(suffix, "markdown")


_GITHUB_INLINE = re.compile(r"(?<![$\\])\$`([^`\n$]+)`\$(?!\$)")


def github_inline_math(text: str, path: str | Path) -> str:
    r"""GitHub's inline math ``$`\frac{a}{b}`$`` written as ``$\frac{a}{b}$``: the backticks are part
    of GitHub's delimiters (they keep Markdown from reading the formula), not of the formula. Markdown
    and notebooks only; line numbers are kept."""
    if document_kind(path) in ("tex", "rst") or "$`" not in text:
        return text
    return _GITHUB_INLINE.sub(lambda m: f"${m.group(1)}$", text)


# ---------------------------------------------------------------------------------------------
# Loading


def load_document(path: str | Path) -> str:
    """The text of a document; for ``.ipynb`` the markdown cells (and raw LaTeX cells) with
    ``<!-- cell N -->`` markers."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    if document_kind(p) != "notebook":
        return raw
    try:
        nb = read_notebook(raw)
    except Exception as exc:  # noqa: BLE001 - nbformat raises many types for a bad file
        raise ValueError(f"{p}: not a Jupyter notebook (version 4) — {type(exc).__name__}: {exc}") from None
    if not isinstance(nb.get("cells"), list):
        raise ValueError(f"{p}: not a Jupyter notebook (version 4) — no 'cells' list")
    parts: list[str] = []
    meta = nb.get("metadata") or {}
    language = str((meta.get("kernelspec") or {}).get("language") or (meta.get("language_info") or {}).get("name")
                   or "python").lower()  # fmt: skip
    for index, cell in enumerate(nb.cells, start=1):
        source = cell.get("source", "")
        # %%latex, %%markdown (documents.cellmagics): IPython's; an R or Julia kernel shows no such cell (review35b)
        magic = magic_source(cell.get("cell_type"), source) if language.startswith("python") else None
        if magic is not None:
            source = latex_shown(magic[1]) if magic[0] == "latex" else magic[1]
        elif cell.get("cell_type") != "markdown" and not _latex_raw_cell(cell):
            continue
        if cell.get("cell_type") == "raw":  # LaTeX: its comments and \iffalse drafts are not shown (review23e)
            source = latex_shown(source)
        if cell.get("cell_type") == "raw" or (magic is not None and magic[0] == "latex"):
            # LaTeX, read by the Markdown reader: an indented \begin{align} or $$ is no code block (review35b)
            source = "\n".join(line.lstrip(" \t") for line in source.split("\n"))
        parts.append(f"<!-- cell {index} -->\n{source}")
    return "\n".join(parts)


#: how a raw cell says it is LaTeX (classic Notebook's "Raw NBConvert Format", JupyterLab, Quarto)
_LATEX_RAW = frozenset({"text/latex", "latex", "text/tex", "tex"})


def _latex_raw_cell(cell: NotebookNode) -> bool:
    """A raw cell marked LaTeX: the author's math, put into the PDF as it is (an unmarked raw cell may
    be reST or a header; code cells' ``text/latex`` outputs are computed, never read)."""
    if cell.get("cell_type") != "raw":
        return False
    meta = cell.get("metadata") or {}
    marks = (meta.get("raw_mimetype"), meta.get("format"))
    return any(isinstance(m, str) and m.lower() in _LATEX_RAW for m in marks)


def read_notebook(raw: str) -> NotebookNode:
    """A notebook read as nbformat 4; nbformat's warnings about old files (cells without ids) are
    not the reader's business, so they are silenced here instead of failing the document.

    nbformat (with jsonschema and its schemas: ~0.08 s of CPU) is imported here, when a notebook is
    read, not by every process that reads Markdown or LaTeX notes (docs/speed.md, speed52)."""
    import nbformat

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nbformat.reads(raw, as_version=4)


def extract_math(
    text: str, path: str = "", *, macro_files: Sequence[str | Path] = (), folder: str | Path | None = None
) -> list[MathBlock]:
    """All display-math blocks of a document, macros expanded (see :func:`read_sources`)."""
    return read_sources(text, path, macro_files=macro_files, folder=folder).blocks


def read_sources(
    text: str, path: str = "", *, macro_files: Sequence[str | Path] = (), folder: str | Path | None = None
) -> Sources:
    r"""Display blocks of ``text`` read as the kind of document ``path`` names, with ``notes``.

    ``\input`` files are looked for in ``folder`` (default: the folder of ``path``);
    ``macro_files`` are read for definitions before the document (macro files a course keeps
    elsewhere). A fragment that another file of its folder inputs takes that root document's macros
    (:mod:`verifier.documents.rootfile`)."""
    out = Sources()
    table = MacroTable()
    for f in macro_files:
        try:
            table.add(file_macros(Path(f), -1, set(), out, 0))
        except OSError as exc:
            out.notes.append((1, f"macro file {f} cannot be read: {exc}"))
    kind = document_kind(path)
    here = Path(folder) / Path(path).name if folder is not None else Path(path)
    if kind == "tex" and path and (root := root_of(here, text)) is not None:
        try:
            table.add(file_macros(root, -1, {here.resolve()}, out, 0))
            out.notes.append((1, f"the macros of {root.name} (which inputs this file) are used"))
        except OSError as exc:
            out.notes.append((1, f"{root.name} (which inputs this file) cannot be read: {exc}"))
    if kind == "tex":
        read_tex(text, path, table, out, Path(folder) if folder is not None else Path(path).parent, bool(macro_files))
        out.prose = expand_with(without_tex_verbatim(text), table)  # verbatim is no prose (documents.codeprose)
    elif kind == "rst":
        _read_rst(text, path, table, out)
    elif CELL_MARKER.search(text) and kind == "notebook":
        _read_notebook(text, path, table, out)
    else:
        _read_markdown(text, path, table, out, 0)
    if kind not in ("tex", "rst"):  # Markdown's code blocks and spans are no prose either (documents.codeprose)
        out.prose = dollar_escaped(expand_document(without_code(text, out.code)))  # \\( … \\) (parenmath)
    out.prose = read_coined(out.blocks, out.inline, out.prose)  # \log_t defined by the notes (documents.coinedlogs)
    out.macros = len(table)
    return out


# ---------------------------------------------------------------------------------------------
# Markdown

_BRACKET_OPEN = re.compile(r"\\\[")


def _bracket_math_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    r"""``\[ … \]`` as a display block (the dollarmath rules only know ``$$``)."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if not state.src.startswith("\\[", begin):
        return False
    close = state.src.find("\\]", begin + 2)
    if close < 0:
        return False
    if silent:
        return True
    line = start_line
    while line < end_line and state.eMarks[line] < close:
        line += 1
    if line >= end_line:
        return False
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = state.src[begin + 2 : close]
    token.markup = "\\["
    token.map = [start_line, line + 1]
    state.line = line + 1
    return True


# MathJax's delimiters inside a paragraph: (opening, closing, token type). ``\\(`` and ``\\[`` are what
# Markdown turns into ``\(`` and ``\[`` before MathJax reads the page (kramdown, Hugo, Jekyll), and Jupyter's
# Markdown cells take them for math delimiters as written; the longer spelling is tried first
_PAREN_DELIMITERS = (
    ("\\\\(", "\\\\)", "math_inline"),
    ("\\\\[", "\\\\]", "math_inline_double"),
    ("\\(", "\\)", "math_inline"),
    ("\\[", "\\]", "math_inline_double"),
)


def _paren_math_rule(state: StateInline, silent: bool) -> bool:
    r"""``\( … \)`` as inline math and ``\[ … \]`` as a display inside a paragraph, as MathJax, Jupyter and
    Pandoc read them (the dollarmath rules only know ``$``; CommonMark would take ``\(`` for an escaped
    bracket and the formula, a wrong one included, was never read); also their escaped spellings
    ``\\( … \\)`` and ``\\[ … \\]`` (:data:`_PAREN_DELIMITERS`)."""
    pos = state.pos
    for opening, closing, kind in _PAREN_DELIMITERS:
        if not state.src.startswith(opening, pos):
            continue
        if pos > 0 and state.src[pos - 1] == "\\":
            return False  # the second backslash of a \\( already passed over: not a delimiter
        close = state.src.find(closing, pos + len(opening))
        if close < 0 or (len(opening) == 2 and state.src[close - 1] == "\\"):
            continue  # no closing delimiter (or only an escaped one): try the shorter spelling
        if not silent:
            token = state.push(kind, "math", 0)
            token.content = state.src[pos + len(opening) : close]
            token.markup = opening
        state.pos = close + len(closing)
        return True
    return False


BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _open_inline_display(state: StateBlock, line: int) -> bool:
    """Whether the paragraph lines just above ``line`` leave a ``$$`` open."""
    count = 0
    k = line - 1
    while k >= 0:
        text = state.src[state.bMarks[k] + state.tShift[k] : state.eMarks[k]]
        if not text.strip():
            break
        count += text.count("$$")
        k -= 1
    return count % 2 == 1


def _silent_safe(rule: BlockRule) -> BlockRule:
    """The plugin's ``$$`` rule pushes its token even when only asked whether it would match (as a
    paragraph terminator); this wrapper undoes that, so a display is never emitted twice.

    It also refuses a one-line block that holds ``$$`` inside (``$$a = b$$ and $$c = d$$``): the
    plugin takes the line from its first ``$$`` to its last as one display, ``$$ and $$`` included,
    where Jupyter and MathJax show two displays. Refused, the line is a paragraph whose ``$$ … $$``
    pieces are read one by one (the inline double-dollar rule)."""

    def wrapped(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if silent and _open_inline_display(state, start_line):
            return False  # this "$$" closes a display opened inside the paragraph ("~~$$ … $$~~")
        tokens, line = len(state.tokens), state.line
        ok = rule(state, start_line, end_line, False)
        pushed = state.tokens[tokens:]
        several = any(t.map is not None and t.map[1] - t.map[0] == 1 and "$$" in t.content for t in pushed)
        if silent or several:
            del state.tokens[tokens:]
            state.line = line
        return ok and not several

    return wrapped


def _markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["strikethrough", "table"])
    # allow_digits=False: a "$" right after a digit or a closing "$" right before one is no delimiter, so the
    # prices of "$3 for a = 2 hours and $5" (or "5$ and 10$") are not a formula (pandoc's rule)
    md.use(dollarmath_plugin, allow_space=True, allow_digits=False, double_inline=True, allow_labels=True)
    # a "$$" line ends the paragraph before it and a display may hold blank lines, as on GitHub and
    # in MathJax-rendered notes (the plugin's defaults are stricter than what notes rely on)
    md.block.ruler.at(
        "math_block",
        _silent_safe(math_block_dollar(allow_labels=True, allow_blank_lines=True)),
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.use(amsmath_plugin)
    md.use(inner_environment_plugin)  # a bare \begin{aligned}, as MathJax renders it (documents.innerenvironments)
    # pandoc's footnotes: a definition's paragraphs are indented by four spaces, which CommonMark alone reads
    # as a code block (a display in a footnote was never read); ^[…] inline notes stay text, read as prose
    md.use(footnote_plugin, inline=False)
    # the plugin's tail moves the definitions to the end and drops those never referenced ([^1] misspelt or
    # removed): their math was silently lost (review35b); left in place, each is read at its own lines
    md.core.ruler.disable("footnote_tail")
    md.use(colon_fence_plugin)  # MyST's :::{math} and :::{note}, pandoc's and Quarto's ::: divs (documents.myst)
    md.block.ruler.before("fence", "bracket_math", _bracket_math_rule, {"alt": ["paragraph", "blockquote", "list"]})
    md.inline.ruler.before("escape", "paren_math", _paren_math_rule)
    md.inline.ruler.before("math_inline", "price_pair", price_pair)  # $5 and $1: text (documents.prices)
    md.inline.ruler.before("escape", "katex_shortcode", katex_shortcode)  # Hugo's {{< katex >}} (documents.shortcodes)
    return md


_MD: MarkdownIt | None = None


def _md() -> MarkdownIt:
    global _MD
    if _MD is None:
        _MD = _markdown_parser()
    return _MD


def _read_markdown(text: str, path: str, table: MacroTable, out: Sources, first_line: int,
                   cell: tuple[int, int] | None = None, *, nested: bool = True, raw: bool = False,
                   prose_out: list[tuple[int, str]] | None = None, offset: int = 0) -> None:  # fmt: skip
    """Blocks of a Markdown text whose first line is document line ``first_line + 1``. ``raw``: a body read
    again for the text around it (a div, a directive, an HTML block), its formulas as written, definitions
    kept, and its paragraphs given to ``prose_out``: the reader of the whole text learns the body's macros
    (Quarto's ``::: {.hidden}`` of ``$$\newcommand…$$`` defines them for the whole note) and expands them.
    ``offset``: where ``text`` starts in the whole one (a notebook's cell), so the macro table shared by the
    cells orders their definitions as written (review35b: a cell's \renewcommand lost to an earlier cell's
    \newcommand written further into its own cell)."""
    text = blank_equation_labels(text)
    lines = text.split("\n")
    starts = line_starts(text)
    found: list[tuple[int, str, bool]] = []  # (0-based line in text, LaTeX, struck)
    inline: list[_Inline] = []  # the same for $…$ in sentences, with where in its line (sources.place_of)
    prose: list[tuple[int, str]] = []  # (0-based line, text) where definitions may be written

    def walk(tokens: Sequence[Token]) -> None:
        for tok in tokens:
            if tok.type in ("math_block", "math_block_label") and tok.map is not None:
                found.append((tok.map[0], without_highlights(tok.content), False))  # $$ {1|2|all} (Slidev)
            elif tok.type == "amsmath" and tok.map is not None:
                found.append((tok.map[0], tok.content, False))
            elif tok.type == "inline" and tok.map is not None:
                prose.append((tok.map[0], tok.content))
                _inline_math(tok, lines, found, inline)
                if not raw and (open_at := _unclosed_display(tok, lines)) is not None:
                    out.notes.append((first_line + open_at + 1, UNCLOSED))  # content not read (readernotes)
            elif tok.type == "html_block" and tok.map is not None and nested and verbatim(tok.content):
                out.code.append((first_line + tok.map[0], first_line + tok.map[1]))  # <pre>: code (htmlmath)
            elif tok.type == "html_block" and tok.map is not None and nested and may_hold_math(tok.content):
                # <details> … $$ … $$ … </details>: the HTML around it is dropped, the rest read again (htmlmath)
                inner, shifts = html_body(tok.content)
                sub, paragraphs, line0 = Sources(), [], tok.map[0]
                _read_markdown(inner, path, MacroTable(), sub, 0, nested=False, raw=True, prose_out=paragraphs)
                prose.extend((line0 + p, content) for p, content in paragraphs)
                found.extend((line0 + b.line - 1, b.text, b.struck) for b in sub.blocks)
                inline.extend((line0 + b.line - 1, b.text, b.struck, None if (at := shifted(b.place, b.line, shifts))
                               is None else (at[0], line0 + at[1], at[2])) for b in sub.inline)  # fmt: skip
            elif (fence := fenced(tok)) is not None:
                code = _read_fenced(fence, path, found, inline, nested, prose)
                out.code.extend((first_line + start, first_line + end) for start, end in code)
            elif tok.type in ("fence", "code_block", "colon_fence") and tok.map is not None \
                    and tok.info.strip() != "verify":
                # a code block (not the notes' ```verify context, which prose readings may read too)
                out.code.append((first_line + tok.map[0], first_line + tok.map[1]))
            if tok.children and tok.type != "inline":
                walk(tok.children)

    walk(_md().parse(text))
    # where each display starts in the text: two on one line (kramdown's inline $$) each define at their own place
    cursor: dict[int, int] = {}
    offsets = [_source_at(text, starts, line0, latex, cursor) for line0, latex, _ in found]
    mend = (lambda latex: latex) if raw else page_math  # (raw: the reader of the whole text mends it, once)
    placed = [(line0, mend(latex), struck, off)  # \_, &lt; (documents.pagemath)
              for (line0, latex, struck), off in zip(found, offsets, strict=True)]  # fmt: skip
    inline[:] = [(line0, mend(latex), struck, at) for line0, latex, struck, at in inline]
    for line0, content in prose:
        if "\\" in content:
            table.add(read_definitions(content, offset + starts[line0], tex_comments=False))
    for _, latex, _, off in placed:
        if "\\" in latex:
            table.add(read_definitions(latex, offset + off, tex_comments=False))
    placed.sort(key=lambda f: f[0])
    displays = [(line0, latex, struck, None, off) for line0, latex, struck, off in placed]
    if prose_out is not None:
        prose_out.extend(prose)
    for kind, items in ((False, displays), (True, [(*i, None) for i in inline])):
        for line0, latex, struck, at, off in items:
            body = latex if raw else _strip_definitions(latex)  # (raw: the reader of the whole text does both)
            at_line = starts[min(line0, len(starts) - 1)] if off is None else off
            # a display that defines a macro (MathJax: $$\newcommand{\sig}{\sigma} \sig(x) = …$$) uses it itself
            if not raw:
                body = table.expand_at(body, offset + at_line + (len(latex) if body != latex else 0))
            line = first_line + line0 + 1
            c = None if cell is None else cell[0]
            cl = None if cell is None else line - cell[1]
            place = None if at is None else Place(at[0], first_line + at[1] + 1, at[2])
            (out.inline if kind else out.blocks).append(MathBlock(line, body, path, struck, c, cl, inline=kind,
                                                                  place=place))  # fmt: skip


def _source_at(text: str, starts: Sequence[int], line0: int, latex: str, cursor: dict[int, int]) -> int:
    """The offset in ``text`` where the display ``latex`` of line ``line0`` is written (after the displays of
    that line already placed, ``cursor``), or the line's start where it is not found there as written."""
    base = starts[min(line0, len(starts) - 1)]
    k = text.find(latex, cursor.get(line0, base)) if latex else -1
    if k < 0 or text.count("\n", base, k) > 1:  # not on its line or the next ($$ alone on its line): not it
        return base
    cursor[line0] = k + len(latex)
    return k


def _read_fenced(fence: Fenced, path: str, found: list[tuple[int, str, bool]], inline: list[_Inline],
                 nested: bool, prose: list[tuple[int, str]]) -> list[tuple[int, int]]:  # fmt: skip
    """A math fence's equations, or a MyST directive's (a ``:::`` div's) Markdown body parsed again at its
    lines (as written: the caller learns its macros, its paragraphs added to ``prose``); returns the lines
    ``[start, end)`` (0-based, in the text) of the code blocks of that body."""
    if fence.kind == "math":
        found.extend((line0, latex, False) for line0, latex in fence.parts)
        return []
    code: list[tuple[int, int]] = []
    for line0, body in fence.parts:
        sub = Sources()
        paragraphs: list[tuple[int, str]] = []
        _read_markdown(body, path, MacroTable(), sub, 0, nested=nested, raw=True, prose_out=paragraphs)
        prose.extend((line0 + p, content) for p, content in paragraphs)
        found.extend((line0 + b.line - 1, b.text, b.struck) for b in sub.blocks)
        inline.extend((line0 + b.line - 1, b.text, b.struck, None if b.place is None else
                       (b.place.column, line0 + b.place.end_line - 1, b.place.end_column)) for b in sub.inline)
        code.extend((line0 + start, line0 + end) for start, end in sub.code)
    return code


UNCLOSED = "a display opened with $$ is never closed: its math cannot be read (close it with $$)"
_ESCAPED_OR_CODE = re.compile(r"\\\$|\$?`[^`]*`\$?")  # \$, `code` and GitHub's $`math`$: no display


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MATH_AFTER = re.compile(r"\\[A-Za-z]|=")  # a command or an equals sign: the dropped text was math


def _unclosed_display(tok: Token, lines: list[str]) -> int | None:
    """The 0-based line of a paragraph's ``$$`` that nothing closes (no display, no inline ``$$…$$`` took it), or
    None. Neither block nor inline rule reads such a display: its math was dropped in silence (fresh63)."""
    assert tok.map is not None
    doubles = sum(1 for c in tok.children or () if c.type == "math_inline_double")
    content = _ESCAPED_OR_CODE.sub("", _HTML_COMMENT.sub("", tok.content))
    if (content.count("$$") - 2 * doubles) % 2 == 0:
        return None
    # a stray $$ in prose ("US$$2", $a$$b$) drops nothing: only one that starts a line, or math after it (redmid60)
    if not any(line.lstrip().startswith("$$") for line in content.split("\n")) and not _MATH_AFTER.search(
            content[content.rfind("$$") + 2 :]):  # fmt: skip
        return None
    return next((k for k in range(*tok.map) if "$$" in _ESCAPED_OR_CODE.sub("", _HTML_COMMENT.sub("", lines[k]))),
                tok.map[0])  # fmt: skip


def _inline_math(
    tok: Token, lines: list[str], found: list[tuple[int, str, bool]], inline: list[_Inline]
) -> None:
    """``$$…$$`` inside a paragraph: a display written inline (kramdown) — one block each; ``$…$``
    formulas go to ``inline`` (with their line, whether they are struck through and where in the line)."""
    assert tok.map is not None
    children = tok.children or []
    if not any(c.type in ("math_inline_double", "math_inline") for c in children):
        return
    source = "\n".join(lines[tok.map[0] : tok.map[1]])
    search_from = 0
    struck = False
    for child in children:
        if child.type == "s_open" or (child.type == "html_inline" and _STRIKE_OPEN.match(child.content)):
            struck = True  # ~~…~~, or HTML's <del>/<s>/<strike> that Markdown passes through (HackMD, Notion)
        elif child.type == "s_close" or (child.type == "html_inline" and _STRIKE_CLOSE.match(child.content)):
            struck = False
        elif child.type in ("math_inline_double", "math_inline"):
            at = source.find(child.content, search_from)
            if at < 0:
                at = search_from
            line0 = tok.map[0] + source.count("\n", 0, at)
            search_from = at + len(child.content)
            if child.type == "math_inline_double":
                found.append((line0, child.content, struck))
            else:
                inline.append((line0, child.content, struck, place_of(source, at, len(child.content), child.markup,
                                                                      tok.map[0])))  # fmt: skip


_STRIKE_OPEN = re.compile(r"<(?:del|s|strike)(?:\s[^>]*)?>$", re.IGNORECASE)
_STRIKE_CLOSE = re.compile(r"</(?:del|s|strike)\s*>$", re.IGNORECASE)

#: an inline formula as the Markdown reader collects it: (0-based line, LaTeX, struck, where: see place_of)
_Inline = tuple[int, str, bool, "tuple[int, int, int] | None"]
_CLOSING = {"$": "$", "$$": "$$", **{o: c for o, c, _ in _PAREN_DELIMITERS}}


def place_of(source: str, at: int, length: int, markup: str, first: int) -> tuple[int, int, int] | None:
    r"""Where the formula whose content is ``source[at : at + length]`` is written: (column of its opening
    delimiter ``markup`` in its line, 0-based line of its closing delimiter, column just past it); lines
    count from ``first``, the 0-based line ``source`` starts at. None where the delimiters are not found
    around it (a formula that is not written as read)."""
    close = _CLOSING.get(markup)
    end = at + length
    if close is None or at < len(markup) or not source.startswith(markup, at - len(markup)) \
            or not source.startswith(close, end):
        return None
    start = at - len(markup)
    end += len(close)
    column = start - (source.rfind("\n", 0, start) + 1)
    return column, first + source.count("\n", 0, end), end - (source.rfind("\n", 0, end) + 1)


_DEFINITION_LINE = re.compile(
    r"\\(?:newcommand|renewcommand|providecommand|DeclareMathOperator)\*?\s*\{?\\[A-Za-z@]+\}?(?:\s*\[[^\]]*\])*\s*"
)


def _strip_definitions(latex: str) -> str:
    r"""A display that holds ``\newcommand`` definitions (MathJax style) loses them: they are not math."""
    if "command" not in latex and "DeclareMathOperator" not in latex:
        return latex
    out: list[str] = []
    i = 0
    for m in _DEFINITION_LINE.finditer(latex):
        if m.start() < i:
            continue
        out.append(latex[i : m.start()])
        k = m.end()
        if k < len(latex) and latex[k] == "{":
            depth = 0
            for q in range(k, len(latex)):
                if latex[q] == "{" and latex[q - 1] != "\\":
                    depth += 1
                elif latex[q] == "}" and latex[q - 1] != "\\":
                    depth -= 1
                    if depth == 0:
                        k = q + 1
                        break
        i = k
    out.append(latex[i:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# reStructuredText


def _read_rst(text: str, path: str, table: MacroTable, out: Sources) -> None:
    """The ``.. math::`` equations and ``:math:`` roles docutils finds (documents.restructured), macros a display
    defines (``\\newcommand`` in a ``.. math::``) learnt and expanded where they are in force; the prose is the
    text with its code blanked and its math written with dollars."""
    from verifier.documents.restructured import read_rst, rst_prose  # docutils (~0.1 s) only where .rst is read

    found = read_rst(text)
    starts = line_starts(text)
    out.notes.extend(found.notes)
    out.code.extend(found.code)
    for line, latex in found.displays:
        if "\\" in latex:
            table.add(read_definitions(latex, starts[min(line - 1, len(starts) - 1)], tex_comments=False))
    for line, latex in found.displays:  # (the LaTeX as written: reStructuredText has no Markdown escapes)
        body = _strip_definitions(latex)
        at = starts[min(line - 1, len(starts) - 1)] + (len(latex) if body != latex else 0)
        out.blocks.append(MathBlock(line, table.expand_at(body, at), path))
    for line, latex, place in found.inline:
        body = table.expand_at(latex, starts[min(line - 1, len(starts) - 1)])
        out.inline.append(MathBlock(line, body, path, inline=True, place=None if place is None else Place(*place)))
    out.prose = rst_prose(text, found)


# ---------------------------------------------------------------------------------------------
# Notebooks


def _read_notebook(text: str, path: str, table: MacroTable, out: Sources) -> None:
    markers = list(CELL_MARKER.finditer(text))
    starts = line_starts(text)
    for k, m in enumerate(markers):
        body_start = m.end() + 1
        body_end = markers[k + 1].start() - 1 if k + 1 < len(markers) else len(text)
        marker_line = bisect.bisect_right(starts, m.start())  # 1-based line of the marker
        _read_markdown(text[body_start:max(body_end, body_start)], path, table, out, marker_line,
                       cell=(int(m.group(1)), marker_line), offset=body_start)  # fmt: skip
