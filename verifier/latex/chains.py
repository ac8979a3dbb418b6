r"""Cut display blocks into derivation chains: rows, equations, members and the links between them.

A display is cut in three stages, each a single left-to-right pass over the text (so splitting
stays linear in the size of the display):

1. *rows*: top-level ``\\`` inside ``align``-like environments (and ``array{rcl}``, whose
   ``&=&`` cells read like ``align``); ``&`` is dropped;
2. *equations*: a row is cut at top-level separators — ``\quad``, ``\qquad``, ``\hspace{…}``,
   ``,``, ``;``, ``\text{and}``, ``\rightarrow``, ``\Rightarrow``, ``\Leftrightarrow``,
   ``\implies`` — into equations that are separate chains. A later part with no ``=`` (``x \in
   \mathbb{R}``, ``i \neq j``), a part that starts in prose (``\text{for } i = 1``) or a range
   (``i = 1, \ldots, n``) is a *side condition*: it is kept as a note, and the ``=`` signs in it
   are counted (``Chain.noted_equals``) so that no ``=`` disappears unreported. Equations of one name side by
   side, each under a condition in parentheses (``s = a \quad (j \le i), \qquad s = b \quad (j > i)``), are the
   one ``cases`` equation they write;
3. *members*: an equation is cut at its top-level relations. ``=`` (also
   ``\stackrel{c}{=}``, with condition ``c``) is a step to check; ``:=``, ``=:``, ``\coloneqq``,
   ``\triangleq``, ``\stackrel{\text{def}}{=}`` define; ``\approx``, ``\le``, ``\ge``, ``<``,
   ``>``, ``\to``, ``\propto``, ``\equiv``, ``\sim``, ``\neq`` … are links that are not
   equalities (see :class:`verifier.latex.document.Step`). An equation whose links are all
   non-equalities (``y \sim \mathcal{N}(0, 1)``) is a statement, not a derivation: it stays one
   member.

Only top-level relations count: not ``=`` inside braces, brackets or ``\left…\right``. Labels
(``c)``, ``\star``, ``\text{ Find }``), equation numbers (``(12)``, ``\tag{12}``), ``\label`` and
shape superscripts (``^{n \times 10}``) are removed (shapes kept as notes). Before a row is cut,
:mod:`verifier.latex.decorations` drops size and style switches and frames decorations, and the
relations themselves are :mod:`verifier.latex.relations`' vocabulary.

Pieces of consecutive displays are then linked (:func:`join_chains`):

* a piece that ends with a relation or a piece that starts with one continues the chain (this
  links ``$$`` blocks that start with ``&=`` or ``=``, and a chain that goes on in the next beamer
  frame);
* a piece that ends with a binary operator (``+``, ``-``, ``\cdot``) or starts with ``+``
  continues the *member* (a long expression broken over two displays);
* anything else starts a new chain. Struck-through blocks never join unstruck ones; a chain
  whose first piece starts with ``=`` is ``dangling`` (its left-hand side was inline math or
  prose); a trailing ``=`` followed by a display that is an equation of its own does not join.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from verifier.latex.chaintokens import (
    CONNECTIVES,
    Lexeme,
    Link,
    Token,
    counts_as_equals,
    link_tokens,
    scan,
    top_level,
)
from verifier.latex.decorations import normalize_fonts, undecorate
from verifier.latex.document import DEFINITION, EQUALITY, Chain, MathBlock, Member, Step
from verifier.latex.envargs import PAIRED, paired_rows, starts_equation
from verifier.latex.envargs import body_start as body_start_of
from verifier.latex.intertext import as_row_breaks
from verifier.latex.quantifiers import NOTE as QUANTIFIED
from verifier.latex.quantifiers import side_condition, split_quantifier
from verifier.latex.roundedlinks import approx_only, approx_row, bound_then_rounds, rounds_to_number
from verifier.latex.statementhead import split_statement

__all__ = ["count_equals", "join_chains", "spaced_equations", "split_chain", "split_chains"]

_ROW_ENVS = ("equation", "align", "aligned", "split", "gather", "gathered", "multline", "eqnarray", "flalign",
             "alignat", "alignedat", "displaymath", "array", "IEEEeqnarray", "dmath", "xalignat", "xxalignat",
             "empheq")  # fmt: skip
_BEGIN = re.compile(r"\\begin\{(" + "|".join(_ROW_ENVS) + r")(\*?)\}")
_ROW_SPACING = re.compile(r"\s*\[[^\]]*\]")


_BEGIN_ROW = re.compile(r"\\begin\s*\{((?:" + "|".join(_ROW_ENVS) + r")\*?)\}")
_STRUCTURE = re.compile(r"[{}()\[\]]|\\(?:left|right|begin|end)(?![A-Za-z])")


def _whole_environment(text: str) -> tuple[Lexeme, Lexeme] | None:
    r"""Fast path for the usual display, one environment with only plain text around it
    (``\Large \begin{aligned} … \end{aligned}``): found without scanning its body twice."""
    m = _BEGIN_ROW.search(text)
    if m is None or _STRUCTURE.search(text, 0, m.start()):
        return None
    end_tag = f"\\end{{{m.group(1)}}}"
    if text.count(f"\\begin{{{m.group(1)}}}") != 1 or text.count(end_tag) != 1:
        return None
    close = text.find(end_tag, m.end())
    if close < 0 or _STRUCTURE.search(text, close + len(end_tag)):
        return None
    return (
        Lexeme(m.start(), m.end(), "begin", m.group(1), 0),
        Lexeme(close, close + len(end_tag), "end", m.group(1), 0),
    )


def _top_environments(lex: list[Lexeme]) -> list[tuple[Lexeme, Lexeme]]:
    """Top-level row environments and their ``\\end``, from a display's lexemes."""
    out = []
    for k, t in enumerate(lex):
        if t.kind != "begin" or t.name.rstrip("*") not in _ROW_ENVS:
            continue
        close = next((u for u in lex[k + 1 :] if u.kind == "end"), None)
        if close is not None and close.name == t.name:
            out.append((t, close))
    return out


