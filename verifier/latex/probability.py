r"""Conditional probabilities, likelihoods and known densities as the parser reads them.

Notes write ``P(t=1 | z)``, ``p(y_i \mid X; w)``, ``\mathcal{L}(\theta | t, z)`` for quantities
they name but rarely define, and ``\mathcal{N}(x \mid \mu, \sigma^2)``, ``\text{Bern}(y | p)`` for
densities everybody knows. Refusing every conditional bar left such steps unchecked even where the
notes say what the quantity is (``P(t=1|z) = \sigma(z)``) or the density is standard.

This token pass (run by :func:`verifier.latex.rewrite.rewrite` before the bars are read) decides:

* A **known density** (``\mathcal{N}``, ``N``, ``\N``, ``\text{Normal}`` with three parameters;
  ``\text{Bern}``/``\text{Ber}``/``\text{Bernoulli}`` with two), written with a bar or a ``;``,
  becomes a call of the registry's function (``normal(x, mu, sigma**2)``, ``bernoulli(y, p)``):
  its meaning is the one in :mod:`verifier.ml`, never a second copy. The second normal parameter is
  the variance (Bishop). A bare ``\sigma`` there is refused: a note writing ``\mathcal{N}(x|\mu,\sigma)``
  may mean the standard deviation, and no reading is both likely and checkable.
* Any other ``name(… | …)`` is an **opaque quantity** named by its normalised text (``P(t=1|z)``):
  a name like any other, so a definition the notes write (``P(t=1|z) = \sigma(z)``) is learned and
  used by later lines, and an undefined one is an undeclared name (the one-side and
  "undeclared quantities" doubts keep it from ever making a step FAILED). When every subscript
  inside is one and the same letter (``P(t_i=1|z_i)``), the quantity is a family indexed by it:
  ``P(t_=1|z_)_i``, so a sum or product over ``i`` sees it change. The family keeps a mark where the
  index was: it is not the quantity ``P(t=1|z)`` (the joint ``p(\mathbf{y}|X)`` is not the vector of
  the ``p(y_i|X)``).
* Under a probability head (``P``, ``p``) an **event** written with ``=`` and no bar (``P(y=1)``,
  ``p(z=k)``) is such an opaque quantity too: how worked Bayes examples write a class prior. A number
  in a subscript inside any of them (``P(w \mid c_1)``, ``P(x_2|y)``) is part of the name (class 1),
  not a running index: ``P(w|c_1)`` (probs66).
* An opaque quantity in a formula that also differentiates is refused unless the notes defined it
  before (the reader passes those names): as a plain name it would not depend on the variables
  written inside it, and a derivative of it would be read as 0.
"""

from __future__ import annotations

import re

from verifier.latex.vocabulary import (
    BAR,
    CARET,
    CLOSERS,
    COMMA,
    FNAME,
    FRAC,
    GREEKT,
    IDENT,
    LBRACE,
    LBRACK,
    LETTER,
    LPAREN,
    NABLA,
    NUMBER,
    OPENERS,
    PARTIAL,
    PRIME,
    PROBHEAD,
    RBRACE,
    RBRACK,
    REL,
    RPAREN,
    TEXTWORD,
    UNDER,
    LatexError,
    Tok,
    matching_closer,
)

__all__ = ["DENSITIES", "conditionals", "quantity_head", "written_conditional"]

#: the densities the tool knows, by the head written: (registry function, number of parameters)
DENSITIES: dict[str, tuple[str, int]] = {
    "Ncal": ("normal", 3), "N": ("normal", 3), "\\N": ("normal", 3), "Normal": ("normal", 3),
    "\\Normal": ("normal", 3), "Bern": ("bernoulli", 2), "Ber": ("bernoulli", 2),
    "Bernoulli": ("bernoulli", 2),
}  # fmt: skip
_HEADS = frozenset({LETTER, GREEKT, IDENT, TEXTWORD})
#: the heads that name a probability: ``P(y=1)`` under one is an event, ``f(x=1)`` is no quantity
_PROBABILITY_HEADS = frozenset({"P", "p"})
_DERIVATIVES = frozenset({PARTIAL, NABLA, PRIME})


_WRITTEN_BAR = re.compile(r"\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z])")


def written_conditional(params: str) -> bool:
    r"""Is the text written between a name's parentheses a conditional (``t=1 | z``, ``x \mid y``)?
    Then ``P(…)`` on the left of ``=`` names a quantity, not a function with parameters."""
    return _WRITTEN_BAR.search(params) is not None


# a name this pass made: a head, then a bracket holding a bar or an event's "=" (P(y=1), P(t_=1|z_), L(theta|t,z))
_QUANTITY = re.compile(r"^(?:(?P<head>[^()|=]+)\((?=.*[|=])|(?P<command>P)\().*\)$")


def quantity_head(name: str) -> str | None:
    """The head (``P``) of ``name`` when it is a quantity this pass made (``P(y=1)``, ``P(w|c_1)``, the label of a
    family ``P(t_=1|z_)``), else None. Such a quantity is a probability or a density: a number, never a matrix,
    and its head is not a factor (the checks that doubt capitals read as numbers and names before brackets
    read as products ask this). Any ``P(…)`` is such a name: ``\\Pr(A)`` is read as ``P(A)`` (cover67)."""
    m = _QUANTITY.match(name)
    return (m.group("head") or m.group("command")) if m else None


