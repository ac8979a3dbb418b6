r"""A quantifier written before a display's equation: ``\forall x \in (0,1),\ …``, ``\forall x > 0:``.

Notes state the domain of an identity inside the display as often as in the prose before it:
``\forall x \in \mathbb{R}:\ \zeta(x) - \zeta(-x) = x``, ``\text{for all } x > 0,\quad \log x^2 = 2\log x``.
The prefix is no member of the chain: :func:`split_quantifier` takes it off the row (the row keeps its
length, so offsets and lines stay) and returns its condition, which :mod:`verifier.latex.chains` keeps
as a chain note ``for all <condition>``. The condition then restricts the variable as the same words in
the prose would (:func:`quantified_prose` gives it to :mod:`verifier.documents.ranges`: ``x > 0``,
``0 < x < 1``, ``x \in (0, 1)``; ``x \in \mathbb{R}`` restricts nothing). Only a prefix that names one
variable with one range, and that ends in ``,``, ``:`` or spacing before the rest is read; anything else
is left to the row as written (``\forall i:\ \mathbb{E}[\epsilon_i] = 0`` states an assumption over an
index: still prose, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["NOTE", "over_the_reals", "quantified_names", "quantified_prose", "side_condition", "split_quantifier"]

#: the chain note that carries a quantifier's condition
NOTE = "for all "

_SPACE = r"(?:\s|\\[,;:! ]|~|\\q?quad(?![A-Za-z]))*"
_HEAD = (
    r"^\s*(?:\\forall(?![A-Za-z])|\\text\s*\{\s*for\s+(?:all|every|any)\s*\}|\\(?:mathrm|textrm)\s*\{\s*for\s+all\s*\}"
    r"|for\s+all\s)"
)
_VAR = r"(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?"
_NUM = r"[-+]?\d+(?:\.\d+)?"
_INTERVAL = r"[(\[]\s*" + _NUM + r"\s*,\s*(?:" + _NUM + r"|\\infty)\s*[)\]]"
_SET = r"(?:\\mathbb\s*\{\s*R\s*\}(?:_\{?\+\}?|\^\{?\+\}?)?|" + _INTERVAL + ")"
_REL = r"(?:<|>|\\le|\\leq|\\ge|\\geq|\\lt|\\gt)(?![A-Za-z])"
_CONDITION = (
    rf"(?P<cond>{_VAR}\s*\\in\s*{_SET}|{_VAR}\s*{_REL}\s*{_NUM}|{_NUM}\s*{_REL}\s*{_VAR}\s*{_REL}\s*{_NUM})"
)
_PREFIX = re.compile(_HEAD + _SPACE + _CONDITION + r"\s*(?:,|:|\\colon(?![A-Za-z])|(?=\\q?quad(?![A-Za-z])))" + _SPACE)


def split_quantifier(text: str) -> tuple[str | None, str]:
    r"""``\forall x > 0,\ a = b`` → (``x > 0``, the row with the prefix blanked out); (None, text) when
    the row opens with no quantifier this module reads, or nothing with an ``=`` follows it."""
    m = _PREFIX.match(text)
    if m is None or "=" not in text[m.end() :]:
        return None, text
    blank = re.sub(r"[^\n]", " ", text[: m.end()])  # its line breaks stay: the steps after it keep their lines
    return " ".join(m.group("cond").split()), blank + text[m.end() :]


def quantified_prose(notes: Iterable[str]) -> str:
    """The quantifiers of a chain's notes as inline formulas (``$x > 0$``), for the prose readings."""
    return "".join(f" ${n[len(NOTE) :]}$." for n in notes if n.startswith(NOTE))


_REALS = re.compile(r"(" + _VAR + r")\s*\\in\s*\\mathbb\s*\{\s*R\s*\}")


def over_the_reals(notes: Iterable[str]) -> frozenset[str]:
    r"""The names a chain's notes quantify over the whole real line (``\forall x \in \mathbb{R}``): the display
    states their domain itself, so a range of the prose before it (``for $x < 0$``) is not theirs."""
    found = (_REALS.fullmatch(n[len(NOTE) :]) for n in notes if n.startswith(NOTE))
    return frozenset(m.group(1).lstrip("\\") for m in found if m is not None)


_NAMED = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?\s*" + _REL + r"\s*)?\\?(?P<name>[A-Za-z]+)(?![A-Za-z_])")


def quantified_names(notes: Iterable[str]) -> set[str]:
    r"""The names a chain's quantifiers bind (``c`` of ``\forall c \in \mathbb{R}``, ``alpha`` of
    ``\forall \alpha > 0``; a subscripted name is left out): the equation claims to hold for each value."""
    out = set()
    for n in notes:
        if n.startswith(NOTE) and (m := _NAMED.match(n[len(NOTE) :].strip())) is not None:
            out.add(m.group("name"))
    return out


# a condition written after the equation it restricts, inside the display (trust16): "f'(x) = 1 \quad x > 0",
# "= -s_i s_j, \quad \text{if } i \ne j", "= s_i(1 - s_j) \qquad i = j"
_SIDE_HEAD = re.compile(
    r"^\s*[,;]?" + _SPACE + r"(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*(?:if|for|when|where)\s*\}" + _SPACE
    + r"|(?:if|for|when)\s+)?"
)
_INDEX_CASE = re.compile(r"([a-z])\s*(=|\\neq|\\ne|≠)\s*([a-z])")


def side_condition(note: str, row: str) -> tuple[str, str] | None:
    r"""What a condition written after an equation in the display ``row`` states: ``("case", "i \neq j")`` for
    two distinct index letters both written as subscripts in the row (the equation's index case, as
    documents.cases reads one in the prose), ``("range", "x > 0")`` for one variable's range (an inequality) as a
    quantifier prefix states it (:data:`NOTE`), else None (left as the note it was)."""
    head = _SIDE_HEAD.match(note)
    rest = note[head.end() if head else 0 :].strip().rstrip(".,;").strip()
    case = _INDEX_CASE.fullmatch(rest)
    if case is not None:
        a, rel, b = case.groups()
        if a != b and _subscripted(a, row) and _subscripted(b, row):
            return "case", f"{a} = {b}" if rel == "=" else f"{a} \\neq {b}"
        return None
    if "\\in" not in rest and re.fullmatch(_CONDITION, rest):  # t \in [0, 1] stays the note it was (a shape too)
        return "range", " ".join(rest.split())
    return None


def _subscripted(letter: str, row: str) -> bool:
    """Is ``letter`` written as a subscript (``s_i``, ``w_{ij}``, ``W_{i,j}``) in ``row``?"""
    if re.search(r"_\s*" + letter + r"(?![A-Za-z])", row):
        return True
    return any(letter in g for g in re.findall(r"_\s*\{\s*([a-z](?:\s*,?\s*[a-z]){0,2})\s*\}", row))