def _rows(text: str, offset: int = 0, pairs: bool = False) -> list[tuple[str, int]]:
    """Rows of a display (split at top-level ``\\\\`` inside align-like environments), with offsets; ``pairs``:
    the text is the body of an environment whose columns come in pairs (latex.envargs)."""
    whole = _whole_environment(text)
    lex = [] if whole is not None else scan(text)
    candidates = [whole] if whole is not None else _top_environments(lex)
    for t, close in candidates:
        env = t.name.rstrip("*")
        body_start = body_start_of(env, text, t.end, close.start)  # [t], {rcl}, {2}, [label=…] (latex.envargs)
        rows = _rows(text[body_start : close.start], offset + body_start, env in PAIRED)
        prefix, suffix = text[: t.start], text[close.end :]
        if prefix.strip() and rows:
            rows[0] = (prefix + " " + rows[0][0], offset)
        if suffix.strip() and rows:
            rows[-1] = (rows[-1][0] + " " + suffix, rows[-1][1])
        return rows
    raw: list[tuple[int, int, list[int]]] = []
    start = 0
    amps: list[int] = []
    for t in lex:
        if t.depth != 0 or t.start < start:
            continue
        if t.kind == "char" and t.name == "&":
            amps.append(t.start)
        elif t.kind == "cmd" and t.name == "\\":
            raw.append((start, t.start, amps))
            amps = []
            i = t.end
            spacing = _ROW_SPACING.match(text, i)  # \\[2pt]
            start = spacing.end() if spacing else i
    raw.append((start, len(text), amps))
    if pairs:
        return paired_rows(text, raw, offset, _without)
    return [_without(text, s, e, a, offset, pairs) for s, e, a in raw]


def _without(text: str, start: int, end: int, amps: list[int], offset: int, pairs: bool) -> tuple[str, int]:
    """``text[start:end]`` with the alignment marks ``&`` at ``amps`` turned into spaces (``\\quad`` where one
    starts another equation)."""
    if not amps:
        return text[start:end], offset + start
    parts: list[str] = []
    last = start
    for k, a in enumerate(amps):
        parts.append(text[last:a])
        empty_column = (
            k > 0 and not text[amps[k - 1] + 1 : a].strip() and not text[start : amps[k - 1]].rstrip().endswith("=")
        )
        # ``&& \text{(chain rule)}``: a comment column, set apart as ``\quad`` sets it apart
        cell = text[a + 1 : amps[k + 1] if k + 1 < len(amps) else end]
        apart = (empty_column and _COMMENT_COLUMN.match(text, a + 1, end)) or (
            pairs and k % 2 == 1 and starts_equation(text[start:a], cell)
        )
        parts.append(" \\quad " if apart else " ")
        last = a + 1
    parts.append(text[last:end])
    return "".join(parts), offset + start