def _top_level(toks: list[Tok], start: int, end: int) -> list[int]:
    """Indices of the tokens strictly between ``start`` and ``end`` outside any inner bracket."""
    out, depth = [], 0
    for m in range(start + 1, end):
        if toks[m].type in OPENERS:
            depth += 1
        elif toks[m].type in CLOSERS:
            depth -= 1
        elif depth == 0:
            out.append(m)
    return out


def _conditional_bar(toks: list[Tok], start: int, end: int) -> int | None:
    r"""The conditional bar of the group ``toks[start..end]``: a ``\mid``, or the only ``|`` at its
    top level (two are an absolute value ``|x|``; one with a subscript evaluates, ``f|_{x=a}``)."""
    # f|_{x=a} evaluates: not a conditional bar
    bars = [m for m in _top_level(toks, start, end) if toks[m].type == BAR and toks[m + 1].type != UNDER]
    mids = [m for m in bars if toks[m].value == "\\mid"]
    if mids:
        return mids[0]
    return bars[0] if len(bars) == 1 else None


def _semicolon(toks: list[Tok], start: int, end: int) -> int | None:
    return next((m for m in _top_level(toks, start, end) if toks[m].type == COMMA and toks[m].value == ";"), None)


def _density(toks: list[Tok], head: int, start: int, end: int, bar: int) -> list[Tok]:
    """``N(x | μ, σ²)`` → the tokens of the call ``normal(x, μ, σ²)``."""
    function, count = DENSITIES[toks[head].value]
    commas = [m for m in _top_level(toks, start, end) if toks[m].type == COMMA or m == bar]
    if len(commas) != count - 1:
        raise LatexError(f"{toks[head].value}(…) with {len(commas) + 1} parameters: the {function} density takes "
                         f"{count}", toks[head].pos + 1)  # fmt: skip
    if function == "normal":
        last = toks[commas[-1] + 1 : end]
        if len(last) == 1 and last[0].type == GREEKT and last[0].value == "sigma":
            raise LatexError("N(x | μ, σ): σ may be the standard deviation or the variance (the tool reads the "
                             "second parameter as the variance, N(x | μ, σ²))", last[0].pos + 1)  # fmt: skip
    inner = [Tok(COMMA, ",", t.pos) if m in commas else t for m, t in enumerate(toks[start : end + 1], start)]
    return [Tok(FNAME, function, toks[head].pos), *inner]


def _sample_label(toks: list[Tok], m: int, end: int) -> str | None:
    r"""The letter of a sample superscript ``^{(i)}`` starting at ``toks[m]`` (None if there is none)."""
    if m + 5 > end or toks[m].type != CARET:
        return None
    want = (LBRACE, LPAREN, LETTER, RPAREN, RBRACE)
    group = toks[m + 1 : m + 6]
    if any(t.type != w for t, w in zip(group, want, strict=True)) or not group[2].value.isalpha():
        return None
    return group[2].value


def _relation_event(toks: list[Tok], head: int, under: int, end: int) -> str:
    r"""Why ``p(i >_u j | \Theta)`` (a relation with a subscript, ``toks[under]`` its ``_``) is not read: the
    event depends on the letters on both sides and on the subscript, and a named quantity (or a family
    over one index) would not change with them under ``\prod_{u,i,j}`` (ctx58). ``toks[head]``: the name of
    the probability, its ``(`` next."""
    bar = next(m for m in range(under, end + 1) if toks[m].type == BAR or m == end)
    words = []
    for t in toks[head + 2 : bar]:
        if t.type in (LBRACE, RBRACE):
            continue
        words.append(t.value if t.type != UNDER else "_")
    event = " ".join(words).replace(" _ ", "_")
    return (f"a relation with a subscript ({event}) as the event of a probability: the event depends on every "
            "letter written in it, so it is not read as one named quantity (nor as a family over one index), "
            "and the checker reads no probability of a relation")


