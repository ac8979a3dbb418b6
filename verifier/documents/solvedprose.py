r"""A value solved for in the prose: "$2w - 6 = 0$, so $w^* = 3$", "$2w - 6 = 0 \Rightarrow w = 3$" inline (gaps41).

documents.solvedvalues checks a value after ⇒ in a display (``h'(x) = 2x + 4 = 0 \Rightarrow x = 2``: a wrong root
FAILED). The same solution written in a sentence was never checked: inside one inline formula the part after the
arrow made no chain, and after "so", "hence", "thus", "therefore", "giving", "which gives", "we get", "yields" the
value was only a stated number. This module owns finding those (:func:`solved_in_prose`); the reader makes each a
one-link chain ``name = value`` linked (``after``) to the equation it solves — the last link of the formula before
the arrow, or of the sentence's formula before the cue — and documents.solvedvalues decides it as for a display:
the only root PROVED, a wrong one FAILED, a root of several or an equation in more than one unknown not green.
Only a value that is a plain number, for a name (``w``, ``w^*``, ``\hat w`` …) whose letter the equation writes.

Words that say the equation is *solved* or *set to zero* (misses42) read more: "setting it to zero gives
$w_j = …$", "Setting the gradient equal to zero, we get", "Solving for $w$ gives", "Its derivative $f'(x) = 2x - 4$
vanishes at $x = 3$", "… is zero at". After them the value may be a formula of the other names (``w_j =
\frac{\rho_j - \lambda\alpha}{z_j + \lambda(1-\alpha)}``) and the name may carry a subscript (``w_j``); the
equation is the sentence's formula before the words or, where the sentence writes none, the display right before
it ("it", "this": its last link, or its last member set to 0 after "setting … to zero" / "vanishes" — only where
that formula writes a derivative or the sentence names one: "setting the momentum to zero gives $v = g$" sets a
parameter, no root); a formula whose last member is not 0 is set to 0 by those words only.

A sentence that writes no formula before its cue solves the display right before the value (worked72, red72's z05):
"$$f'(x) = 4x - 4$$ so the stationary point is $x = 1$" — a cue naming the point a derivative vanishes at (the
stationary, critical point, the root, the minimiser …: ``_POINT_CUE``) sets a display that writes a derivative to
zero; a plain "so" reads only a display that is already an equation to 0 ("$$6t - 12 = 0$$ so $t = 2$"), not
"$$z = 3t + 1$$ so $t = 5$" (a value chosen).
"""

from __future__ import annotations

import re

from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.sentences import SINGLE_DOLLARS as _INLINE
from verifier.latex.braces import split_top_equals

__all__ = ["solved_chain", "solved_in_prose"]

_ARROW = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow)(?![A-Za-z])")
_CUE = re.compile(r"(?:,|;)?\s*\b(?:so|hence|thus|therefore|giving|gives|which\s+gives|we\s+get|yields?|i\.e\.,?)\s*$"
                  # "…, so the minimum is at": the point solved for, its kind checked (documents.extremumkind)
                  r"|(?:,|;)?\s*\b(?:so|hence|thus|therefore|and)\s+(?:the|a|its)\s+(?:(?:local|global|unique)\s+)?"
                  r"(?:minim(?:um|i[sz]er)|maxim(?:um|i[sz]er))\s+(?:is\s+|lies\s+|occurs\s+)?"
                  r"(?:(?:attained|reached|achieved)\s+)?at\s*$"
                  # "$6x = 12$, so the minimiser is $x = 3$": the point itself, named (green71; not "the minimum is",
                  # which may be the value)
                  r"|(?:,|;)?\s*\b(?:so|hence|thus|therefore|and)\s+(?:the|a|its)\s+(?:(?:local|global|unique|only)\s+)?"
                  r"(?:minimi[sz]er|maximi[sz]er|optimi[sz]er|root|solution|stationary\s+point|critical\s+point)"
                  r"\s+is\s*$", re.IGNORECASE)
