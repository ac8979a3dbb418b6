r"""The math of a raw HTML block in Markdown: what MathJax renders there, at the columns it is written at.

markdown-it keeps an HTML block (``<details>``, ``<div>``, ``<p>`` opening a line) as raw text, and MathJax
or KaTeX's auto-render then typesets the math inside it as anywhere in the page. The Markdown reader
(:mod:`verifier.documents.sources`) parses such a block's content again as Markdown, with the tags that
open or close its lines taken out (:func:`html_body`): its displays, its inline ``$…$`` formulas and its
paragraphs are the notes' (review35b found the inline ones unread: a wrong ``$\frac{d}{dx} x^4 = 4x^2$``
in a ``<div>`` was neither checked nor SKIPPED). The tags taken from the front of a line are counted
(:func:`shifted`), so an inline formula's place is its column in the document's line.

The elements MathJax never typesets in — ``<pre>``, ``<code>``, ``<script>``, ``<style>``,
``<textarea>`` (its ``skipHtmlTags``) — are code (:func:`verbatim`): their ``$$`` is not math. Such an element
inside a line (``<code>$\frac{d}{dx} x^3 = 2x$</code>``, source shown as it is) is blanked, its columns kept:
its formula was read and FAILED (redteam37).

Two forms of exported pages (fresh66): MathJax 2 typesets ``<script type="math/tex; mode=display">…</script>``
as a display (its tex2jax writes every ``\\[…\\]`` so), not as a script: its lines are read as ``$$ … $$``
(:func:`math_script`); written whole inside a line, it and the inline ``<script type="math/tex">…</script>`` are read
as ``$$…$$`` and ``$…$`` there, columns kept (red63). ``jupyter nbconvert --to html`` writes a display's closing
``$$`` straight before the next paragraph's tag (``$$<p>and then …</p>``), which Markdown's ``$$`` rule does not
close on: the display ran on into the next one. Such a closing is moved to the end of the display's last line
(:func:`html_body`), lines kept.
"""

from __future__ import annotations

import re

from verifier.latex.document import Place

__all__ = ["html_body", "math_script", "may_hold_math", "shifted", "verbatim"]

_HTML_TAG_LINE = re.compile(r"^\s*</?[A-Za-z][^>]*>\s*$")
#: tags opening or closing a line of an HTML block (``<details><summary>Answer</summary>``): the text
#: between them is prose, what follows on the next lines is read again
_LEADING_TAGS = re.compile(r"^\s*(?:</?[A-Za-z][^>]*>\s*)+")
_TRAILING_TAGS = re.compile(r"(?:\s*</?[A-Za-z][^>]*>)+\s*$")
#: MathJax's default skipHtmlTags (noscript and annotation too): the block opening with one is not typeset
_VERBATIM = re.compile(r"^\s*<(?:pre|code|script|style|textarea|noscript)(?=[\s>/])", re.I)


#: MathJax 2's display math element (``mode=display``; a plain ``math/tex`` one is inline, not read here)
_MATH_SCRIPT = re.compile(r"^\s*<script\s+type\s*=\s*[\"']math/tex;\s*mode\s*=\s*display[\"']\s*>\s*$", re.I)
_SCRIPT_END = re.compile(r"^\s*</script\s*>\s*$", re.I)
#: a display's closing ``$$`` with the next paragraph's tag right after it (nbconvert)
_CLOSED_BEFORE_TAG = re.compile(r"^(\s*)\$\$(?=\s*<[A-Za-z/])")


#: MathJax 2's math element written whole inside a line, display (group 1) or inline, its TeX group 2 (red63: a
#: page saved after tex2jax ran writes ``<script type="math/tex; mode=display">f''(x) = 3x</script>`` on one line)
_MATH_ELEMENT = re.compile(
    r"<script\s+type\s*=\s*[\"']math/tex(;\s*mode\s*=\s*display)?[\"']\s*>(.*?)</script\s*>", re.I
)


def math_script(line: str) -> bool:
    """Does ``line`` open MathJax 2's display element ``<script type="math/tex; mode=display">``?"""
    return _MATH_SCRIPT.match(line) is not None


