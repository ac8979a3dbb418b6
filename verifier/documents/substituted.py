r"""A name the notes never define, written out under a derivative mid-chain: the notes' statement of it.

Solutions of a problem set often leave the problem's definitions to the problem statement and write
them out where the derivation first needs them::

    -y_i \frac{1}{\hat{y}_i} \frac{\partial}{\partial \theta_k} \hat{y}_i
      = -y_i \frac{1}{\hat{y}_i} \frac{\partial}{\partial \theta_k} \frac{e^{\theta_i}}{\sum_m e^{\theta_m}}

The two members are the same but for one name, undefined in the notes, which the right member
replaces, inside a derivative, by a formula. That step cannot be checked (it *says* what ŷ is: read
as an arbitrary function, it fails, as it must), but it is where the notes state ŷ, as plainly as a
first line ``\hat{y}_i = …`` would: the step is reported SKIPPED as that definition, and the chain's
other links and the lines after it read ŷ by it (as :meth:`definitions._Definitions._learn_named_functions`
does for a function named mid-chain). Only one substitution, member against member, of a name with
at most its subscript, by a formula that does not use the name; only where the name stands inside a
derivative in the member written first (a derivative of a quantity the notes never define is the one
thing the step could be about); never a name the notes or a context define anywhere before.

Such notes leave sums implicit ("in Einstein notation the sum is implied"), and the formula written
out may keep an index lone in a denominator (``\frac{e^{\theta_i}}{e^{\theta_m}}``, the softmax): the
formula cannot depend on m, which the entry ``\hat{y}_i`` does not carry, so m is summed where it
stands, inside the denominator (:mod:`verifier.documents.innersums`), and only in notes whose prose names
a summation convention; a lone index anywhere else (a factor, a term) and the step defines nothing.

A name defined so holds until the notes define that letter again (a later problem's ``\hat{y} =
\text{softmax}(v)``, :func:`superseded`).

This module owns the textual comparison of the two members (:func:`substitution`; the formula must be
one unit of its member, :func:`parenthesised`: ``\frac{d}{dw} 2 y - w x`` does not say r = y - w x), which indices of
the formula are summed (:func:`lone_indices`, :func:`implied_sums`) and where the definition stops; the
reader learns it (:meth:`verifier.documents.definitions._Definitions._learn_substituted`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.innersums import sum_inside
from verifier.documents.writtentwice import squared_contractions, written_twice
from verifier.latex.vocabulary import MAX_SOURCE_CHARS

__all__ = ["implied_sums", "lone_indices", "parenthesised", "substitution", "superseded"]

IsIndex = Callable[[str], bool]

#: a LaTeX token: a control word, a control symbol, or one character (whitespace is not a token)
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\S")
#: a name as a definition's left side: y, \theta, \hat{y}, \mathbf{y}, with an optional one-letter or
#: braced subscript (y_i, \hat{y}_{i}, y_{ij})
_NAME = re.compile(
    r"(?:\\(?:hat|tilde|bar|mathbf|boldsymbol|bm|vec)\{\\?[A-Za-z]+\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:_(?:[A-Za-z0-9]|\{[A-Za-z0-9 ,]+\}))?"
)
#: the opening of a derivative written before the substituted name: \frac{\partial}{\partial x},
#: \frac{d}{dx}, \partial_x, \nabla_x
_DERIVATIVE = re.compile(
    r"\\frac\s*\{\s*(?:\\partial|d)\s*\}(?=\s*\{\s*(?:\\partial|d))|\\partial\s*_|\\nabla\s*_"
)  # (\frac{d}{2}: half of d, no derivative)
_SIZES = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)[lr]?")


def _tokens(latex: str) -> tuple[str, list[str], list[tuple[int, int]]]:
    """The text without ``\\left``/``\\big`` sizes, its tokens and their spans in it."""
    text = _SIZES.sub("", latex)
    found = list(_TOKEN.finditer(text))
    return text, [m.group() for m in found], [m.span() for m in found]


def _text(text: str, spans: list[tuple[int, int]], start: int, stop: int) -> str:
    """The source of tokens ``start`` to ``stop`` (excluded), as written."""
    return text[spans[start][0] : spans[stop - 1][1]] if stop > start else ""


def _balanced(tokens: list[str]) -> bool:
    depth = 0
    for t in tokens:
        depth += {"{": 1, "}": -1}.get(t, 0)
        if depth < 0:
            return False
    return depth == 0


def _under_derivative(before: str) -> bool:
    r"""Does the text ``before`` a name end inside the operand of a derivative (``\frac{\partial}{\partial
    x} \hat{y}``, ``\frac{d}{dx}\left(a \hat{y}``), with no term of a sum between the two?"""
    found = list(_DERIVATIVE.finditer(before))
    if not found:
        return False
    depth = 0
    for ch in before[found[-1].end() :]:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        elif ch in "+-=" and depth <= 0:
            return False
    return True


def _difference(left: str, right: str) -> tuple[int, int] | None:
    """The tokens the two members differ in: ``(start, end)``, the lengths of their common prefix and of
    their common suffix after it, or None when they do not differ (or one is longer than the parser
    reads: that step is never read, and tokenising megabytes cost the note's reading its budget)."""
    if max(len(left), len(right)) > MAX_SOURCE_CHARS:
        return None
    lt, rt = _tokens(left)[1], _tokens(right)[1]
    if not lt or not rt or lt == rt:
        return None
    start = 0
    while start < min(len(lt), len(rt)) and lt[start] == rt[start]:
        start += 1
    end = 0
    while end < min(len(lt), len(rt)) - start and lt[-1 - end] == rt[-1 - end]:
        end += 1
    return start, end


def parenthesised(left: str, right: str) -> str | None:
    r"""``right`` with the formula it writes in place of ``left``'s name in parentheses (``\frac{d}{dw}
    2 y - w x`` → ``\frac{d}{dw} 2 \left(y - w x\right)``): the two parse alike only where the formula
    is one unit of the member, as the name it replaces is (else the member does not say name = formula)."""
    found = _difference(left, right)
    if found is None:
        return None
    start, end = found
    rtext, rt, rspans = _tokens(right)
    if start >= len(rt) - end:
        return None
    lo, hi = rspans[start][0], rspans[len(rt) - end - 1][1]
    return f"{rtext[:lo]}\\left({rtext[lo:hi]}\\right){rtext[hi:]}"


def substitution(left: str, right: str) -> tuple[str, str] | None:
    r"""``(name, formula)`` when ``right`` is ``left`` with one name (``\hat{y}_i``) replaced by a
    formula (``\frac{e^{\theta_i}}{\sum_m e^{\theta_m}}``) and the name stands inside a derivative in
    ``left``; None otherwise (two members that differ in more than one place, a name replaced by a
    name, a formula that uses the name itself). Textual: whether the formula is one unit of ``right``
    is the caller's to ask (:func:`parenthesised`)."""
    found = _difference(left, right)
    if found is None:
        return None
    start, end = found
    ltext, lt, lspans = _tokens(left)
    rtext, rt, rspans = _tokens(right)
    old, new = lt[start : len(lt) - end], rt[start : len(rt) - end]
    # the common prefix may have eaten the name's first token (\hat{y} against \hat{z}): no substitution
    # of a whole name then, since the formula would start inside it
    if not old or not new or not _balanced(old) or not _balanced(new):
        return None
    name = _text(ltext, lspans, start, len(lt) - end)
    formula = _text(rtext, rspans, start, len(rt) - end)
    if _NAME.fullmatch(name) is None or _NAME.fullmatch(formula) is not None:
        return None
    if start and lt[start - 1] in ("_", "^", "\\frac", "\\sqrt"):
        return None  # the name is a subscript, an exponent or a bare argument of a command: not a quantity
    head = _NAME.match(name)
    before = ltext[: lspans[start][0]]
    if head is None or before.count("{") != before.count("}"):
        return None  # the name sits inside a group (a fraction's numerator …): its extent is not the member's
    if not _under_derivative(before):
        return None
    stem = _TOKEN.findall(re.sub(r"_.*$", "", name))
    if _contains(_TOKEN.findall(before[list(_DERIVATIVE.finditer(before))[-1].start() :]), stem):
        return None  # \frac{\partial}{\partial x} x: the variable of the derivative is no quantity to define
    if _contains(new, stem):
        return None  # the formula uses the name itself: no statement of what it is
    return name, formula


def _contains(tokens: list[str], part: list[str]) -> bool:
    return any(tokens[k : k + len(part)] == part for k in range(len(tokens)))


def _subscripts(tree: sp.Basic) -> set[str]:
    """The plain-letter subscripts of ``tree``'s entries that no written sum binds."""
    bound = {str(v) for big in tree.atoms(sp.Sum, sp.Product) for v, *_ in big.limits}
    return {str(i) for x in tree.atoms(sp.Indexed) for i in x.indices if isinstance(i, sp.Symbol)} - bound


def lone_indices(tree: sp.Basic, own: Sequence[str]) -> set[str] | None:
    r"""The indices of a written-out formula other than the entry's own (``own``), each of which can be
    summed inside a denominator (``m`` in ``\frac{e^{\theta_i}}{e^{\theta_m}}``); None when one of them
    cannot (it is a factor or a term: the formula is about more than the entry)."""
    lone = _subscripts(tree) - set(own)
    for name in lone:
        whole = sp.Sum(tree, (sp.Symbol(name), sp.Symbol(f"{name}__lo"), sp.Symbol(f"{name}__hi")))
        if sum_inside(tree, {name}, lone.__contains__) == whole:
            return None
    return lone


def implied_sums(d: Definition, tree: sp.Basic, is_index: IsIndex, declared: bool = False) -> tuple[sp.Basic, str]:
    r"""The sums a definition's body leaves implicit, and what they are ("" for none): a repeated index
    other than the entry's own (Einstein, :func:`verifier.documents.readings.einstein`), and, for a
    formula the notes wrote out mid-chain with a lone index in a denominator (``Definition.summed_inside``),
    that index summed there. Unless the notes ``declared`` the convention, an index pairing one family's entries
    with a function of them (``\log\frac{p_w}{1-p_w}``) is an elementwise formula, not summed (fresh49)."""
    from verifier.documents.readings import einstein  # readings imports the resolver, which imports this module

    summed = einstein(tree, is_index, frozenset(d.index_params), elementwise=not declared)
    if summed != tree and _mixed_free(tree, summed, is_index):
        summed = tree  # C = ½(1 - S_ij)(s_i - s_j) + log(1 + e^{-(s_i - s_j)}): no Einstein sum (fresh28)
    why = "sums its repeated index" if summed != tree else ""
    twice = written_twice(d.body) & _subscripts(summed)
    if twice and (squared := squared_contractions(summed, twice, is_index, d.index_params)) != summed:
        summed = squared  # L = ½(y_i - t_i)(y_i - t_i): the parser's power hid the repeated index (fresh78)
        also = f"sums the index {', '.join(sorted(twice))} of the factor it writes twice"
        why = "; ".join(x for x in (why, also) if x)
    if d.summed_inside:
        lone = sorted(n for n in _subscripts(summed) - set(d.index_params) if is_index(n))
        inside = sum_inside(summed, set(lone), is_index)
        if inside != summed:
            summed = inside
            why = "; ".join(x for x in (why, f"sums its lone index {', '.join(lone)} in the denominator") if x)
    return summed, why


def _mixed_free(tree: sp.Basic, summed: sp.Basic, is_index: IsIndex) -> bool:
    r"""Do the terms of ``summed`` (``tree`` with its repeated indices summed, term by term) that write an index
    keep different free indices? Then the body is no Einstein expression, whose terms all keep the same ones:
    in ``\frac{1}{2}(1 - S_{ij})(s_i - s_j) + \log(1 + e^{-(s_i - s_j)})`` (RankNet's loss of the pair i, j) the
    first term pairs i and j, the second does not, and summing the first left i and j free in the second only —
    ∂C/∂s_i then FAILED at every pair where the pair's loss holds it."""
    if not isinstance(tree, sp.Add) or not isinstance(summed, sp.Add) or len(tree.args) != len(summed.args):
        return False
    kept = {frozenset(n for n in _subscripts(s) if is_index(n))
            for t, s in zip(tree.args, summed.args, strict=True) if any(is_index(n) for n in _subscripts(t))}
    return len(kept) > 1


def superseded(d: Definition, definitions: Sequence[Definition], line: int) -> bool:
    r"""Is a definition learned from a written-out formula (``d``) replaced, at ``line``, by a later
    definition of the same letter in the notes (a whole ``\hat{y}`` after the entries ``\hat{y}_i``)?"""
    return any(e.key[0] == d.key[0] and e is not d and d.line < e.line < line for e in definitions)