def count_equals(text: str) -> int:
    r"""The ``=`` signs of a display as a reader counts them: ``=``, ``:=``, ``\coloneqq``,
    ``\triangleq`` and ``\stackrel{…}{=}`` outside any bracket, brace or ``\left…\right`` group of
    each row (``==`` not counted). What the splitter must account for, step by step."""
    total = 0
    for row, _ in _rows(text):
        row = _TAGS.sub(" ", row)
        row = undecorate(row)
        total += sum(1 for t in link_tokens(row) if t.link is not None and counts_as_equals(t.link))
    return total


_COMMENT_COLUMN = re.compile(
    r"\s*(?:\\[,;: ]\s*)*\\(?:text|textit|textrm|textbf|mbox|because|therefore|since)(?![A-Za-z])"
)


# ---------------------------------------------------------------------------------------------
# Pieces: the equations of one row


@dataclass
class _Piece:
    members: list[Member]
    links: list[Link]  # the relation between consecutive members
    line: int
    lead: Link | None = None  # starts with a relation ("= c")
    trail: Link | None = None  # ends with a relation ("a =")
    lead_op: bool = False
    trail_op: bool = False
    notes: list[str] = field(default_factory=list)
    label: str | None = None
    noted_equals: int = 0  # '=' signs kept in notes (side conditions, dropped empty members)
    connected: bool = False  # an equation joined to another by ⇔/⇒ (see _Equation.connected)
    paren_case: str | None = None  # the trailing "(j \le i)" the equation is written under (also in notes)
    case_rows: tuple[tuple[str, str], ...] = ()  # (condition, formula) of the cases joined into it (_cases_of_one_name)


_TAGS = re.compile(r"\\(?:tag\*?|label)\s*\{[^{}]*\}|\\nonumber\b|\\notag\b|\\qedhere\b")
_EQNUM = re.compile(r"(?:\\q?quad|\s|^)\s*\(\s*\d+[a-z]?\s*\)\s*$")
_SHAPE = re.compile(r"\^\{\s*([\w\s]+?\\times[\w\s]+?)\s*\}")
_LABEL = re.compile(
    r"^\s*(?:\([A-Za-z0-9]{1,3}\)(?=\s)|[A-Za-z0-9]{1,3}\)(?=\s|\\)|\\(?:star|bullet|Rightarrow|implies|therefore|because|to)(?![A-Za-z])"
    r"|(?:Q|Question\s*)\d+[.:)])\s*"
)
_TEXT_LABEL = re.compile(r"^\s*\\text(?:bf|it|rm)?\{([^{}]*)\}(\s*:)?\s*")
_PROSE_START = re.compile(
    r"^\s*(?:\\(?:text|mbox|textrm|mathrm|textit)\s*\{\s*(?:for|where|if|with|since|s\.t\.|when|as|because|all|otherwise|by)\b"
    r"|\\(?:forall|exists|text\{\s*\}|because|since)(?![A-Za-z])|for\s|where\s|if\s)",
    re.I,
)
# a justification written right after the equation, no \quad before it: "= 3x^2 \text{(by the power rule)}",
# "\text{ using (2)}", "\text{ (chain rule)}" (lead42); "by assumption/hypothesis" states a premise, not a reason
_JUSTIFICATION = (
    r"\\(?:text|textrm|mbox)\s*\{\s*\(?\s*(?:by|using|via|because|applying)\s(?!\s*(?:the\s+)?(?:assumption|hypothesis))"
    r"|\\(?:text|textrm|mbox)\s*\{\s*\(\s*[A-Za-z' -]*\brule\s*\)\s*\}"
)
_PROSE_TAIL = re.compile(r"\\text\{\s*(?:for|where|if|with|since|s\.t\.)[\s}]|(?P<reason>" + _JUSTIFICATION + ")")
_ELLIPSIS = re.compile(r"^\s*(?:\\[lc]?dots[bco]?|\.\.\.|…)\s*$")
_RANGE_START = re.compile(r"^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?\w+\}?)?\s*$")
_INTEGER = re.compile(r"^\s*-?\d+\s*$")
_TRAIL_OP = re.compile(r"(?:\+|-|\\cdot|\\times)\s*$")
_LEADING_SPACE = re.compile(r"^(?:\\[,;: ]\s*|\\q?quad(?![A-Za-z])\s*)+")
_TRAILING_NOISE = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z])|[,;.:])+$")
_CONDITION_REL = re.compile(r"\\(?:le|leq|ge|geq|ne|neq|notin)(?![A-Za-z])|[<>]")
_SPACING_END = re.compile(r"(?:\s|~|\\[,;: ]|\\q?quad(?![A-Za-z]))+$")
_INDICATOR_END = re.compile(r"(?:\\math(?:bb|bf|rm)\s*\{\s*[1I]\s*\}|(?<![A-Za-z\\])[1I])\s*(?:_\{[^{}]*\})?$")


