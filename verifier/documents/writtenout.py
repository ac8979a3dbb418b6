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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import sympy as sp

from verifier.latex import LatexError

__all__ = ["has_opaque", "joined_inline", "opaque_over", "written_out"]

_ENDS_WITH_EQUALS = re.compile(r"=\s*$")


def has_opaque(tree: sp.Basic) -> bool:
    """Does ``tree`` write an opaque conditional quantity (``p(y|x;θ)``, read as one name)?"""
    return any("|" in s.name for s in tree.free_symbols if isinstance(s, sp.Symbol))


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


def written_out(members: Sequence[str], parse: Callable[[str], sp.Basic]) -> tuple[str, sp.Basic] | None:
    """The first of ``members`` (the members after the definition's first body) that parses and writes no
    opaque quantity, with its tree; None when there is none."""
    for latex in members:
        if not latex.strip():
            continue
        try:
            tree = parse(latex)
        except LatexError:
            continue  # a member that cannot be read is passed over
        if not has_opaque(tree):
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
