r"""Math typed in Unicode in a Markdown note without ``$``: a code span, a plain fenced block or a line of
its own whose text is a formula, not code or prose.

Students who type their notes without LaTeX put the formula in backticks so that Markdown leaves it alone
(```σ′(x) = σ(x)(1 − σ(x))```), write a few lines of it in a fenced block with no language
(```` ``` ```` / ``∂L/∂w = (ŷ − y)·x`` / ```` ``` ````), or on a line of its own (``f′(x) = 4(3x² + 1)³ · 6x``,
after a label such as ``**1.**`` or a list marker). markdown-it reads the first two as code and the third as
prose, so such a note was "0 steps found", and every mistake in it passed unseen. A code span, every line of
a fenced block with no language (or ``text``), or such a line is read as ``$…$`` when it is unmistakably
math:

* it states an equation (an ``=`` that is no ``==``, ``<=``, ``+=``, ``:=`` …);
* it writes at least one character of Unicode math that no programming language takes in code — a minus
  sign ``−``, a prime ``′``, ``·``, ``×``, a superscript ``²`` or ``ᵀ``, a subscript ``ᵢ``, ``∂``, ``∑``,
  ``√``, ``‖``, ``ŷ`` … (:func:`math_marks`, from the tokenizer's own tables; a Greek letter alone is no
  sign: Julia and Python names may be Greek);
* it writes nothing of code or of LaTeX: no ``\``, ``$``, ``"``, ``;``, braces, ``#``, ``==``, ``**``,
  ``->``, no attribute access ``np.exp``, and no update of a name by itself (``x = x − η·g`` is code's
  assignment; math writes ``←``);
* it writes no prose: every word of three letters or more is a function (``tanh``, ``softplus``, or any
  name called with ``(``), no English word of two letters (``at``, ``so``, ``is``) stands in it.

Anything else stays code or prose, as before: a sentence that defines a name in typed math ("Model ŷ = wx +
b, loss L = ½(ŷ − y)²") is not read, and the steps that use the name say it is not defined. Lines inside
``$$ … $$``, ``\[ … \]`` or a LaTeX environment are math already and stay. The backticks become ``$`` (the
columns stay); a fenced block's fences become blank lines and each line ``$…$`` at the fence's indentation
(the lines stay), so each line is a step of its own, as the Markdown reader takes an inline formula.
"""

from __future__ import annotations

import re
import unicodedata

from verifier.documents.codeprose import CODE_SPAN
from verifier.latex.unicodetyping import is_typed
from verifier.latex.vocabulary import (
    ELEMENTARY,
    FUNCTION_WORDS,
    ML_FUNCTIONS,
    SINGLE_CHARS,
    UNICODE_COMMANDS,
    UNICODE_SUBSCRIPTS,
    UNICODE_SUPERSCRIPTS,
)

__all__ = ["is_typed_formula", "math_marks", "typed_math"]

_FENCE = re.compile(r"^( *)(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$")
#: a fenced block's info words that say "plain text" (no language named)
_PLAIN_INFO = frozenset({"", "text", "txt", "plain", "plaintext"})
#: a line of prose that may be a formula: its list marker or bold label (``- ``, ``1. ``, ``**1.**``) kept, then
#: the rest, with no ``$``, backtick or table bar (a line that writes LaTeX math is read as LaTeX already)
_PLAIN_LINE = re.compile(r"^( {0,3}(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:\*\*[^*$`]{1,12}\*\*\s*)?)([^$`|>]+)$")
_EQUALS = re.compile(r"(?<![=!<>+\-*/:%&|^])=(?!=)")
_CODE_SIGNS = re.compile(r"[\\$\";{}#@`]|==|\*\*|->|=>|//|:=|[A-Za-z_]\.[A-Za-z_]")
#: English words of two letters: a formula written as a product of two letters never spells them
_SHORT_PROSE = frozenset("an as at be by do if in is it me my no of on or so to up we".split())
#: a typed root of a bare atom with another written against it (``√2π``, ``√n x``): as often √(2π) as √2·π, so
#: such a span is not read (redmid61); ``√(2π)`` and ``√2·π`` say which
_ROOT_OF_PRODUCT = re.compile(r"√\s*(?:\d+(?:\.\d+)?|[^\W\d_])\s*(?:[^\W_]|\()")
_FUNCTIONS = ELEMENTARY | FUNCTION_WORDS | ML_FUNCTIONS | frozenset({"det", "tr", "diag", "Var", "Cov", "var", "cov"})