def verbatim(html: str) -> bool:
    """Does the HTML block open with an element whose text MathJax leaves as it is (``<pre>``, ``<script>``)?
    Not MathJax's own math element (:func:`math_script`, or one written whole on the line)."""
    first = html.split("\n", 1)[0]
    return _VERBATIM.match(html) is not None and not math_script(first) and not _MATH_ELEMENT.match(first.lstrip())


def _as_delimiters(m: re.Match[str]) -> str:
    """A math element written in a line as its TeX between ``$`` (inline) or ``$$`` (display) delimiters, its
    columns kept: the opening tag's place is blank up to the delimiter, the closing tag's after it."""
    mark = "$$" if m.group(1) else "$"
    opening = m.start(2) - m.start()
    return " " * (opening - len(mark)) + mark + m.group(2) + mark + " " * (m.end() - m.end(2) - len(mark))


def may_hold_math(html: str) -> bool:
    """Is the HTML block worth reading again: not a comment, not verbatim, with a math delimiter in it?
    (A Hugo ``{{< katex >}}`` shortcode too: Hugo expands it inside raw HTML as anywhere: review35b.)"""
    if html.lstrip().startswith("<!--") or verbatim(html):
        return False
    if any(math_script(line) for line in html.split("\n")) or _MATH_ELEMENT.search(html):
        return True
    return "$" in html or "\\begin" in html or "\\[" in html or "\\(" in html or ("katex" in html and "{{" in html)


#: an element MathJax skips written inside a line (``<code>$x$</code>``): blanked, its columns kept (redteam37)
_INLINE_VERBATIM = re.compile(r"<(pre|code|script|style|textarea|noscript)(?=[\s>])[^>]*>.*?</\1\s*>", re.I)


def _untagged(line: str) -> tuple[str, int]:
    """A line of an HTML block without the tags that open or close it (``<summary>`` text stays), and how
    many characters were taken from its front; an element MathJax skips inside it is blank."""
    if "<" not in line:
        return line, 0
    rest = _MATH_ELEMENT.sub(_as_delimiters, line)  # MathJax's own elements are math (red63)
    # an element MathJax skips is blank, at the front too (``<script type="text/javascript">`` there was taken as
    # a tag and its code read: red63); blanks and tags opening the line are taken from its front
    rest = _INLINE_VERBATIM.sub(lambda m: " " * len(m.group()), rest)
    if line.lstrip().startswith("<"):
        rest = _LEADING_TAGS.sub("", rest.lstrip()).lstrip()
    rest = re.sub(r"^\s*\w[^<]*</summary>", "", rest)  # the rest of a summary is its title
    return _TRAILING_TAGS.sub("", rest), len(line) - len(rest)


def html_body(html: str) -> tuple[str, list[int]]:
    """The Markdown an HTML block holds, line for line (a line of tags only is blank), and for each line the
    number of characters its front lost."""
    lines: list[str] = []
    shifts: list[int] = []
    script = opened = False  # in a MathJax display element; in a $$ display
    for line in html.split("\n"):
        if math_script(line) or (script and _SCRIPT_END.match(line)):
            script = not script
            lines.append("$$")
            shifts.append(0)
            continue
        if not script and opened and (m := _CLOSED_BEFORE_TAG.match(line)) and lines:
            lines[-1] += " $$"  # $$<p>and then …: the display closes at the end of its last line (nbconvert)
            line, opened = m.group(1) + "  " + line[m.end() :], False
        text, shift = ("", 0) if _HTML_TAG_LINE.match(line) and not script else _untagged(line)
        if not script:
            opened ^= text.count("$$") % 2 == 1
        lines.append(text)
        shifts.append(shift)
    return "\n".join(lines), shifts


def shifted(place: Place | None, line: int, shifts: list[int]) -> tuple[int, int, int] | None:
    """The place of an inline formula the body's reader found on body line ``line`` (1-based, as it numbers
    them), as the Markdown reader records a formula of its text: (column, 0-based end line in the body, end
    column), the columns counted in the block's own lines (the tags the front of each line lost added)."""
    if place is None:
        return None

    def lost(line1: int) -> int:
        return shifts[line1 - 1] if 0 < line1 <= len(shifts) else 0

    return place.column + lost(line), place.end_line - 1, place.end_column + lost(place.end_line)
