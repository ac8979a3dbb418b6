r"""Math written for a web page, given back the spelling MathJax finally reads.

Course notes published as web pages (Jekyll/kramdown, Hugo/Goldmark, exported notes) pass through layers
before MathJax sees their math, and their authors write for those layers:

* **Markdown escapes.** A Markdown processor that does not protect math reads ``x_i … y_j`` as emphasis, so
  notes write ``\_`` and ``\*`` (``\sum\_{i=1}^{n} x\_i``): the processor drops the backslash and MathJax reads
  ``_`` and ``*``. Read as LaTeX, ``\_`` is a literal underscore and the whole member was unreadable ("unsupported
  command \_"): every step written so was SKIPPED, a wrong one included. Inside ``\text{…}`` (and the other
  text-mode groups) ``\_`` is an underscore of a word (``\text{max\_iter}``) and stays.
* **HTML entities.** Notes exported from HTML, or written for a page whose HTML layer they must get past, carry
  ``&lt;``, ``&gt;``, ``&amp;`` in the math; the browser decodes them before MathJax runs. Read as LaTeX,
  ``&lt;`` was a product ``l t`` after an alignment mark (``f(x) = x^2 &lt; 4`` read as ``f(x) = l t x^2``). An
  entity that stands for an ASCII character (or ``&nbsp;``, a space) is given back that character.
* **Halved backslashes.** Goldmark (Hugo) and marked (Hexo) turn ``\\`` into ``\``, so notes for them write
  ``\\{ … \\}`` for a set and ``\\| w \\|`` for a norm (and ``\\\\`` for a row break). Read as LaTeX, each
  ``\\`` was a row break and the formula fell apart. A formula whose braces or bars come so in pairs is read with
  those backslashes (and its ``\\,``, ``\\;``, ``\\!``) halved; a lone ``\\{}`` stays a row break. Their
  commands come so too, ``\\frac{d}{dx} x\\sin x`` (the processor leaves ``\frac`` as it is, so a note may mix
  both spellings): read as LaTeX, each was a row break, the formula fell apart and its last row (``\sin x = \sin
  x``) was PROVED for a wrong product rule (red60). Two backslashes right before a command name of two or more
  letters are one, halved by the processor — LaTeX's row break followed by a word set in math italics is not
  what notes write; a row break before one letter (``\\b &= 2``) stays one.
* **MathJax's** ``\require{cancel}`` loads an extension; it typesets nothing and made its display unreadable.

Only Markdown and notebooks are read so (:mod:`verifier.documents.sources`); a LaTeX note's ``\_`` and ``\&``
are LaTeX's. :func:`page_math` is applied to each formula's text, whose lines it keeps.
"""

from __future__ import annotations

import html
import re

from verifier.latex.braces import brace_end

__all__ = ["page_math"]

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_REQUIRE = re.compile(r"\\require\s*\{[^{}]*\}")
#: two backslashes (not more) before a brace, a bar or a space command: one backslash halved by the processor
_DOUBLED = re.compile(r"(?<!\\)\\\\([{}|,;:!])")
#: two backslashes (not more) right before a command name of two or more letters: ``\\frac``, ``\\sin``
_DOUBLED_NAME = re.compile(r"(?<!\\)\\\\(?=[A-Za-z]{2})")
#: four backslashes alone: a row break written for a processor that halves them
_ROW_BREAK = re.compile(r"(?<!\\)\\{4}(?!\\)")
#: a backslash pair (a row break, kept as it is), a Markdown escape of ``_``/``*``, or a text-mode group's opening
_ESCAPE_SCAN = re.compile(r"\\\\|\\([_*])|\\(?:text[a-z]*|mbox|mathrm|operatorname\*?|mathtt)\s*\{")


def page_math(latex: str) -> str:
    r"""``latex`` (a formula of a Markdown note) with Markdown escapes, halved backslashes, HTML entities and
    ``\require`` undone."""
    if "&" in latex:
        latex = _ENTITY.sub(_decoded, latex)
    if "\\require" in latex:
        latex = _REQUIRE.sub("", latex)
    if "\\_" in latex or "\\*" in latex:
        latex = _unescaped(latex)
    if "\\\\" in latex and _doubled_spelling(latex):
        latex = _DOUBLED_NAME.sub(lambda m: "\\", latex)
        latex = _DOUBLED.sub(lambda m: "\\" + m.group(1), latex)
        # its row breaks are written \\\\ too (the processor halves them all): one \\ each, or a matrix of
        # \\| w \\| kept an empty row between its rows and was unreadable (review35b)
        latex = _ROW_BREAK.sub(r"\\\\", latex)
    return latex


def _doubled_spelling(latex: str) -> bool:
    r"""Whether ``latex`` is written for a processor that halves backslashes (Goldmark, marked): its braces or
    norm bars come in doubled pairs, ``\\{ … \\}`` or ``\\| … \\|``, or a command is spelled ``\\frac`` (a row
    break is ``\\\\`` there)."""
    found = [m.group(1) for m in _DOUBLED.finditer(latex)]
    return ("{" in found and "}" in found) or found.count("|") >= 2 or _DOUBLED_NAME.search(latex) is not None


def _decoded(m: re.Match[str]) -> str:
    char = html.unescape(m.group(0))
    if char == "\xa0":
        return " "
    return char if len(char) == 1 and char.isascii() else m.group(0)


def _unescaped(latex: str) -> str:
    r"""``\_`` and ``\*`` as ``_`` and ``*`` outside text-mode groups; ``\\`` (a row break) and text kept."""
    out: list[str] = []
    pos = 0
    while (m := _ESCAPE_SCAN.search(latex, pos)) is not None:
        if m.group(1) is not None:
            out.append(latex[pos : m.start()] + m.group(1))
            pos = m.end()
            continue
        end = _group_end(latex, m.end()) if m.group(0).endswith("{") else m.end()
        out.append(latex[pos:end])
        pos = end
    out.append(latex[pos:])
    return "".join(out)


def _group_end(latex: str, start: int) -> int:
    """The offset just past the ``}`` closing the group whose ``{`` is just before ``start`` (the end of
    ``latex`` when it is not closed)."""
    end = brace_end(latex, start - 1)
    return len(latex) if end < 0 else end + 1