def _opaque(toks: list[Tok], head: int, end: int) -> list[Tok]:
    """``P(t_i = 1 | z_i)`` → the name ``P(t_=1|z_)`` with the subscript ``i`` (a family over i); a sample
    superscript ``x^{(i)}`` is such an index too (``f(x^{()}|theta)`` over i)."""
    text: list[str] = []
    indices: set[tuple[str, ...]] = set()
    m = head
    while m <= end:
        t = toks[m]
        if t.type == UNDER and m > head:
            if toks[m - 1].type == REL:
                raise LatexError(_relation_event(toks, head, m, end), t.pos + 1)
            if toks[m - 1].type not in _HEADS and toks[m - 1].type != RBRACE:
                raise LatexError("a subscript inside a conditional probability that is not on a name",
                                 t.pos + 1)  # fmt: skip
            stop = matching_closer(toks, m + 1) if m + 1 <= end and toks[m + 1].type == LBRACE else m + 1
            if stop < 0 or stop > end:
                raise LatexError("an unbalanced subscript inside a conditional probability", t.pos + 1)
            inner = toks[m + 2 : stop] if toks[m + 1].type == LBRACE else [toks[m + 1]]
            if inner and all(x.type == NUMBER for x in inner):  # P(w|c_1): class 1, part of the name (no index)
                text.append("_" + "".join(x.value for x in inner))
                m = stop + 1
                continue
            indices.add(tuple(x.value for x in inner))
            text.append("_")  # where the index was: P(t_i|z_i) is the family P(t_|z_), never the quantity P(t|z)
            m = stop + 1
            continue
        sample = _sample_label(toks, m, end)
        if sample is not None:  # x^{(i)}: sample i, an index like x_i (P(y^{(i)} | x^{(i)}) is a family over i)
            indices.add((sample,))
            text.append("^{()}")
            m += 6
            continue
        text.append("|" if t.type == BAR else t.value)
        m += 1
    name = "".join(text)
    if not indices:
        return [Tok(IDENT, name, toks[head].pos)]
    index = next(iter(indices))
    if len(indices) > 1 or len(index) != 1 or not index[0].isalpha():
        raise LatexError(f"the conditional probability {name} carries several indices "
                         f"({', '.join(''.join(i) for i in sorted(indices))}): not read as one family",
                         toks[head].pos + 1)  # fmt: skip
    pos = toks[head].pos
    return [Tok(IDENT, name, pos), Tok(UNDER, "_", pos), Tok(LBRACE, "{", pos), Tok(LETTER, index[0], pos),
            Tok(RBRACE, "}", pos)]  # fmt: skip


def _event(toks: list[Tok], head: int, end: int) -> bool:
    """Is ``toks[head..end]`` the probability of an event written with ``=`` and no bar (``P(y=1)``, ``p(z=k)``)?
    Under ``\\Pr`` or ``\\mathbb{P}`` every event is (``\\Pr(A)``, ``\\Pr(X > 0)``): the command says it is one."""
    if toks[head].type == PROBHEAD:
        return True
    return toks[head].type == LETTER and toks[head].value in _PROBABILITY_HEADS and any(
        toks[m].type == REL and toks[m].value == "=" for m in _top_level(toks, head + 1, end))


def _differentiates(toks: list[Tok]) -> bool:
    r"""Does the formula take a derivative (``\partial``, ``\nabla``, a prime, ``\frac{d…}{d…}``)?"""
    return any(t.type in _DERIVATIVES for t in toks) or any(
        t.type == FRAC and k + 2 < len(toks) and toks[k + 1].type == LBRACE and toks[k + 2].type == LETTER
        and toks[k + 2].value == "d" for k, t in enumerate(toks)
    )  # fmt: skip


def _round_brackets(toks: list[Tok]) -> list[Tok]:
    r"""``\Pr[A \mid B]``, ``\mathbb{P}\left[X > a\right]``: the square brackets of a probability written as round
    ones, so the quantity is the one ``\Pr(A \mid B)`` names (how probability texts write it; cover67)."""
    out = list(toks)
    for k, t in enumerate(toks[:-1]):
        if t.type == PROBHEAD and toks[k + 1].type == LBRACK:
            end = matching_closer(toks, k + 1)
            if end > 0 and toks[end].type == RBRACK:
                out[k + 1], out[end] = Tok(LPAREN, "(", toks[k + 1].pos), Tok(RPAREN, ")", toks[end].pos)
    return out


def conditionals(toks: list[Tok], defined: frozenset[str] = frozenset()) -> list[Tok]:
    """Conditional probabilities and known densities replaced by what the grammar reads (see the module).
    ``defined``: names the notes define before this line (the reader passes them with the functions):
    differentiating those is reading their definition, so it is not refused."""
    toks = _round_brackets(toks)
    out: list[Tok] = []
    opaque: list[str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        unclosed = k + 1 == len(toks) or toks[k + 1].type != LPAREN or matching_closer(toks, k + 1) < 0
        if t.type == PROBHEAD and unclosed:
            raise LatexError("a probability \\Pr(…) whose bracket is not closed in the formula", t.pos + 1)
        if (t.type in _HEADS or t.type == PROBHEAD) and k + 1 < len(toks) and toks[k + 1].type == LPAREN:
            end = matching_closer(toks, k + 1)
            if end > 0:
                bar = _conditional_bar(toks, k + 1, end)
                density = t.value in DENSITIES
                if density and bar is None:
                    bar = _semicolon(toks, k + 1, end)
                if bar is not None or (not density and _event(toks, k, end)):
                    if density:
                        out.extend(_density(toks, k, k + 1, end, bar))
                    else:
                        out.extend(_opaque(toks, k, end))
                        opaque.append(out[-1].value if out[-1].type == IDENT else out[-5].value)
                    k = end + 1
                    continue
        out.append(t)
        k += 1
    if any(name not in defined for name in opaque) and _differentiates(toks):
        raise LatexError("a derivative of a formula with a conditional probability P(…|…): read as a name, it "
                         "would not depend on the variables written inside it")  # fmt: skip
    return out
