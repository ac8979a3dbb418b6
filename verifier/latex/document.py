r"""Find derivation chains in course documents (Markdown/LaTeX, Jupyter notebooks).

A *chain* is ``m0 = m1 = … = mn``: each ``=`` is one *step* to check. Handwritten material spreads
one chain over many displays (every line its own ``$$= …$$``) or over the rows of an
``aligned`` block, so displays and rows are cut into *pieces* and linked:

* a piece that ends with ``=`` or a piece that starts with ``=`` continues the chain;
* a piece that ends with a binary operator (``+``, ``-``, ``\cdot``) or starts with ``+``
  continues the *member* (a long expression broken over two displays);
* anything else starts a new chain.

Only top-level ``=`` splits members (not ``=`` inside braces, brackets or ``\left…\right``,
nor ``:=``, ``==``, ``<=``, ``\neq``, ``\leq``). ``\stackrel{c}{=}``/``\overset{c}{=}`` is a step
with condition ``c``. Labels (``c)``, ``\star``, ``\text{ Find }``), equation numbers
(``(12)``, ``\tag{12}``), ``\label``, side conditions (``\quad t \in …``, ``, A \in …``) and shape
superscripts (``^{n \times 10}``) are removed; side conditions and shapes are kept as notes.
Decorations (``\underline``, ``\boxed``, ``\cancel``, ``\textcircled``, ``\overset{0}{x}``) are
replaced by a brace group around their content, so the member stays what was written.

Blocks struck through in Markdown (``~~$$…$$~~``) are kept but marked ``struck`` and never joined
with unstruck ones. A chain whose first piece starts with ``=`` is ``dangling`` (its left-hand
side was inline math or prose). A trailing ``=`` followed by a display that is an equation of its
own (``a = b``) does not join; a note says so.

Notebooks: ``load_document`` concatenates the markdown cells, each preceded by a marker line
``<!-- cell N -->`` (N counts every cell from 1, code cells included, as in the notebook). Line
numbers refer to that concatenated text; ``MathBlock.cell``/``cell_line`` give the cell and the
1-based line inside it.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Chain",
    "MathBlock",
    "Member",
    "Step",
    "extract_math",
    "join_chains",
    "load_document",
    "split_chain",
    "split_chains",
]


@dataclass(frozen=True)
class MathBlock:
    """One display-math block as found in a document."""

    line: int  # 1-based line of the block's opening delimiter
    text: str  # raw LaTeX between the delimiters (for environments: the whole \begin…\end)
    path: str = ""
    struck: bool = False  # wrapped in Markdown strike-through ~~…~~: withdrawn by the author
    cell: int | None = None  # notebooks: 1-based cell index
    cell_line: int | None = None  # notebooks: 1-based line inside that cell

    @property
    def where(self) -> str:
        if self.cell is not None:
            return f"{self.path}: cell {self.cell}, line {self.cell_line}"
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Member:
    """One side of a step: cleaned LaTeX ready for ``parse_latex``."""

    latex: str
    line: int


@dataclass(frozen=True)
class Step:
    """``left = right``; ``condition`` is the text of ``\\stackrel{condition}{=}``, if any."""

    left: Member
    right: Member
    condition: str | None = None


@dataclass
class Chain:
    """Members linked by ``=``; ``steps`` pairs each member with the next."""

    path: str
    line: int
    members: list[Member] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # side conditions, shapes, …
    label: str | None = None  # "c)", "\\star", … stripped from the front
    struck: bool = False
    dangling: bool = False  # starts with "=": its left-hand side is not in display math

    @property
    def derivative_variable(self) -> str | None:
        r"""LaTeX of the variable of the chain's ``\frac{d}{dx}``-style derivatives, if there is
        exactly one: what a prime ``(…)'`` in the chain most likely differentiates by."""
        found: set[str] = set()
        for m in self.members:
            found.update(v.strip() for v in _DIFF_VAR.findall(m.latex))
        return found.pop() if len(found) == 1 else None


_DIFF_VAR = re.compile(
    r"\\[dt]?frac\s*\{\s*(?:d|\\partial|\\mathrm\{d\})[^{}]*\}\s*\{\s*(?:d|\\partial|\\mathrm\{d\})\s*"
    r"((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?)\s*\}"
)

# ---------------------------------------------------------------------------------------------
# Loading and extraction