def _paren_condition(text: str, start: int, end: int) -> int | None:
    r"""Where a trailing side condition in parentheses starts: ``… \;\;(0 \le i \le 3)``, ``… (w \ne c)``.

    Only a group set apart by spacing, holding a comparison and no ``=``, after something that is
    not an indicator (``\mathbb{1} (x > 0)`` is a value, not a condition)."""
    seg = text[start:end].rstrip().rstrip(",.;").rstrip()
    if not seg.endswith(")"):
        return None
    depth = 0
    for k in range(len(seg) - 1, -1, -1):
        depth += (seg[k] == ")") - (seg[k] == "(")
        if depth == 0:
            break
    else:
        return None
    inner, before = seg[k + 1 : -1], seg[:k]
    if not _CONDITION_REL.search(inner) or "=" in inner.replace("<=", "").replace(">=", ""):
        return None
    spacing = _SPACING_END.search(before)
    head = before[: spacing.start()] if spacing else before
    if spacing is None or not head.strip() or _INDICATOR_END.search(head):
        return None
    return start + k


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


def _clean_member(text: str) -> str:
    """Collapse whitespace; drop trailing punctuation and spacing (``x = 1.``, ``a,\\;``) and leading spacing
    (``u(t) = t + 1,\\; v(t) = 2t``: the second chain's member is ``v(t)``)."""
    out = " ".join(text.split())
    if out[:1] == "\\":
        out = _LEADING_SPACE.sub("", out)
    if out[-1:] in _NOISE_ENDS or out.endswith("quad"):  # most members end in none of these: skip the regex
        out = _TRAILING_NOISE.sub("", out).strip()
    return out


_NOISE_ENDS = frozenset(",;. \\!:")


@dataclass
class _Equation:
    """One separator-delimited part of a row: its text span and the relations inside it."""

    start: int
    end: int
    tokens: list[Token]
    connected: bool = False  # joined to a neighbour by ⇔, ⇒, ∴ (:data:`CONNECTIVES`): an equation, not a derivation

    def text(self, row: str) -> str:
        return row[self.start : self.end]

    def equals(self) -> int:
        return sum(1 for t in self.tokens if t.link is not None and counts_as_equals(t.link))


def _equations(text: str, tokens: list[Token]) -> list[_Equation]:
    out: list[_Equation] = []
    start = 0
    current: list[Token] = []
    joined = False  # the separator before the next equation is a logical connective
    for t in tokens:
        if t.link is None:
            logical = text[t.start : t.end].strip().lstrip("\\") in CONNECTIVES
            if out and not current and not text[start : t.start].strip():
                # \quad\Longrightarrow\quad: separators in a row are one, the connective joins both sides (misses42)
                out[-1].connected = out[-1].connected or logical
                start, joined = t.end, joined or logical
                continue
            out.append(_Equation(start, t.start, current, joined or logical))
            start, current, joined = t.end, [], logical
        else:
            current.append(t)
    out.append(_Equation(start, len(text), current, joined))
    return out


def spaced_equations(row: str) -> list[str]:
    r"""The equations of one formula written side by side with spacing between them (``a(s) = s^3, \qquad
    b(s) = 3s^2``, ``u(t) = t + 1,\; v(t) = 2t``), each cleaned; ``[row]`` where the formula is one equation or
    its parts are joined otherwise (a bare comma, an arrow, words)."""
    parts = _equations(row, link_tokens(row))
    if len(parts) < 2 or any(p.equals() == 0 for p in parts):
        return [row]
    for a, b in itertools.pairwise(parts):
        lead = _LEADING_SPACE.match(row[b.start :].lstrip())
        between = row[a.end : b.start] + (lead.group(0) if lead else "")
        if not re.search(r"\\(?:q?quad(?![A-Za-z])|[,;])", between) or re.search(r"\\(?!q?quad)[A-Za-z]", between):
            return [row]
    return [_clean_member(p.text(row)) for p in parts]


