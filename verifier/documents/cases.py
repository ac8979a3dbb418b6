r"""The case the prose names just before a display: ``$i \neq j$`` on a line of its own.

Notes that split a derivation into cases often do not write "Case 1:" (that form is read by
``proseconditions._CASE``); they announce the case as a bare condition, alone in the paragraph right before
the display that treats it, or as a short lead-in::

    Consider two different cases

    $i = j$

    $$ \frac{\partial \hat y_i}{\partial \theta_i} = … $$

    $i \neq j$

    $$ \frac{\partial \hat y_i}{\partial \theta_j} = … = -\hat y_i \hat y_j $$

    For $i \ne j$:            If $k \neq l$,            When $i = j$:

or as the last sentence of the paragraph before the display ("Let $p_i = …$. For $i \ne j$,").

A reader applies that condition to the display that follows, and to nothing else. Without it the
second display holds only where i ≠ j and is left SKIPPED as "a case split the notes may assume".
This module owns recognising such a paragraph; the reader adds what it returns to the chain's
conditions (as it does for "Case 1: $r = i$"), which only *restricts* the index assignments
checked: a step that fails under the stated case still fails.

Only a condition between two single lowercase letters (the way indices are named) that both
appear as subscripts in the display counts: ``$i = 1$`` or ``$x > 0$`` is a value or a domain,
not a case of the indices, and a condition on letters the display does not index would make the
checker refuse the whole chain ("not about indices").
"""

from __future__ import annotations

import re

__all__ = ["equated", "inline_condition", "lead_condition", "trail_condition"]

# the last paragraph before the display: an optional lead word, one inline condition, punctuation
_LEAD = re.compile(
    r"^\s*(?:[>*-]\s*)*(?:(?:if|for|when|where|with|consider|assume|suppose|now|and|otherwise,?|in|the|"
    r"case|of|that)\s+)*"
    r"\$\s*([a-z])\s*(=|\\neq|\\ne|≠|!=)\s*([a-z])\s*\$\s*(?:\([^()]*\)\s*)?"
    # "When $i = j$ we get", "and for $i = j$ the derivative is": a lead-in to the display
    r"(?:,?\s*(?:we\s+(?:get|have|obtain|find)|this\s+(?:gives|becomes)|it\s+is|one\s+gets"
    r"|the\s+(?:derivative|gradient|result|entry|partial|jacobian)\s+(?:is|becomes|reads))\s*)?[:.,;]?\s*$",
    re.I,
)

_NEQ = {"\\neq", "\\ne", "≠", "!="}
# where a sentence ends inside a paragraph: ". For", "$. If" (a new sentence starts with a capital)
# not sentences.SPACE_BEFORE_CAPITAL: only a capital starts a sentence here, and a blank line does not cut
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _subscripted(letter: str, display: str) -> bool:
    """Is ``letter`` written as (part of) a subscript in ``display`` (``x_i``, ``w_{ij}``, ``W_{i,j}``)?"""
    if re.search(r"_\s*" + letter + r"(?![A-Za-z])", display):
        return True
    for group in re.findall(r"_\s*\{([^{}]*)\}", display):
        # w_{ij}: a run of at most three lowercase letters is that many indices; \hat or "max" is not
        words = [w for w in re.findall(r"\\?[A-Za-z]+", group) if not w.startswith("\\")]
        if any(w == letter or (len(w) <= 3 and w.islower() and letter in w) for w in words):
            return True
    return False


def last_paragraph(prose: str) -> tuple[int, str]:
    """The last paragraph of ``prose`` (the one just before a display), on one line, with the index of
    its first line in ``prose``; "" where there is none or it holds a display of its own."""
    lines = prose.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    paragraph = " ".join(ln.strip() for ln in lines[start:end])
    return start, "" if "$$" in paragraph else paragraph


