r"""What the two sides of an equation say about whether it defines a name rather than relates indices or claims.

:meth:`verifier.documents.definitions._Definitions._learn_definition` reads ``q = 1 - p``, ``I = \sum_k p_k g_k`` or
``\delta_1 = (W_2^\top \delta_2) \odot \sigma'(a_1)`` as definitions and ``k = K + 1``, ``j = 1 - i`` as relations
of indices. This module owns the tests on the parsed sides it decides by: a reserved letter the notes name a
quantity (``names_an_aggregate``, ``kronecker_free``, ``indexed_pi``), a layer recursion over written numbers
(``through_other_labels``), and a right side that computes or names a quantity an index never is (``computes_a_value``,
``is_complement``, ``writes_quantities``, ``writes_greek``).
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.infer import names_in
from verifier.latex.vocabulary import GREEK, INDEX_LETTERS

_INDEX_LIKE = INDEX_LETTERS | frozenset("stn")  # letters a relation of indices writes (t = s + 1, time steps)
_RANGE_LETTERS = frozenset("ijklmn")  # never a probability: j = 1 - i is the other of two indices


def names_an_aggregate(left: sp.Basic, right: sp.Basic) -> bool:
    r"""``I = \sum_k p_k g_k``, ``I = \int_0^1 f(x)\,dx``, ``I_n = \sum_{k=1}^n k``: the letter I named for a sum
    or an integral (a soft Dice loss's intersection, an integral worked out) is the notes' quantity; the identity
    matrix is never written as a sum of the notes' names, so ``I`` elsewhere keeps that reading."""
    named = isinstance(left, sp.Symbol) and left.name == "I"
    named = named or (isinstance(left, sp.Indexed) and str(left.base.label) == "I")  # I_n = \int_0^1 x^n dx
    bounds = {b for big in right.atoms(sp.Sum, sp.Product) for _, *ends in big.limits for b in ends}
    # E_n = \sum_{j=1}^{n} \beta^{j-1}: E with a sum's size for its index is a quantity, no expectation (misses42)
    sized = isinstance(left, sp.Indexed) and str(left.base.label) == "E" and set(left.indices) <= bounds
    # (not an integral: I = \int_0^1 x^n dx, now read (documents.definiteintegrals), would be a number in every later
    # section too, where (I - A)x writes the identity; documents.definedidentity keeps its own section's steps SKIPPED)
    return (named and bool(right.atoms(sp.Sum, sp.Product))) or sized


def kronecker_free(left: sp.Basic) -> bool:
    r"""``\delta_2 = \partial L/\partial s``, ``\delta^{(l)} = …``: backprop's error signals are named δ
    with one label; only ``\delta_{ij}`` (two indices) is Kronecker's, so δ with one label is free
    to be defined by the notes."""
    return (isinstance(left, sp.Indexed) and str(left.base.label) == "delta" and len(left.indices) == 1) or (
        isinstance(left, sp.Symbol) and left.name.startswith("delta")
    )


def indexed_pi(left: sp.Basic) -> bool:
    r"""``\pi_a = e^{\theta_a} / \sum_b e^{\theta_b}``, ``\pi_k = N_k / N``: a policy's or a mixture's
    probabilities are named π with one index; the number π is never written with one, so π with an
    index is free to be defined by the notes (π alone keeps the number's reading)."""
    return (isinstance(left, sp.Indexed) and str(left.base.label) == "pi" and len(left.indices) == 1
            and isinstance(left.indices[0], sp.Symbol))  # π_1 = 0.3 stays a numbered name (infer._indexed)


def through_other_labels(left: sp.Basic, right: sp.Basic) -> bool:
    r"""``\delta_1 = (W_2^\top \delta_2) \odot \sigma'(a_1)``: a name with a written number defined through
    the same letter with other written numbers only is backprop's recursion over layers, a definition
    (``x_{t+1} = x_t - …`` has a symbolic index and stays an update rule, ``h_1 = h_1 + 1`` is no definition)."""
    if not (isinstance(left, sp.Indexed) and all(isinstance(i, sp.Integer) for i in left.indices)):
        return False
    head = str(left.base.label)
    uses = [a for a in right.atoms(sp.Indexed) if str(a.base.label) == head]
    numbered = all(isinstance(i, sp.Integer) for a in uses for i in a.indices)
    if not uses or not numbered or any(a.indices == left.indices for a in uses):
        return False
    rest = right.xreplace({a: sp.Dummy() for a in right.atoms(sp.Indexed)})
    return head not in names_in(rest)


def computes_a_value(tree: sp.Basic) -> bool:
    """Whether ``tree`` computes something an index never is: a function, a sum or product, a derivative,
    a vector or matrix (``p = \\mathrm{softmax}(s)``, ``q = \\sum_i x_i``, ``m = \\frac{1}{n}\\sum_i x_i``)."""
    return bool(tree.atoms(sp.Function, sp.Sum, sp.Product, sp.Derivative, sp.Indexed)) or any(
        isinstance(a, sp.MatrixBase) for a in sp.preorder_traversal(tree)
    )


def is_complement(tree: sp.Basic) -> bool:
    r"""Is ``tree`` one minus a name that is no i…n index letter: ``q = 1 - p``, the complement of a
    probability (fresh55: read as a range like ``k = K + 1``, q stayed free and the geometric
    distribution's moments FAILED)? ``j = 1 - i``, the other of two indices, is not."""
    rest = sp.expand(1 - tree)
    return isinstance(rest, sp.Symbol) and rest.name.split("_")[0] not in _RANGE_LETTERS


def writes_quantities(tree: sp.Basic) -> bool:
    r"""Does ``tree`` write a lowercase name no index is named by (a, b, u, w, x, \hat y …)? ``q = p + u`` in a
    computational graph worked by hand names a quantity, as ``c = a + b`` does: index arithmetic (``k = K + 1``,
    ``k = i + j``, ``t = s - 1``) writes index letters, sizes and numbers only (lead69: the graph's q was never
    learned, and ∂f/∂p = 2q of f = q² was FAILED)."""
    return any(s.name[:1].islower() and s.name[:1] not in _INDEX_LIKE for s in tree.free_symbols
               if isinstance(s, sp.Symbol) and s.name.split("_")[0] not in GREEK)  # fmt: skip


def writes_greek(tree: sp.Basic) -> bool:
    r"""Does ``tree`` write a Greek letter (not ℓ, a layer index)? ``r = (x - \mu)/\sigma`` names a quantity:
    μ and σ are never indices, so it is no case or range (``i = j``, ``k = K + 1``)."""
    return any(s.name.split("_")[0] in GREEK and s.name.split("_")[0] != "ell" for s in tree.free_symbols
               if isinstance(s, sp.Symbol))  # fmt: skip