def _is_side_condition(eq: _Equation, row: str, following: _Equation | None) -> bool:
    text = eq.text(row)
    if _PROSE_START.match(text):
        return True
    if not any(t.link is not None and counts_as_equals(t.link) for t in eq.tokens):
        # x \in R, i \neq j, x > 0; not e^{-1} \approx 0.368 nor 0.449 \approx 0.45 \approx 0.5 (roundedlinks)
        return not (rounds_to_number(text) or approx_only([t.link and t.link.relation for t in eq.tokens])
                    or bound_then_rounds(text))  # k \ge … \approx 5921 (roundedlinks)
    if (side := side_condition(text, row)) is not None and side[0] == "case":
        return True  # "\quad i = j" after the equation: its index case (latex.quantifiers.side_condition)
    if len(eq.tokens) == 1 and following is not None and _ELLIPSIS.match(following.text(row)):
        t = eq.tokens[0]
        left, right = row[eq.start : t.start], row[t.end : eq.end]
        if _RANGE_START.match(left) and _INTEGER.match(right):
            return True  # i = 1, \ldots, n
    return False


def _mid_justification(tail: re.Match[str], tokens: list[Token]) -> bool:
    r"""Is ``tail`` a justification (``\text{ (by X)}``) with a relation after it (``a = b \text{ (by X)} = c``)?
    Such a reason sits between two steps: making it the note would leave the step after it unchecked."""
    return tail.group("reason") is not None and any(t.start >= tail.end() for t in tokens)


def _piece(text: str, eq: _Equation, line: int, notes: list[str], label: str | None, ref: int) -> _Piece:
    """Members and links of one equation; a trailing ``\\text{for …}`` becomes a note."""
    piece = _Piece([], [], line, notes=notes, label=label)
    end = eq.end
    tokens = eq.tokens
    tail = _PROSE_TAIL.search(text, eq.start, eq.end)
    while tail is not None and (not top_level(text, eq.start, tail.start()) or _mid_justification(tail, tokens)):
        tail = _PROSE_TAIL.search(text, tail.end(), eq.end)  # \text{if} inside cases; a reason with '=' after it
    if tail is not None and text[eq.start : tail.start()].strip():
        end = tail.start()
        inside = [t for t in tokens if t.start >= end]
        tokens = [t for t in tokens if t.start < end]
        piece.notes.append(_clean_member(text[end : eq.end]))
        piece.noted_equals += sum(1 for t in inside if t.link is not None and counts_as_equals(t.link))
    cond = _paren_condition(text, eq.start, end) if tail is None and tokens else None
    if cond is not None and cond > tokens[-1].end:  # "… (0 \le i \le 3)" after the last member
        piece.notes.append(_clean_member(text[cond:end]))
        piece.paren_case = piece.notes[-1]
        end = cond
    # a row opening with its relation ("&\propto w^2 + 2w") goes on with the chain, as an "&=" row does (gaps53)
    leads = bool(tokens) and not _clean_member(text[eq.start : tokens[0].start])
    if tokens and not leads and not any(t.link is not None and counts_as_equals(t.link) for t in tokens) and \
            not (rounds_to_number(text[eq.start : end]) or approx_row(text[eq.start : end])
                 or approx_only([t.link and t.link.relation for t in tokens])
                 or bound_then_rounds(text[eq.start : end])):
        tokens = []  # only non-equalities: a statement (x \le y), not a derivation (a rounding is one: roundedlinks)
    segments: list[str] = []
    links: list[Link] = []
    starts: list[int] = []
    start = eq.start
    for t in tokens:
        segments.append(text[start : t.start])
        starts.append(start)
        assert t.link is not None
        links.append(t.link)
        start = t.end
    segments.append(text[start:end])
    starts.append(start)
    lines: list[int] = []  # the line of each segment's first character (newlines counted once, in order)
    seen, counted = line, ref  # ``line`` is the line of text[ref]
    for seg, at in zip(segments, starts, strict=True):
        first = at + len(seg) - len(seg.lstrip())
        seen += text.count("\n", counted, first)
        counted = first
        lines.append(seen)
    cleaned = [_clean_member(s) for s in segments]
    if len(cleaned) > 1 and not cleaned[0]:
        lines = lines[1:]
    if len(cleaned) > 1 and not cleaned[0]:
        piece.lead = links[0]
        cleaned, links = cleaned[1:], links[1:]
    if len(cleaned) > 1 and not cleaned[-1]:
        piece.trail = links[-1]
        cleaned, links = cleaned[:-1], links[:-1]
    pending: Link | None = None
    for k, member in enumerate(cleaned):
        if not member:
            if piece.members or k < len(cleaned) - 1:
                piece.notes.append("empty member between two relations dropped")
                piece.noted_equals += 1
            if k < len(links):
                pending = pending or links[k]
            continue
        if piece.members:
            piece.links.append(pending or links[k - 1])
            pending = None
        piece.members.append(Member(member, lines[k]))
    if piece.members:
        piece.lead_op = piece.lead is None and piece.members[0].latex.startswith("+")
        piece.trail_op = piece.trail is None and bool(_TRAIL_OP.search(piece.members[-1].latex))
    return piece


