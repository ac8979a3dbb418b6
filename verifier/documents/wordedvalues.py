r"""A number the prose states in words for the derivative the notes worked: "the derivative is $-0.5$" (green72).

"Example: at $z = 0$ with $y = 1$ … the derivative is $0.5$" after the notes define ℓ(z) and work ℓ'(z): the lone
``$0.5$`` is no chain, so a wrong number there was never checked and the line stayed green (lead71's
``d04-bce-logits.wrong4``). The words tie the number to a quantity; this module owns reading that tie, only where it
is beyond doubt (:func:`worded_derivative`):

* the words right before the number name a derivative and state its value: "the derivative (of $\ell$) (at $z = 0$)
  (there) is / equals / is equal to / becomes / evaluates to / comes to $N$", "the slope / gradient is $N$", "we get
  / obtain / find a derivative of $N$";
* the derivative is the notes': named after "of" (``$\ell$``), else the one function whose derivative the section
  (since its last heading) writes before the sentence — ``\ell'(z) =``, ``\frac{d\ell}{dz} =``, ``\frac{d}{dz}
  \ell(z) =``; two functions differentiated there decide nothing;
* the function is one the notes defined of that one argument (``\ell(z) = …``), and the sentence states the
  argument's value as a number before the number (``$z = 0$``), once.

The reader then checks ``\ell'(0) = N`` as if the notes had written it there (the other names' values the sentence
states, ``$y = 1$``, are read as for any worked formula). A number that is not plain (``$\log 2$``), a quantity the
words do not name as a derivative ("the loss is $0.5$"), a derivative with no point stated: nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.headings import heading_level
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.sentences import SENTENCE_END, SINGLE_DOLLARS
from verifier.latex.document import Place

__all__ = ["worded_chain", "worded_derivative"]

_NUMBER = re.compile(r"^\s*[-+]?\s*(?:\d+(?:\.\d+)?|\\[td]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d+\s*\}|\d)"
                     r"|\d+\s*/\s*\d+)\s*$")
_NAME = r"(?:\\[A-Za-z]+|[A-Za-z])"
_FORMULA = r"\$[^$]+\$"
# the words right before the number: "the derivative of $\ell$ at $z = 0$ is", "we get a derivative of"
_WORDS = re.compile(
    rf"(?:\b(?:the|its)\s+(?:first\s+)?(?:derivative|slope|gradient)(?:\s+of\s+(?P<of>{_FORMULA}))?"
    rf"(?:\s+at\s+{_FORMULA})?(?:\s+(?:there|here|at\s+(?:this|that)\s+point))?\s*,?\s*"
    r"(?:is(?:\s+equal\s+to)?|equals|becomes|evaluates\s+to|comes\s+(?:out\s+)?to)"
    r"|\bwe\s+(?:get|obtain|find)\s+(?:a\s+)?(?:derivative|slope|gradient)\s+of)\s*$",
    re.IGNORECASE,
)
_D = r"(?:d|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})"
_ARG = r"(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]\}?)?"
# a derivative written as the left of an equation: ℓ'(z) =, \frac{d\ell}{dz} =, \frac{d}{dz}\ell(z) =
_HEADS = (
    re.compile(rf"(?<![A-Za-z\\])(?P<f>{_NAME})\s*(?:'|\^\s*\{{?\s*\\prime\s*\}}?)\s*\(\s*(?P<x>{_ARG})\s*\)\s*="),
    re.compile(rf"\\[dt]?frac\s*\{{\s*{_D}\s*(?P<f>{_NAME})\s*\}}\s*\{{\s*{_D}\s*(?P<x>{_ARG})\s*\}}"
               rf"(?:\s*\(\s*(?P=x)\s*\))?\s*="),
    re.compile(rf"\\[dt]?frac\s*\{{\s*{_D}\s*\}}\s*\{{\s*{_D}\s*(?P<x>{_ARG})\s*\}}\s*(?:\\left)?\s*(?P<f>{_NAME})"
               rf"\s*(?:\\left)?\(\s*(?P=x)\s*(?:\\right)?\)\s*="),
)


def _section_start(text: str, at: int) -> int:
    """The offset where the heading section holding offset ``at`` of ``text`` starts (0 with no heading)."""
    start = 0
    offset = 0
    for row in text[:at].split("\n"):
        if heading_level(row) is not None:
            start = offset
        offset += len(row) + 1
    return start


def _compact(latex: str) -> str:
    return re.sub(r"\s+", "", latex)


def _derivatives(text: str) -> set[tuple[str, str]]:
    """(function, argument) of every derivative ``text`` writes as the left of an equation."""
    return {(_compact(m.group("f")), _compact(m.group("x"))) for h in _HEADS for m in h.finditer(text)}


def worded_derivative(text: str, at: int, formula: str, params: Callable[[str], tuple[str, ...] | None]) -> str | None:
    r"""The left member (``\ell'(0)``) the number ``formula`` (an inline formula of ``text`` starting at offset
    ``at``) is the value of, where the words before it state it as the derivative the notes worked at a point the
    sentence states; else None. ``params(name)``: the parameters of the function the notes defined by that name
    before the formula (as written), None where they define none."""
    if not _NUMBER.match(formula):
        return None
    prose = text[max(0, at - 400) : at]
    ends = list(SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    if (words := _WORDS.search(sentence)) is None:
        return None
    sentence_start = at - len(sentence)
    if words.group("of"):
        named = _compact(words.group("of").strip("$"))
        named = re.sub(r"\((?:\\[A-Za-z]+|[A-Za-z])\)$", "", named)
        found = {(f, x) for f, x in _derivatives(text[_section_start(text, at) : sentence_start]) if f == named}
        if not found and (found_params := params(named)) is not None and len(found_params) == 1:
            found = {(named, _compact(found_params[0]))}
    else:
        found = _derivatives(text[_section_start(text, at) : sentence_start])
    if len({f for f, _ in found}) != 1 or len(found) != 1:
        return None  # no derivative, or two functions differentiated: which one the words mean is in doubt
    ((function, argument),) = found
    if (defined := params(function)) is None or tuple(_compact(p) for p in defined) != (argument,):
        return None
    values = [v for v in (_point(m.group(1), argument) for m in SINGLE_DOLLARS.finditer(sentence)) if v is not None]
    if len(set(values)) != 1:
        return None  # no point stated (a derivative everywhere?), or two: not one value
    return f"{function}'({values[0]})"


def _point(latex: str, argument: str) -> str | None:
    """The number ``latex`` states for ``argument`` (``z = 0``), else None."""
    parts = latex.split("=")
    if len(parts) != 2 or _compact(parts[0]) != argument or not _NUMBER.match(parts[1]):
        return None
    return parts[1].strip()


def worded_chain(text: str, start: int, end: int, formula: str,
                 params: Callable[[str], tuple[str, ...] | None]) -> _Chain | None:
    r"""The one-link chain ``\ell'(0) = N`` at the inline number ``formula`` (``text[start:end]``, its dollars
    included) that :func:`worded_derivative` ties to the notes' derivative, else None."""
    if (left := worded_derivative(text, start, formula, params)) is None:
        return None
    line = text.count("\n", 0, start) + 1
    place = Place(start - (text.rfind("\n", 0, start) + 1), text.count("\n", 0, end) + 1,
                  end - (text.rfind("\n", 0, end) + 1))
    return _Chain(line, [_Member(left, line), _Member(formula.strip(), line)], [_Step(1, 0, 1, None, line)], None,
                  False, ["an inline formula of the prose", "the derivative the prose states in words"], inline=True,
                  place=place)