def lead_condition(prose: str, first_line: int, display: str) -> list[tuple[str, str]]:
    r"""``[(condition, where)]`` for the paragraph of ``prose`` just before a display that is only an
    index case (``$i \neq j$``, "For $i = j$:"), else ``[]``. ``first_line`` is the line of
    ``prose``'s first line; ``display`` is the LaTeX of the display that follows."""
    start, paragraph = last_paragraph(prose)
    if not paragraph:
        return []
    m = _LEAD.match(paragraph)
    if m is None:  # "Let p_i = … . For $i \ne j$," : the paragraph's last sentence is the case
        m = _LEAD.match(_SENTENCE_END.split(paragraph)[-1])
    if m is None:
        return []
    return _index_case(m, display, f"'{paragraph}' at line {first_line + start}")


def _index_case(m: re.Match[str], display: str, where: str) -> list[tuple[str, str]]:
    """The case ``a = b`` / ``a \\neq b`` of the match's three groups, where both letters are subscripts of
    ``display`` (and distinct); else ``[]``."""
    a, rel, b = m.group(1), m.group(2), m.group(3)
    if a == b or not (_subscripted(a, display) and _subscripted(b, display)):
        return []
    return [(f"{a} \\neq {b}" if rel in _NEQ else f"{a} = {b}", where)]


# "$$ … $$ for $i \neq j$.": the display's sentence goes on, in lower case, with the case it treats (trust15)
_TRAIL = re.compile(
    r"^\s*,?\s*(?:for|when|whenever|if|where)\s+(?:all\s+)?\$\s*([a-z])\s*(=|\\neq|\\ne|≠|!=)\s*([a-z])\s*\$"
    r"\s*(?:[.;]|,?\s*$|,?\s*\n\s*\n)"
)


def trail_condition(after: str, first_line: int, display: str) -> list[tuple[str, str]]:
    r"""``[(condition, where)]`` for the prose ``after`` a display (starting at line ``first_line``) that goes on
    with its sentence by an index case only ("for $i \neq j$."), else ``[]``; a new sentence ("For $i = j$:")
    leads the next display instead (:func:`lead_condition`). A display that ends its sentence with a full stop
    takes nothing after it."""
    if re.search(r"\.\s*(?:\$\$|\\\]|\\end\s*\{[a-z*]+\})?\s*$", display.rstrip()):
        return []
    m = _TRAIL.match(after)
    if m is None:
        return []
    return _index_case(m, display, f"'{m.group(0).strip()}' at line {first_line}")


# "…, and for $i \neq j$, $\frac{\partial p_i}{\partial z_j} = -p_i p_j$": the case right before an inline formula
_INLINE_LEAD = re.compile(
    r"(?:^|[\s,;(])(?:for|when|whenever|if|where)\s+(?:all\s+)?\$\s*([a-z])\s*(=|\\neq|\\ne|≠|!=)\s*([a-z])\s*\$"
    r"\s*[,:]?\s*(?:we\s+(?:get|have)\s*)?$"
)


def inline_condition(before: str, formula: str, line: int) -> list[tuple[str, str]]:
    r"""``[(condition, where)]`` for an inline formula whose sentence names an index case right before it
    ("for $i \neq j$, $…$"), both letters subscripts of the formula; else ``[]``."""
    m = _INLINE_LEAD.search(before)
    if m is None:
        return []
    return _index_case(m, formula, f"'{m.group(0).strip(' ,;(')}' at line {line}")


def equated(conditions: list[tuple[str, str]]) -> set[str]:
    """The index letters a chain's case conditions set equal to another (``i = j``): such an index is
    not free on one side only (``∂p_i/∂z_j = p_i(1 - p_i)`` when i = j)."""
    out: set[str] = set()
    for cond, _ in conditions:
        m = re.fullmatch(r"\s*([a-z])\s*=\s*([a-z])\s*", cond)
        if m:
            out |= {m.group(1), m.group(2)}
    return out