_CASE_START = re.compile(
    r"^\s*(?:\\(?:text|textrm|textit|mathrm|mbox)\s*\{\s*(?:if|for|when|case)\s*\}|if\s)(?:\s|\\[,;:! ]|\\q?quad|~)*"
)


def _case_condition(text: str) -> tuple[str | None, str]:
    r"""``\text{if} \; i = j : a = b`` → (``i = j``, ``a = b``): a case written before its equation."""
    m = _CASE_START.match(text)
    if m is None:
        return None, text
    colon = m.end()
    while True:
        colon = text.find(":", colon)
        if colon < 0:
            return None, text
        if text.startswith(":=", colon) or not top_level(text, m.end(), colon):
            colon += 1
            continue
        break
    condition = _clean_member(text[m.end() : colon])
    if not condition:
        return None, text
    return condition, " " * (colon + 1) + text[colon + 1 :]  # same length: offsets (lines) stay


def _row_pieces(row: str, line: int) -> list[_Piece]:
    notes: list[str] = []
    text = _TAGS.sub(" ", row)
    text = _EQNUM.sub("", text)
    text = normalize_fonts(text)
    for m in _SHAPE.finditer(text):
        notes.append(f"shape {m.group(1).strip()}")
    text = _SHAPE.sub("", text)
    quantified, rest = split_quantifier(text)  # \forall x > 0,\ a = b (verifier.latex.quantifiers)
    if quantified is not None:
        notes.append(QUANTIFIED + quantified)
        line += rest.count("\n", len(text) - len(text.lstrip()), len(rest) - len(rest.lstrip()))  # on its own line
        text = rest
    before = text
    text, label = _strip_labels(text)
    line += before.count("\n", 0, len(before) - len(text))  # a label on a line of its own
    text = undecorate(text)
    case, text = _case_condition(text)  # "\text{if } i = j :" before the row: all its equations'
    side_cases: dict[int, str] = {}  # a case written after one equation of the row: that piece's (review24g)
    tokens = link_tokens(text)
    equations = _equations(text, tokens)
    pieces: list[_Piece] = []
    # ``line`` is the line of the row's first non-blank character: lines of later offsets count from there
    at, at_line = len(text) - len(text.lstrip()), line
    main_seen = False
    side_equals = 0
    for k, eq in enumerate(equations):
        body = eq.text(text)
        if not _clean_member(body):
            continue
        following = equations[k + 1] if k + 1 < len(equations) else None
        if main_seen and _is_side_condition(eq, text, following):
            cond = _clean_member(body).strip(" ,;")
            if following is not None and _ELLIPSIS.match(following.text(text)):
                cond = _clean_member(text[eq.start :])
            side = side_condition(cond, text) if cond and not _ELLIPSIS.match(cond) else None  # \quad x > 0
            if side is not None and side[0] == "case" and case is None:
                side_cases.setdefault(len(pieces) - 1, side[1])  # "= s_i(1 - s_j) \quad i = j": its equation's
            elif side is not None:
                pieces[-1].notes.append(QUANTIFIED + side[1])  # the range of the equation it follows (review24g)
            elif cond and not _ELLIPSIS.match(cond):
                notes.append(cond)
                if pieces and pieces[-1].paren_case is None and _in_parentheses(cond):
                    pieces[-1].paren_case = cond  # "s_{ij} = … \quad (j \le i)": the case it is written under
            side_equals += eq.equals()
            continue
        main_seen = True
        if eq.start > at:
            at_line += text.count("\n", at, eq.start)
            at = eq.start
        piece = _piece(text, eq, at_line, notes if not pieces else [], label if not pieces else None, at)
        piece.connected = eq.connected
        pieces.append(piece)
    if case is not None:  # "\text{if } i = j :" — the row's steps hold under that condition
        notes.append(f"case {case}")
        side_equals += sum(1 for t in link_tokens(case) if t.link is not None and counts_as_equals(t.link))
    for k, p in enumerate(pieces):
        if (cond := case if case is not None else side_cases.get(k)) is None:
            continue
        if case is None:
            p.notes.append(f"case {cond}")
        p.links = [link if link.condition else Link(link.relation, cond) for link in p.links]
        if p.lead is not None and not p.lead.condition:
            p.lead = Link(p.lead.relation, cond)
    pieces = _cases_of_one_name(pieces)
    if pieces:
        pieces[0].noted_equals += side_equals
    elif notes or side_equals:
        piece = _Piece([], [], line, notes=notes, label=label, noted_equals=side_equals)
        pieces.append(piece)
    return [p for p in pieces if p.members or p.lead or p.trail or p.notes or p.noted_equals]


