r"""A definition through a probability the notes never define, written out in the same chain.

Likelihood notes define a name through a conditional probability and write it out at once:
``\ell(\theta) = \log p(y \mid x; \theta) = y\theta^T x - \log(1 + e^{\theta^T x})``. The conditional
``p(y \mid x; \theta)`` is an opaque quantity (:mod:`verifier.latex.probability`): a name that does not
depend on θ. Learned as ``\ell := \log p(y|x;θ)``, every later line that differentiates ℓ was
SKIPPED (x, y "appear on one side only"). A reader takes ℓ to be the formula the chain writes it
out as: the first later member that is free of opaque quantities. The link between the
probability and the formula stays a step of its own (SKIPPED where the probability is not defined).

This module owns that choice (:func:`written_out`); the reader's definitions use it
(:meth:`verifier.documents.definitions._Definitions._learn_definition`). A prose definition split
over two inline formulas, ``$\ell(\theta) = \log p(y|x) =$ $\log(\frac{1}{y!}) + …$``, is one
formula (:func:`joined_inline`). Where no later member writes it out, a body with an opaque conditional
of the function's own parameter (``\ell(w) = \sum_i \log p(y_i \mid x_i, w)``) is not learned
(:func:`opaque_over`): it holds no w, so ``\frac{d\ell}{dw} = 0`` was PROVED.

A function the notes never define is opaque the same way (:func:`unknown_calls`):
``$p = \operatorname{sigm}(w^\top x) = \frac{1}{1+e^{-w^\top x}}$`` read as ``p := sigm(w^T x)`` with sigm an
arbitrary function made the correct ``\partial p/\partial w = p(1-p)x`` FAILED; p is the formula the chain
writes it out as. So is a single letter written as a call and read as a product (``$h = g(Wx + b) =
\max(0, Wx + b)$``: g·(Wx + b)) when the written-out member does not write the letter
(:func:`guessed_calls`): the notes name the activation and say at once what it is. The function itself
is then what the chain says it is (:func:`call_defined`): ``g(t) := \max(0, t)`` from ``g(z) = \max(0, z)``,
``sigm(t) := \frac{1}{1+e^{-t}}`` from ``sigm(w^\top x) = \frac{1}{1+e^{-w^\top x}}``, so a later
``\frac{dh}{dz} = g'(z)`` is not read with g arbitrary and h the formula.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.latex import LatexError

__all__ = [
    "call_defined", "guessed_calls", "has_opaque", "joined_inline", "opaque_over", "unknown_calls", "written_out",
]  # fmt: skip

_ENDS_WITH_EQUALS = re.compile(r"=\s*$")
_LETTER_CALL = re.compile(
    r"(?:(?<![\\A-Za-z])([A-Za-z])|\\(?:operatorname|mathrm)\s*\{\s*([A-Za-z])\s*\})\s*(?:\\left\s*)?\("
)


def has_opaque(tree: sp.Basic) -> bool:
    """Does ``tree`` write an opaque conditional quantity (``p(y|x;θ)``, read as one name)?"""
    return any("|" in s.name for s in tree.free_symbols if isinstance(s, sp.Symbol))


def unknown_calls(tree: sp.Basic, known: Callable[[str], bool]) -> bool:
    r"""Does ``tree`` apply a function that ``known`` does not know (neither the reader's nor one the notes
    define): ``\operatorname{sigm}(w^\top x)``, an arbitrary function of its argument?"""
    return any(not known(call.func.__name__) for call in tree.atoms(AppliedUndef))


def _writes(letter: str, text: str) -> bool:
    """Does ``text`` write the one-letter name ``letter`` (not a letter of a command or a word)?"""
    return re.search(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])", text) is not None


_LETTERS = re.compile(r"(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z])")  # the one-letter names a formula writes


def guessed_calls(body: str, later: Sequence[str]) -> set[str]:
    r"""The single letters ``body`` writes as a call (``g(Wx + b)``) that none of the ``later`` members
    writes at all: read as a product they are a factor the written-out formula does not have."""
    letters = {a or b for a, b in _LETTER_CALL.findall(body)}
    return {c for c in letters if not any(_writes(c, m) for m in later)}


_WHOLE_CALL = re.compile(
    r"\s*(?P<head>\\(?:operatorname|mathrm)\s*\{\s*[A-Za-z]+\s*\}|[A-Za-z])\s*(?:\\left\s*)?\("
    r"(?P<arg>[^()]+)(?:\\right\s*)?\)\s*"
)

_PARAMETER = re.compile(r"[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?")


def call_defined(body: str, written: str) -> tuple[str, str] | None:
    r"""``(head(param), formula)`` when ``body`` is one call of one argument (``g(z)``,
    ``\operatorname{sigm}(w^\top x)``) and ``written`` writes that argument out where the call's value is:
    a name argument is the parameter as it stands; another argument is replaced by a fresh letter where
    ``written`` writes it exactly (nowhere: None)."""
    call = _WHOLE_CALL.fullmatch(body)
    if call is None or "," in call.group("arg"):
        return None
    head, arg = call.group("head"), call.group("arg").strip()
    if _PARAMETER.fullmatch(arg):
        return f"{head}({arg})", written
    whole = re.compile(rf"(?<![\\A-Za-z0-9.]){re.escape(arg)}(?![A-Za-z0-9_^'.])")  # not "ax" of \max, "y+1" of y+10
    if whole.search(written) is None:
        return None
    fresh = next((c for c in "tuvs" if not _writes(c, written + body)), None)
    if fresh is None:
        return None
    replaced = whole.sub(f" {fresh} ", written)
    # sq(2y) = 2y + y: the formula holds y outside the argument too, so it does not say what sq is (3s/2, not s + y)
    if any(_writes(c, replaced) for c in set(_LETTERS.findall(arg))):
        return None
    return f"{head}({fresh})", replaced


def opaque_over(tree: sp.Basic, params: Iterable[str]) -> bool:
    """Does ``tree`` write an opaque conditional quantity whose arguments name one of ``params``
    (``p(y_i|x_i, w)`` in the body of ``\\ell(w)``)? Read as one name it holds none of them: a derivative
    by w of that body is 0, not the score."""
    wanted = set(params)
    for s in tree.free_symbols:
        if isinstance(s, sp.Symbol) and "|" in s.name:
            inside = s.name.partition("(")[2]
            if wanted & set(re.findall(r"[A-Za-z]+", inside)):
                return True
    return False


def written_out(members: Sequence[str], parse: Callable[[str], sp.Basic],
                opaque: Callable[[sp.Basic], bool] = has_opaque) -> tuple[str, sp.Basic] | None:  # fmt: skip
    """The first of ``members`` (the members after the definition's first body) that parses and is not
    ``opaque`` (writes no opaque quantity), with its tree; None when there is none."""
    for latex in members:
        if not latex.strip():
            continue
        try:
            tree = parse(latex)
        except LatexError:
            continue  # a member that cannot be read is passed over
        if not opaque(tree):
            return latex, tree
    return None


def joined_inline(text: str, matches: Sequence[re.Match[str]]) -> Iterator[tuple[re.Match[str], str]]:
    """Each inline formula of ``text`` with its body, an inline formula that ends with ``=`` joined with
    the next one where only spaces or a line break separate them (``$a = b =$ $c$`` is ``a = b = c``);
    the joined second formula is not given again."""
    k = 0
    while k < len(matches):
        m, body = matches[k], matches[k].group(1)
        while (k + 1 < len(matches) and _ENDS_WITH_EQUALS.search(body)
               and not text[matches[k].end() : matches[k + 1].start()].strip()):  # fmt: skip
            k += 1
            body = body + " " + matches[k].group(1)
        yield m, body
        k += 1