def load_document(path: str | Path) -> str:
    """The text of a document; for ``.ipynb`` the markdown cells with ``<!-- cell N -->`` markers."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    if p.suffix.lower() != ".ipynb":
        return raw
    nb = json.loads(raw)
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError(f"{p}: not a Jupyter notebook (version 4) — no 'cells' list")
    parts: list[str] = []
    for index, cell in enumerate(nb["cells"], start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        parts.append(f"<!-- cell {index} -->\n{text}")
    return "\n".join(parts)


_CELL_MARKER = re.compile(r"^<!-- cell (\d+) -->$", re.M)
_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[^\n]*$", re.M | re.S)
_OPENER = re.compile(r"\$\$|\\\[|\\begin\{(equation|align|gather|multline|eqnarray|displaymath|flalign)(\*?)\}")


def extract_math(text: str, path: str = "") -> list[MathBlock]:
    r"""All display-math blocks: ``$$…$$``, ``\[…\]``, equation/align/gather environments.

    Inline ``$…$`` is ignored, and so is anything inside fenced code blocks.
    """
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(line_starts, pos)

    fences = [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    markers = [(line_of(m.start()), int(m.group(1))) for m in _CELL_MARKER.finditer(text)]
    blocks: list[MathBlock] = []
    pos = 0
    while True:
        m = _OPENER.search(text, pos)
        if m is None:
            break
        start = m.start()
        fence = next((f for f in fences if f[0] <= start < f[1]), None)
        if fence is not None:
            pos = fence[1]
            continue
        if m.group(0) in ("$$", "\\[") and start > 0 and text[start - 1] == "\\":
            pos = m.end()
            continue
        if m.group(0) == "$$":
            close = text.find("$$", m.end())
            inner_start, inner_end, after = m.end(), close, close + 2
        elif m.group(0) == "\\[":
            close = text.find("\\]", m.end())
            inner_start, inner_end, after = m.end(), close, close + 2
        else:
            end_tag = f"\\end{{{m.group(1)}{m.group(2)}}}"
            close = text.find(end_tag, m.end())
            inner_start, inner_end, after = start, close + len(end_tag), close + len(end_tag)
        if close < 0:
            break  # unclosed display: ignore the rest rather than guess
        line = line_of(start)
        before = text[line_starts[line - 1] : start].rstrip()
        struck = before.endswith("~~") and text[after : after + 2] == "~~"
        cell = cell_line = None
        if markers:
            k = bisect.bisect_right([ml for ml, _ in markers], line) - 1
            if k >= 0:
                cell, cell_line = markers[k][1], line - markers[k][0]
        blocks.append(MathBlock(line, text[inner_start:inner_end], path, struck, cell, cell_line))
        pos = after
    return blocks


# ---------------------------------------------------------------------------------------------
# Scanning helpers


_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def _depths(text: str) -> list[int]:
    r"""Bracket depth before each character: {}, (), [], \{\}, \left…\right, \begin…\end."""
    depths = [0] * (len(text) + 1)
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            m = _COMMAND.match(text, i)
            name = m.group(1) if m else ""
            end = m.end() if m else i + 1
            if name in ("left", "right", "begin", "end"):
                # the delimiter (or {env}) after it belongs to this command
                k = end
                while k < n and text[k] == " ":
                    k += 1
                if name in ("begin", "end") and k < n and text[k] == "{":
                    close = text.find("}", k)
                    k = close + 1 if close >= 0 else k + 1
                elif k < n and text[k] == "\\":
                    mm = _COMMAND.match(text, k)
                    k = mm.end() if mm else k + 1
                elif k < n:
                    k += 1
                opening = name in ("left", "begin")
                if not opening:
                    depth = max(depth - 1, 0)
                for q in range(i, k):
                    depths[q] = depth
                if opening:
                    depth += 1
                i = k
                continue
            if name in ("{", "}"):
                if name == "}":
                    depth = max(depth - 1, 0)
                depths[i] = depths[i + 1] = depth
                if name == "{":
                    depth += 1
                i += 2
                continue
            for q in range(i, end):
                depths[q] = depth
            i = end
            continue
        if c in "{([":
            depths[i] = depth
            depth += 1
        elif c in "})]":
            depth = max(depth - 1, 0)
            depths[i] = depth
        else:
            depths[i] = depth
        i += 1
    depths[n] = depth
    return depths


def _group_end(text: str, i: int) -> int:
    """Index of the '}' matching the '{' at ``i`` (or -1)."""
    depth = 0
    k = i
    while k < len(text):
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _brace_arg(text: str, i: int) -> tuple[str, int] | None:
    """The braced argument starting at or after ``i`` (spaces skipped): (content, index after)."""
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] != "{":
        return None
    end = _group_end(text, i)
    if end < 0:
        return None
    return text[i + 1 : end], end + 1


_DECORATIONS = ("underline", "boxed", "cancel", "bcancel", "xcancel", "textcircled", "fbox")


_DECORATION_RE = re.compile(r"\\(" + "|".join(_DECORATIONS) + r"|overset|underset|textcolor|color)(?![A-Za-z])")


def _undecorate(text: str) -> str:
    r"""``\boxed{X}`` → ``{X}``; ``\overset{a}{X}`` → ``{X}`` unless X is a relation; ``\textcolor``."""
    out: list[str] = []
    i = 0
    while True:
        m = _DECORATION_RE.search(text, i)
        if m is None:
            out.append(text[i:])
            return "".join(out)
        name = m.group(1)
        first = _brace_arg(text, m.end())
        if first is None:
            out.append(text[i : m.end()])
            i = m.end()
            continue
        if name in _DECORATIONS:
            out.append(text[i : m.start()] + "{" + _undecorate(first[0]) + "}")
            i = first[1]
        elif name == "color":
            out.append(text[i : m.start()])
            i = first[1]
        else:
            second = _brace_arg(text, first[1])
            if second is None:
                out.append(text[i : m.end()])
                i = m.end()
                continue
            if name != "textcolor" and second[0].strip() == "=":
                out.append(text[i : second[1]])  # a conditioned relation: the splitter reads it
            else:
                out.append(text[i : m.start()] + "{" + _undecorate(second[0]) + "}")
            i = second[1]


# ---------------------------------------------------------------------------------------------
# Rows and pieces

_ROW_ENVS = ("equation", "align", "aligned", "split", "gather", "gathered", "multline", "eqnarray", "flalign",
             "alignat", "alignedat", "displaymath")  # fmt: skip
_BEGIN = re.compile(r"\\begin\{(" + "|".join(_ROW_ENVS) + r")(\*?)\}")


_ROW_SPACING = re.compile(r"\s*\[[^\]]*\]")


def _rows(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """Rows of a display (split at top-level ``\\\\`` inside align-like environments), with offsets."""
    d = _depths(text)
    for m in _BEGIN.finditer(text):
        if d[m.start()] != 0:
            continue
        end_tag = f"\\end{{{m.group(1)}{m.group(2)}}}"
        close = text.find(end_tag, m.end())
        while close >= 0 and d[close] != 0:
            close = text.find(end_tag, close + 1)
        if close < 0:
            continue
        rows = _rows(text[m.end() : close], offset + m.end())
        prefix, suffix = text[: m.start()], text[close + len(end_tag) :]
        if prefix.strip() and rows:
            rows[0] = (prefix + " " + rows[0][0], offset)
        if suffix.strip() and rows:
            rows[-1] = (rows[-1][0] + " " + suffix, rows[-1][1])
        return rows
    rows: list[tuple[str, int]] = []
    start = 0
    i = 0
    while i < len(text) - 1:
        if text.startswith("\\\\", i) and d[i] == 0:
            rows.append((text[start:i], offset + start))
            i += 2
            spacing = _ROW_SPACING.match(text, i)  # \\[2pt]
            if spacing:
                i = spacing.end()
            start = i
            continue
        if text[i] == "\\":
            i += 2
            continue
        i += 1
    rows.append((text[start:], offset + start))
    cleaned = []
    for row, off in rows:
        dd = _depths(row)
        row = "".join(" " if ch == "&" and dd[k] == 0 and (k == 0 or row[k - 1] != "\\") else ch
                      for k, ch in enumerate(row))  # fmt: skip
        cleaned.append((row, off))
    return cleaned


@dataclass
class _Piece:
    members: list[Member]
    relations: list[str | None]  # condition of each relation between consecutive members
    line: int
    lead_rel: str | bool | None = False  # False: none; None/str: a relation (with its condition)
    trail_rel: str | bool | None = False
    lead_op: bool = False
    trail_op: bool = False
    notes: list[str] = field(default_factory=list)
    label: str | None = None


_TAGS = re.compile(r"\\(?:tag\*?|label)\s*\{[^{}]*\}|\\nonumber\b|\\notag\b")
_EQNUM = re.compile(r"(?:\\q?quad|\s|^)\s*\(\s*\d+[a-z]?\s*\)\s*$")
_SHAPE = re.compile(r"\^\{\s*([\w\s]+?\\times[\w\s]+?)\s*\}")
_LABEL = re.compile(
    r"^\s*(?:\([A-Za-z0-9]{1,3}\)(?=\s)|[A-Za-z0-9]{1,3}\)(?=\s|\\)|\\(?:star|bullet|Rightarrow|implies|therefore|to)(?![A-Za-z])"
    r"|(?:Q|Question\s*)\d+[.:)])\s*"
)
_TEXT_LABEL = re.compile(r"^\s*\\text(?:bf|it|rm)?\{([^{}]*)\}(\s*:)?\s*")
_CONDITION_HINT = re.compile(r"\\(?:in|notin|forall|exists|text|neq|ne|leq?|geq?|mathbb)(?![A-Za-z])|[<>]")
_PROSE_TAIL = re.compile(r"\\text\{\s*(?:for|where|if|with|since|s\.t\.)[\s}]")
_REL_COMMAND = re.compile(r"\\(stackrel|overset|underset)\s*\{")
_TRAIL_OP = re.compile(r"(?:\+|-|\\cdot|\\times)\s*$")


def _strip_labels(text: str) -> tuple[str, str | None]:
    labels = []
    while True:
        m = _LABEL.match(text)
        if m and m.end() < len(text):
            labels.append(m.group(0).strip())
            text = text[m.end() :]
            continue
        t = _TEXT_LABEL.match(text)
        if t and (t.group(2) or t.group(1) != t.group(1).strip() or " " in t.group(1).strip()):
            labels.append(t.group(0).strip())
            text = text[t.end() :]
            continue
        return text, (" ".join(labels) or None)


def _cut_side_conditions(text: str, notes: list[str]) -> str:
    r"""Remove a trailing ``\quad …`` or ``, x \in …`` side condition, keeping it as a note."""
    d = _depths(text)
    for m in re.finditer(r"\\q?quad(?![A-Za-z])", text):
        if d[m.start()] == 0 and text[: m.start()].strip():
            tail = text[m.start() :]
            rest = re.sub(r"\\q?quad(?![A-Za-z])|^[\s,;]+", "", tail).strip(" ,;")
            if rest.startswith("="):
                continue
            if rest:
                notes.append(rest)
            return text[: m.start()]
    for m in re.finditer(r",", text):
        if d[m.start()] == 0 and _CONDITION_HINT.search(text[m.end() :]):
            notes.append(text[m.end() :].strip())
            return text[: m.start()]
    for m in _PROSE_TAIL.finditer(text):
        if d[m.start()] == 0 and text[: m.start()].strip():
            notes.append(text[m.start() :].strip())
            return text[: m.start()]
    return text


def _split_relations(text: str) -> tuple[list[str], list[str | None]]:
    """Split at top-level ``=`` (and conditioned ``\\stackrel{c}{=}``): segments and conditions."""
    d = _depths(text)
    segments: list[str] = []
    conditions: list[str | None] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            m = _REL_COMMAND.match(text, i)
            if m and d[i] == 0:
                cond = _brace_arg(text, m.end() - 1)
                rel = _brace_arg(text, cond[1]) if cond else None
                if cond and rel and rel[0].strip() == "=":
                    segments.append(text[start:i])
                    conditions.append(cond[0].strip())
                    i = start = rel[1]
                    continue
            i += 2
            continue
        if c == "=" and d[i] == 0:
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if not (prev and prev in ":<>!=") and not (nxt and nxt in "=:"):
                segments.append(text[start:i])
                conditions.append(None)
                start = i + 1
        i += 1
    segments.append(text[start:])
    return segments, conditions


_TRAILING_NOISE = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z])|[,;.])+$")


def _clean_member(text: str) -> str:
    """Collapse whitespace; drop trailing punctuation and spacing (``x = 1.``, ``a,\\;``)."""
    return _TRAILING_NOISE.sub("", re.sub(r"\s+", " ", text)).strip()


def _piece(row: str, line: int) -> _Piece | None:
    notes: list[str] = []
    text = _TAGS.sub(" ", row)
    text = _EQNUM.sub("", text)
    for m in _SHAPE.finditer(text):
        notes.append(f"shape {m.group(1).strip()}")
    text = _SHAPE.sub("", text)
    text, label = _strip_labels(text)
    text = _undecorate(text)
    text = _cut_side_conditions(text, notes)
    segments, conditions = _split_relations(text)
    cleaned = [_clean_member(s) for s in segments]
    piece = _Piece([], [], line, notes=notes, label=label)
    if len(cleaned) > 1 and not cleaned[0]:
        piece.lead_rel = conditions[0]
        cleaned, conditions = cleaned[1:], conditions[1:]
    if len(cleaned) > 1 and not cleaned[-1]:
        piece.trail_rel = conditions[-1]
        cleaned, conditions = cleaned[:-1], conditions[:-1]
    for k, member in enumerate(cleaned):
        if not member:
            if piece.members or k < len(cleaned) - 1:
                notes.append("empty member between two '=' dropped")
            continue
        if piece.members:
            piece.relations.append(conditions[k - 1])
        piece.members.append(Member(member, line))
    if not piece.members:
        return piece if piece.lead_rel is not False or piece.trail_rel is not False else None
    piece.lead_op = piece.lead_rel is False and piece.members[0].latex.startswith("+")
    piece.trail_op = piece.trail_rel is False and bool(_TRAIL_OP.search(piece.members[-1].latex))
    return piece


def _pieces(block: MathBlock) -> list[_Piece]:
    out = []
    for row, offset in _rows(block.text):
        start = offset + len(row) - len(row.lstrip())  # the row's first character, not the newline before it
        line = block.line + block.text[:start].count("\n")
        p = _piece(row, line)
        if p is not None:
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------------
# Linking


class _Linker:
    """Walks pieces in document order and grows the current chain while pieces continue it."""

    def __init__(self) -> None:
        self.chains: list[Chain] = []
        self.current: Chain | None = None
        self.relations: list[str | None] = []  # condition of each step of the current chain
        self.trail_rel: str | bool | None = False  # the current chain ends with "=" (see _Piece)
        self.trail_op = False  # the current chain's last member ends with "+", "-", "\cdot"
        self.key: tuple[str, bool] | None = None  # (path, struck): chains never cross these

    def close(self) -> None:
        c = self.current
        if c is not None:
            pairs = zip(c.members[:-1], c.members[1:], self.relations, strict=True)
            c.steps = [Step(left, right, cond) for left, right, cond in pairs]
            self.chains.append(c)
        self.current = None
        self.relations = []
        self.trail_rel = False
        self.trail_op = False

    def add(self, piece: _Piece, block: MathBlock) -> None:
        key = (block.path, block.struck)
        c = self.current
        # "… =" followed by a display that is an equation of its own (a = b) does not continue
        own_equation = piece.lead_rel is False and len(piece.members) > 1
        if c is not None and self.trail_rel is not False and own_equation:
            c.notes.append("ends with '=' but the next display is an equation of its own")
        continues_chain = piece.lead_rel is not False or (self.trail_rel is not False and not own_equation)
        continues_member = self.trail_op or piece.lead_op
        if c is None or key != self.key or not (continues_chain or continues_member) or not c.members:
            self.close()
            c = self.current = Chain(block.path, piece.line, label=piece.label, struck=block.struck)
            self.key = key
            c.dangling = piece.lead_rel is not False
            c.notes.extend(piece.notes)
            self.extend(piece)
            return
        c.notes.extend(piece.notes)
        if continues_chain and piece.members:
            cond = self.trail_rel if isinstance(self.trail_rel, str) else None
            if isinstance(piece.lead_rel, str):
                cond = piece.lead_rel
            self.relations.append(cond)
            self.extend(piece)
        elif continues_chain:  # a bare "=" piece
            self.trail_rel = piece.trail_rel if piece.trail_rel is not False else piece.lead_rel
        else:  # the last member goes on in this piece ("… +" then "+ …")
            last = c.members[-1]
            head = piece.members[0].latex
            if head[:1] in "+-" and last.latex.endswith(head[:1]):  # the sign repeated on the new line
                head = head[1:].lstrip()
            c.members[-1] = Member(f"{last.latex} {head}", last.line)
            self.extend(piece, skip_first=True)

    def extend(self, piece: _Piece, skip_first: bool = False) -> None:
        c = self.current
        assert c is not None
        c.members.extend(piece.members[1:] if skip_first else piece.members)
        self.relations.extend(piece.relations)
        self.trail_rel = piece.trail_rel
        self.trail_op = piece.trail_op


def join_chains(blocks: Iterable[MathBlock]) -> list[Chain]:
    """Link the pieces of consecutive blocks (and rows) into chains, in document order."""
    linker = _Linker()
    for block in blocks:
        for piece in _pieces(block):
            linker.add(piece, block)
    linker.close()
    chains = [c for c in linker.chains if c.members]
    for c in chains:
        c.line = c.members[0].line
        if c.dangling:
            c.notes.append("starts with '=': its left-hand side is outside display math")
    return chains


def split_chains(block: MathBlock) -> list[Chain]:
    """The chains of one block (an ``align`` block may hold several independent equations)."""
    return join_chains([block])


def split_chain(block: MathBlock) -> Chain:
    """The single chain of one block; raises ``ValueError`` if it holds none or several."""
    chains = split_chains(block)
    if len(chains) != 1:
        raise ValueError(f"{block.where}: block holds {len(chains)} chains; use split_chains")
    return chains[0]