def _cases_of_one_name(pieces: list[_Piece]) -> list[_Piece]:
    r"""Equations side by side that give one name under conditions, each condition in parentheses after it,
    as the one piecewise equation they write: ``s_{ij} = \frac{q_i \cdot k_j}{\sqrt{d}} \quad (j \le i), \qquad
    s_{ij} = -\infty \quad (j > i)`` is ``s_{ij} = \begin{cases} … & j \le i \\ -\infty & j > i \end{cases}``
    (wrong66). Read apart, each was an equation for every j: the name got its first case's formula everywhere
    (a causal mask read as no mask) and the second case was a claim of its own. Only equations of two members,
    the same left member written each time, and a different condition after each, are joined."""
    out: list[_Piece] = []
    for p in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and _one_case(p)
            and _one_case(last)
            and p.members[0].latex == last.members[0].latex
            and p.links[0].relation == last.links[0].relation
            and all(p.paren_case != cond for cond, _ in _case_rows(last))
        ):
            assert p.paren_case is not None
            rows = (*_case_rows(last), (p.paren_case, p.members[1].latex))
            body = r" \\ ".join(f"{value} & {cond.strip()[1:-1].strip()}" for cond, value in rows)
            member = replace(last.members[1], latex=r"\begin{cases} " + body + r" \end{cases}")
            out[-1] = replace(
                last,
                members=[last.members[0], member],
                notes=[*last.notes, *p.notes],
                noted_equals=last.noted_equals + p.noted_equals,
                case_rows=rows,
            )
            continue
        out.append(p)
    return out


def _in_parentheses(cond: str) -> bool:
    r"""Is ``cond`` one comparison in parentheses, with no ``=`` (``(j > i)``, ``(0 \le t < 1)``)?"""
    cond = cond.strip()
    if not (cond.startswith("(") and cond.endswith(")")) or not top_level(cond, 1, len(cond) - 1):
        return False
    inner = cond[1:-1]
    return bool(_CONDITION_REL.search(inner)) and "=" not in inner.replace("<=", "").replace(">=", "")


def _one_case(p: _Piece) -> bool:
    return p.paren_case is not None and len(p.members) == 2 and p.lead is None and p.trail is None and not p.connected


def _case_rows(p: _Piece) -> tuple[tuple[str, str], ...]:
    """The (condition, formula) rows a piece writes: its joined cases, or its one case."""
    assert p.paren_case is not None
    return p.case_rows or ((p.paren_case, p.members[1].latex),)


def _pieces(block: MathBlock) -> list[_Piece]:
    out: list[_Piece] = []
    line = block.line
    counted = 0  # characters of block.text whose newlines are in ``line``
    for row, offset in _rows(as_row_breaks(block.text)):
        start = offset + len(row) - len(row.lstrip())  # the row's first character, not the newline before it
        if start < counted:  # a column pair's rows after the next pair's (_paired_rows): count again
            line, counted = block.line, 0
        line += block.text.count("\n", counted, start)
        counted = start
        out.extend(_row_pieces(row, line))
    return out


# ---------------------------------------------------------------------------------------------
# Linking