# the cues that name the point a derivative vanishes at: after a display they set it to zero (worked72)
_POINT_CUE = re.compile(r"minim|maxim|optimi|root|solution|stationary|critical", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*[-+]?\s*(?:\d+(?:\.\d+)?"
                     # a fraction of two integers is a number too: \tfrac14, \frac{1}{4}, 1/4 (fresh34)
                     r"|\\[td]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d+\s*\}|\d)|\d+\s*/\s*\d+)\s*$")
# a name, decorated or not: w, \theta, w^*, w^\star, w_*, \hat w, \hat{w}, \tilde{w}, w_{opt}
_LETTER = r"(\\[A-Za-z]+|[A-Za-z])"
_MARK = r"(?:\^\s*\{?\s*(?:\*|\\star|\\ast)\s*\}?|_\s*\{?\s*(?:\*|opt|\\text\{opt\}|\\mathrm\{opt\})\s*\}?)"
_NAME = re.compile(r"^\s*(?:\\(?:hat|tilde)\s*\{?\s*" + _LETTER + r"\s*\}?|" + _LETTER + r"\s*" + _MARK + r"?)\s*$")
# "setting it to zero gives", "Setting the gradient equal to zero, we get", "solving for $w$ gives", "vanishes at"
_ZERO = (r"(?:setting|set|equating)\s+(?:it|this|that|these|them|(?:the|each|its|our)\s+[\w\s-]{1,40}?)"
         r"\s+(?:equal\s+)?to\s+(?:zero|0|\$0\$)")
_SOLVE = r"(?:solving|we\s+solve)(?:\s+(?:it|this|that|the\s+[\w\s-]{1,30}?))?(?:\s+for\s+\$[^$]{1,20}\$)?"
_SOLVED_CUE = re.compile(
    rf"(?:\b(?:{_ZERO}|{_SOLVE})\s*,?\s*(?:and\s+solving\s*,?\s*)?(?:gives|yields|leads\s+to|we\s+(?:get|obtain|find|have)"
    r"|shows\s+that)\s*:?|\b(?:vanish(?:es)?|is\s+zero|equals\s+zero|is\s+0)\s+(?:at|when|for)"
    # "Setting it to zero: $x = 2$", "Setting this to 0, $w = 3$": the words alone, then the value (red69)
    rf"|\b{_ZERO}\s*[:,])\s*$",
    re.IGNORECASE,
)
_SET_TO_ZERO = re.compile(r"(?:zero|0\$?|vanish(?:es)?|is\s+zero|equals\s+zero|is\s+0)\b", re.IGNORECASE)
# what "setting it to zero" solves: a derivative written (f'(w), \partial, \nabla, \frac{d}{dw}) or named in words
_DERIVATIVE = re.compile(r"'|\\prime|\\partial|\\nabla|\\frac\s*\{\s*(?:\\mathrm\{d\}|d)|\\dot")
_DERIVATIVE_WORDS = re.compile(r"\b(?:derivatives?|gradients?|partials?|slope|first-order|stationary)\b", re.IGNORECASE)
# a subscripted name: w_j, w_{j}, \theta_1 (not w_* or w_{opt}: those are marks)
_SUBSCRIPTED = re.compile(r"^\s*" + _LETTER + r"\s*_\s*(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9])\s*$")
# the display environments whose last row may be the equation the sentence after it solves
_ENVIRONMENTS = (("$$", "$$"), ("\\]", "\\["), *((f"\\end{{{e}}}", f"\\begin{{{e}}}") for e in
                 ("equation", "equation*", "align", "align*")))
_INFINITY = re.compile(r"\\infty(?![A-Za-z])|∞")
_TAIL = re.compile(r"(?:\s|\\[,;:!]|\\q?quad|[.,;])+$")


def _solution(text: str, formula_value: bool = False) -> tuple[str, str, str] | None:
    """(name, value, the name's letter) of ``name = number`` (``formula_value``: or ``name = formula``, the name
    plain, decorated or with one subscript), else None."""
    parts = split_top_equals(text.strip().rstrip(".,;"))
    if len(parts) != 2 or _INFINITY.search(parts[1]):
        return None  # "vanishes at $x = \infty$": a limit said loosely, no root (redteam43)
    if formula_value and (m := _SUBSCRIPTED.match(parts[0])) is not None and parts[1].strip():
        return parts[0].strip(), parts[1].strip(), m.group(1)
    if (not _NUMBER.match(parts[1]) and not (formula_value and parts[1].strip())) or \
            (m := _NAME.match(parts[0])) is None:  # fmt: skip
        return None
    letter = m.group(1) or m.group(2)
    if not _NUMBER.match(parts[1]) and re.sub(r"\s+", "", parts[0]) != letter:
        return None  # "vanishes at $w^\star = b/a$": a new name for the root, defined there (review19b), not checked
    return parts[0].strip(), parts[1].strip(), letter


def _decorated_solution(text: str) -> tuple[str, str, str] | None:
    r"""(name, value, the name's letter) of ``name = formula`` where the name is a letter decorated as a solution
    (``\hat\theta``, ``\lambda^*``, ``w_{opt}``) and the formula does not write that letter: "…$k(1 - \theta) = (n -
    k)\theta$, hence $\hat\theta = k/n$" (green71). A plain letter set to a formula after "so" is not read so ("$z =
    wx + b$, so $w = …$" may be anything); the decorated name is the solution the equation gives its letter."""
    parts = split_top_equals(text.strip().rstrip(".,;"))
    if len(parts) != 2 or not parts[1].strip() or _INFINITY.search(parts[1]) or (m := _NAME.match(parts[0])) is None:
        return None
    letter = m.group(1) or m.group(2)
    if re.sub(r"\s+", "", parts[0]) == letter or re.search(re.escape(letter) + r"(?![A-Za-z])", parts[1]):
        return None
    return parts[0].strip(), parts[1].strip(), letter


def _equation(text: str, letter: str, to_zero: bool = False) -> tuple[str, str] | None:
    """The last link of ``text`` (an equation that writes ``letter``), else None. ``to_zero``: the words set the
    formula's last member to 0 ("setting it to zero"), which is the equation where that member is not 0."""
    parts = split_top_equals(_TAIL.sub("", text.strip()))
    if to_zero and parts and parts[-1].strip() not in ("0", "0.0", "\\mathbf{0}", "\\boldsymbol{0}"):
        parts = [*parts, "0"]
    if len(parts) < 2 or not re.search(re.escape(letter) + r"(?![A-Za-z])", parts[-2] + parts[-1]):
        return None
    if len(parts) == 2 and _solution(text) is not None:
        return None  # "from $w = 0$, so $w = 1$": a stated value (a start, a case), nothing solved (redteam42)
    return parts[-2].strip(), parts[-1].strip()


def _display_before(text: str, at: int) -> tuple[str, int] | None:
    """The last row of the display that ends in ``text`` right before offset ``at`` (only blank space and words
    between, no formula and no sentence's end) and the offset where that row starts, else None."""
    head = text[:at]
    for close, opening in _ENVIRONMENTS:
        end = head.rfind(close)
        if end < 0 or len(head) - end > 160 or "$" in head[end + len(close) :] or \
                re.search(r"[.!?](?:\s|$)", head[end + len(close) :]):  # fmt: skip
            continue
        start = head.rfind(opening, 0, end)
        if start < 0 or (close == "$$" and head.count("$$", 0, end) % 2 != 1):
            continue  # (the $$ before it closes another display: this one's opening is not paired)
        body_start = start + len(opening)
        row = head.rfind("\\\\", body_start, end)
        row_start = row + 2 if row >= 0 else body_start
        return head[row_start:end].replace("&", " "), row_start
    return None


def solved_in_prose(prose: str, formula: str, text: str = "", at: int = 0) -> tuple[str, str, str, str, int] | None:
    r"""(name, value, the equation's left and right, how far before the end of ``prose`` the equation's formula
    starts: 0 where it is in ``formula`` itself) for an inline ``formula`` that gives a solution: ``2w - 6 = 0
    \Rightarrow w = 3``, or ``w^* = 3`` after a cue that follows an equation in the same sentence (``prose`` ends
    where the formula starts), or a value after words that solve or set to zero ("setting it to zero gives $w_j =
    …$") the sentence's formula or the display before the sentence (``text``: the notes, the formula at ``at``)."""
    if (arrow := list(_ARROW.finditer(formula))):
        after = _solution(formula[arrow[-1].end() :])
        eq = _equation(formula[: arrow[-1].start()], after[2]) if after else None
        return (after[0], after[1], *eq, 0) if after and eq else None
    ends = list(_SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    formulas = list(_INLINE.finditer(sentence))
    if (solved := _SOLVED_CUE.search(sentence)) is not None:  # "setting it to zero gives", "vanishes at"
        found = _solution(formula, formula_value=True)
        to_zero = _SET_TO_ZERO.search(solved.group(0)) is not None
        before = [f for f in formulas if f.end() <= solved.start()]  # not "for $w$" inside the words
        if found is None:
            return None
        if before:
            source, offset = before[-1].group(1), len(sentence) - before[-1].start()
        elif text and (display := _display_before(text, at - len(sentence))) is not None:
            source, offset = display[0], at - display[1]
        else:
            return None
        if to_zero and not (_DERIVATIVE.search(source) or _DERIVATIVE_WORDS.search(sentence)):
            return None  # "setting the momentum to zero gives $v = g$": a parameter set to 0, not a root
        eq = _equation(source, found[2], to_zero)
        return (found[0], found[1], *eq, offset) if eq else None
    words = sentence[formulas[-1].end() :] if formulas else sentence
    words = words.replace("\\ ", " ")  # "i.e.\ $a = \tfrac14$": LaTeX's control space after a period (fresh34)
    found = _solution(formula) or _decorated_solution(formula)
    if found is None:
        return None
    if not (cue := _CUE.search(words)):
        return None
    if not formulas:  # "$$f'(x) = 4x - 4$$ so the stationary point is $x = 1$": the display before (worked72)
        display = _display_before(text, at) if text else None
        if display is None:
            return None
        point = _POINT_CUE.search(cue.group(0)) is not None
        if not point and _equation(display[0], found[2]) is not None and \
                split_top_equals(display[0])[-1].strip() not in ("0", "0.0"):  # fmt: skip
            return None  # "$$z = 3t + 1$$ so $t = 5$": a value chosen, no root of the display
        if point and not _DERIVATIVE.search(display[0]) and split_top_equals(display[0])[-1].strip() != "0":
            return None  # the point of no derivative and no equation set to zero
        eq = _equation(display[0], found[2], to_zero=point)
        return (found[0], found[1], *eq, at - display[1]) if eq else None
    eq = _equation(formulas[-1].group(1), found[2])
    return (found[0], found[1], *eq, len(sentence) - formulas[-1].start()) if eq else None


def solved_chain(line: int, before_line: int, solved: tuple[str, str, str, str, int], place: object = None,
                 system: tuple[tuple[str, str], ...] = ()) -> _Chain:
    """The one-link chain ``name = value`` at ``line`` linked to the equation it solves (on ``before_line``;
    ``system``: the other equations solved with it, documents.solvedsystem)."""
    name, value, left, right, _ = solved
    members = [_Member(name, line), _Member(value, line)]
    return _Chain(line, members, [_Step(1, 0, 1, None, line)], None, False, ["an inline formula of the prose"],
                  inline=True, connected=True, after=(left, right, before_line), place=place,  # type: ignore[arg-type]
                  system=system)
