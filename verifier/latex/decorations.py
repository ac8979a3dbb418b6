r"""Clean a display's text before it is cut into chains: decorations, size switches, old font commands.

``\\boxed{X}``, ``\\underline{X}``, ``\\cancel{X}``, ``\\cancelto{v}{X}``, ``\\textcolor{c}{X}``,
``\\overset{a}{X}`` frame what they decorate (a brace group around it: the member stays what was written),
except a run of boxed cells side by side (a vector) and a decoration of a relation
(``\\overset{\\text{def}}{=}``, which the splitter reads as a conditioned link);
``\\underset{w}{\\arg\\max}`` becomes the optimum's subscript.
Size and style switches (``\\Large``, ``\\displaystyle``) change nothing a checker reads and are
dropped; ``{\\bf x}`` and ``\\bf{x}`` become ``\\mathbf{x}``. :mod:`verifier.latex.chains` calls these
on each row before it cuts it; the notes' prose goes through :func:`normalize_fonts` too
(documents.annotations: literals).
"""

from __future__ import annotations

import re

from verifier.latex.braces import brace_end
from verifier.latex.framed import framed, unframed_row
from verifier.latex.relations import is_relation

__all__ = ["brace_arg", "normalize_fonts", "undecorate"]


def brace_arg(text: str, i: int) -> tuple[str, int] | None:
    """The braced argument starting at or after ``i`` (spaces skipped): (content, index after)."""
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] != "{":
        return None
    end = brace_end(text, i)
    if end < 0:
        return None
    return text[i + 1 : end], end + 1


_DECORATIONS = ("underline", "boxed", "cancel", "bcancel", "xcancel", "textcircled", "fbox")
_DECORATION_RE = re.compile(
    r"\\(" + "|".join(_DECORATIONS) + r"|overset|underset|textcolor|color|cancelto)(?![A-Za-z])"
)


_BOXED_NEXT = re.compile(r"\s*\\boxed(?![A-Za-z])")


def _boxed_run_end(text: str, k: int) -> int | None:
    r"""Where a run of two or more ``\boxed{…}`` cells that starts with the argument at ``k`` ends; None
    for one cell alone (a decoration of what it frames, removed)."""
    cells = 0
    while True:
        arg = brace_arg(text, k)
        if arg is None:
            break
        cells, k = cells + 1, arg[1]
        nxt = _BOXED_NEXT.match(text, k)
        if nxt is None:
            break
        k = nxt.end()
    return k if cells >= 2 else None


_OPTIMUM_HEAD = re.compile(r"\s*(?:\\arg\s*\\(?:max|min)|\\arg(?:max|min)|\\(?:operatorname\*?|mathrm|text|rm)"
                           r"\s*\{\s*arg\s*(?:\\[,;!: ])?\s*(?:max|min)\s*\})\s*")


_VMATRIX_BEGIN = re.compile(r"\\begin\s*\{\s*vmatrix\s*\}")
_VMATRIX_END = re.compile(r"\\end\s*\{\s*vmatrix\s*\}")


def undecorate(text: str) -> str:
    r"""``\boxed{X}`` → ``{X}``; ``\overset{a}{X}`` → ``{X}`` unless X is a relation; ``\textcolor``;
    ``\begin{vmatrix} … \end{vmatrix}`` → ``\det\begin{pmatrix} … \end{pmatrix}`` (a determinant, fresh76);
    ``\cancelto{v}{X}`` → ``{X}`` (what is struck, as written: that X becomes v is the notes' claim)."""
    if "vmatrix" in text:  # |a b; c d|: the determinant of the matrix between the bars
        text = _VMATRIX_END.sub(r"\\end{pmatrix}", _VMATRIX_BEGIN.sub(r"\\det\\begin{pmatrix}", text))
    out: list[str] = []
    i = 0
    while True:
        m = _DECORATION_RE.search(text, i)
        if m is None:
            out.append(text[i:])
            return unframed_row("".join(out))
        name = m.group(1)
        first = brace_arg(text, m.end())
        if first is None:
            out.append(text[i : m.end()])
            i = m.end()
            continue
        run = _boxed_run_end(text, m.end()) if name == "boxed" else None
        if run is not None:
            # \boxed{2}\boxed{3}\boxed{4}: cells side by side are a vector (the tokenizer reads the run)
            out.append(text[i:run])
            i = run
        elif name in _DECORATIONS:
            out.append(text[i : m.start()] + framed(undecorate(first[0])))
            i = first[1]
        elif name == "color":
            out.append(text[i : m.start()])
            i = first[1]
        else:
            second = brace_arg(text, first[1])
            if second is None:
                out.append(text[i : m.end()])
                i = m.end()
                continue
            if name not in ("textcolor", "cancelto") and is_relation(second[0].strip()):
                out.append(text[i : second[1]])  # a conditioned relation: the splitter reads it
            elif name == "underset" and _OPTIMUM_HEAD.fullmatch(second[0]):
                # \underset{w}{\arg\max}: the variable is the optimum's subscript (documents.optimum)
                out.append(text[i : m.start()] + second[0].strip() + "_{" + first[0] + "}")
            else:
                out.append(text[i : m.start()] + framed(undecorate(second[0])))
            i = second[1]


# size and style switches that change nothing a checker reads
_SWITCHES = re.compile(
    r"\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|displaystyle|textstyle"
    r"|scriptstyle|scriptscriptstyle|limits|nolimits|allowbreak|nonumber|notag|qedhere|medskip|smallskip|bigskip)(?![A-Za-z])"
)
_OLD_FONT_GROUP = re.compile(r"\{\s*\\(bf|rm|it|sf|tt|cal)(?![A-Za-z])\s*")
_OLD_FONT = {
    "bf": "\\mathbf",
    "rm": "\\mathrm",
    "it": "\\mathit",
    "sf": "\\mathsf",
    "tt": "\\mathtt",
    "cal": "\\mathcal",
}
_OLD_FONT_CMD = re.compile(r"\\(bf|rm|it|sf|tt|cal)(?![A-Za-z])\s*")


# \mathrm{~d} x, \mathrm{~m}: OCR (Mathpix) sets a tie (a space) before an upright letter; the letter is the same
_TIED_FONT = re.compile(r"(\\(?:mathrm|textrm|operatorname|mathit|text)\s*\{)(?:\s|~)*~(?:\s|~)*(?=[A-Za-z])")


def normalize_fonts(text: str) -> str:
    r"""Drop size/style switches; ``{\bf x}`` → ``\mathbf{x}``, ``\bf{x}`` → ``\mathbf{x}``; OCR's
    ``\mathrm{~d}`` → ``\mathrm{d}``."""
    text = _SWITCHES.sub(" ", text)
    if "~" in text:
        text = _TIED_FONT.sub(r"\1", text)
    if "\\" not in text or not _OLD_FONT_CMD.search(text):
        return text
    text = _OLD_FONT_GROUP.sub(lambda m: _OLD_FONT[m.group(1)] + "{", text)  # {\bf x} -> \mathbf{x}
    out: list[str] = []
    i = 0
    for m in _OLD_FONT_CMD.finditer(text):
        out.append(text[i : m.start()])
        if m.end() < len(text) and text[m.end()] == "{":
            out.append(_OLD_FONT[m.group(1)])  # \bf{x} -> \mathbf{x}
        i = m.end()
    out.append(text[i:])
    return "".join(out)