def math_marks() -> frozenset[str]:
    """The characters of Unicode math that are no letter: what code never writes but typed math does."""
    table = {*UNICODE_COMMANDS, *UNICODE_SUPERSCRIPTS, *UNICODE_SUBSCRIPTS, *(c for c in SINGLE_CHARS if ord(c) > 127),
             "←", "↦", "≔"}  # fmt: skip
    return frozenset(c for c in table if unicodedata.category(c) not in ("Lu", "Ll"))


_MARKS = math_marks()


def _has_mark(text: str) -> bool:
    """Whether ``text`` writes a character of Unicode math: a mark of the tables, or one latex.unicodetyping reads on
    its own (``½``, ``″``, ``ŷ``); ASCII is none of them, so only the other characters are asked."""
    return any(c in _MARKS or (c > "\x7f" and is_typed(c)) for c in text)


def is_typed_formula(text: str) -> bool:
    """Whether ``text`` (a code span's or a plain code line's) is unmistakably an equation of typed math."""
    body = text.strip()
    if not body or len(body) > 400 or not _EQUALS.search(body) or _CODE_SIGNS.search(body):
        return False
    if not _has_mark(body) or _ROOT_OF_PRODUCT.search(body):
        return False
    for start, word in _words(body):
        if word.lower() in _SHORT_PROSE:
            return False
        after = body[start + len(word) : start + len(word) + 1]
        if len(word) >= 3 and word not in _FUNCTIONS and after not in ("(", "′", "'"):
            return False
    left = _EQUALS.split(body, maxsplit=1)[0].strip()
    if re.fullmatch(r"[^\W\d]\w*", left):  # x = x − η·g: code's assignment, not an equation
        rest = _EQUALS.split(body, maxsplit=1)[1]
        if re.search(rf"(?<!\w){re.escape(left)}(?!\w)", rest):
            return False
    return True


def _words(text: str) -> list[tuple[int, str]]:
    """The runs of letters of ``text`` with their starts; a modifier letter (a subscript ``ᵢ``, ``ˣ``) ends a
    run, as it is an index or a power, not a letter of the word."""
    runs: list[tuple[int, str]] = []
    start = -1
    for i, c in enumerate(text + " "):
        letter = unicodedata.category(c) in ("Lu", "Ll", "Lo")
        if letter and start < 0:
            start = i
        elif not letter and start >= 0:
            runs.append((start, text[start:i]))
            start = -1
    return runs


def typed_math(text: str) -> str:
    """``text`` (a Markdown note) with each code span, plain fenced block and line of prose that is typed math
    written as ``$…$`` (see the module's docstring); the same lines."""
    if not _has_mark(text):  # the test each span passes too (is_typed_formula): a note with none is left as it is
        return text
    lines = text.split("\n")
    k = 0
    display = False  # inside $$ … $$, \[ … \] or a LaTeX environment: the line is math already
    while k < len(lines):
        line = lines[k]
        m = _FENCE.match(line)
        if m is None or display:
            if not display and "`" in line:
                lines[k] = CODE_SPAN.sub(_span, line)
            elif not display and (label := _PLAIN_LINE.match(line)) and is_typed_formula(label.group(2)):
                lines[k] = label.group(1) + _as_math(label.group(2).strip())
            display = _display_after(line, display)
            k += 1
            continue
        indent, run, info = m.group(1), m.group(2), m.group(3).lower().strip("{}.")
        end = k + 1
        while end < len(lines) and not re.match(rf"^ *{run[0]}{{{len(run)},}}\s*$", lines[end]):
            end += 1
        body = [line for line in lines[k + 1 : end] if line.strip()]
        if end < len(lines) and info in _PLAIN_INFO and body and all(is_typed_formula(line) for line in body):
            lines[k] = lines[end] = ""
            for i in range(k + 1, end):
                if lines[i].strip():
                    lines[i] = indent + _as_math(lines[i].strip())
        k = end + 1
    return "\n".join(lines)


def _as_math(text: str) -> str:
    """``text`` (typed math) as an inline formula: a ``%`` is a percent sign there, never LaTeX's comment
    (``50% × 2 = 100%`` read as ``50 = 100`` was FAILED: redmid61)."""
    return "$" + text.replace("%", r"\%") + "$"


def _display_after(line: str, display: bool) -> bool:
    """Whether the line after ``line`` is inside display math, given whether ``line`` starts inside."""
    if line.count("$$") % 2:
        display = not display
    opened = len(re.findall(r"\\\[|\\begin\s*\{", line))
    closed = len(re.findall(r"\\\]|\\end\s*\{", line))
    if opened > closed:
        return True
    if closed > opened:
        return False
    return display


def _span(m: re.Match[str]) -> str:
    if len(m.group(1)) != 1 or not is_typed_formula(m.group(2)):
        return m.group(0)
    return _as_math(m.group(2))