class _Linker:
    """Walks pieces in document order and grows the current chain while pieces continue it."""

    def __init__(self) -> None:
        self.chains: list[Chain] = []
        self.current: Chain | None = None
        self.links: list[Link] = []  # relation of each step of the current chain
        self.trail: Link | None = None  # the current chain ends with a relation (see _Piece)
        self.trail_op = False  # the current chain's last member ends with "+", "-", "\cdot"
        self.key: tuple[str, bool] | None = None  # (path, struck): chains never cross these

    def close(self) -> None:
        c = self.current
        if c is not None and self.trail is not None:  # "a =" and nothing after it: reported, not lost
            c.notes.append("ends with a relation that nothing follows")
            c.noted_equals += self.trail.relation in (EQUALITY, DEFINITION)
        if c is not None:
            pairs = zip(c.members[:-1], c.members[1:], self.links, strict=True)
            c.steps = [Step(left, right, link.condition, link.relation) for left, right, link in pairs]
            self.chains.append(c)
        self.current = None
        self.links = []
        self.trail = None
        self.trail_op = False

    def add(self, piece: _Piece, block: MathBlock) -> None:
        key = (block.path, block.struck)
        c = self.current
        # "… =" followed by a display that is an equation of its own (a = b) does not continue
        own_equation = piece.lead is None and len(piece.members) > 1
        if c is not None and self.trail is not None and own_equation:
            c.notes.append("ends with '=' but the next display is an equation of its own")
            c.noted_equals += self.trail.relation in (EQUALITY, DEFINITION)
            self.trail = None
        continues_chain = piece.lead is not None or (self.trail is not None and not own_equation)
        continues_member = self.trail_op or piece.lead_op
        if not piece.members and piece.lead is None and piece.trail is None:  # only notes
            if c is not None and key == self.key:
                c.notes.extend(piece.notes)
                c.noted_equals += piece.noted_equals
            else:
                self.close()
                self.current = Chain(block.path, piece.line, notes=list(piece.notes), struck=block.struck,
                                     noted_equals=piece.noted_equals)  # fmt: skip
                self.key = key
            return
        if c is None or key != self.key or not (continues_chain or continues_member) or not c.members:
            if c is not None and not c.members and key == self.key:  # a notes-only chain: carry its notes on
                notes, noted = c.notes, c.noted_equals
                self.current = None
            else:
                notes, noted = [], 0
                self.close()
            c = self.current = Chain(block.path, piece.line, label=piece.label, struck=block.struck, place=block.place)
            c.connected = piece.connected
            c.notes.extend(notes)
            c.noted_equals = noted + piece.noted_equals
            self.key = key
            c.dangling = piece.lead is not None
            if piece.lead is not None:
                c.lead_relation = piece.lead.relation
            c.notes.extend(piece.notes)
            self.extend(piece)
            return
        c.notes.extend(piece.notes)
        c.noted_equals += piece.noted_equals
        c.connected |= piece.connected
        if piece.members and c.place is not None:  # it goes on in this block: it ends where the block does
            c.place = replace(c.place, end_line=block.place.end_line, end_column=block.place.end_column) \
                if block.place is not None else None
        if continues_chain and piece.members:
            link = piece.lead if piece.lead is not None else self.trail
            assert link is not None
            if piece.lead is not None and self.trail is not None:  # "a =" then "= b": one step
                c.noted_equals += 1
                c.notes.append("'=' written at the end of one line and the start of the next: one step")
            if len(c.members) == 1 and not self.links:  # "f(y) &\le …" then "&= …" (latex.statementhead)
                c.members[:], self.links[:] = split_statement(c.members[0], link_tokens(c.members[0].latex),
                                                              _clean_member)
            self.links.append(link)
            self.extend(piece)
        elif continues_chain:  # a bare "=" piece
            self.trail = piece.trail if piece.trail is not None else piece.lead
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
        self.links.extend(piece.links)
        self.trail = piece.trail
        self.trail_op = piece.trail_op


def join_chains(blocks: Iterable[MathBlock]) -> list[Chain]:
    """Link the pieces of consecutive blocks (and rows) into chains, in document order.

    Chains without members (a display holding only a side condition) are dropped, but the
    ``=`` signs noted in them are carried onto the next chain so they are still counted."""
    linker = _Linker()
    for block in blocks:
        for piece in _pieces(block):
            linker.add(piece, block)
    linker.close()
    chains: list[Chain] = []
    carried = 0
    for c in linker.chains:
        if not c.members:
            carried += c.noted_equals
            continue
        c.noted_equals += carried
        carried = 0
        chains.append(c)
    if carried and chains:
        chains[-1].noted_equals += carried
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
