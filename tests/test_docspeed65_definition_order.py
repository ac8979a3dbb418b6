"""docspeed65: the definitions a chain reaches are read in the notes' order, not in a set's.

The scope inference walks the chain's members and then the bodies of the definitions they reach; which
fresh size it meets first decides which inferred size gets 3 and which 2 (``infer.FIRST_SIZES``). The
names of a member were taken from a set of strings, whose order changes with Python's hash seed from one
process to the next: neylon's line 480 was refuted "at n₂=2" in some runs and "at n₃=3" in others. Here
the set's order is forced both ways; the trees the inference reads, and the sizes it infers, must not move.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from unittest import mock

import sympy as sp
from support import check_chains_at

from verifier.documents import chaininference as reader  # _infer moved there (tidy66)
from verifier.engine import Settings

NOTE = """# Notes

Let $p := (a_i - b_i) c_{ij} (a_j - b_j)$ be the distance.

Let $H := \\frac{\\partial^2 f}{\\partial x_r \\partial x_o}$ be the Hessian.

$$
A (z - H^{-1} p) = A z - A H^{-1} p
$$
"""


class _Turned(set[str]):
    """A set of names that iterates in sorted order, or reversed: a hash seed's two extremes."""

    reverse = False

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set.__iter__(self), reverse=self.reverse))


def _read(reverse: bool) -> tuple[list[str], dict[Any, Any]]:
    """The trees the inference is given for the chain (as text), and the sizes it declares, with the names of
    each member iterated in the order ``reverse`` says."""
    names_in = reader.names_in
    seen: list[tuple[list[str], dict[Any, Any]]] = []
    infer_scope = reader.infer_scope

    def turned(tree: sp.Basic) -> set[str]:
        out = _Turned(names_in(tree))
        out.reverse = reverse
        return out

    def spied(scope: Any, trees: Iterable[Any], *args: Any, **kwargs: Any) -> Any:
        trees = list(trees)
        inferred = infer_scope(scope, trees, *args, **kwargs)
        sizes = {k: (e.kind, e.dims) for k, e in inferred.scope.names.items() if getattr(e, "dims", None)}
        seen.append(([str(t) for t, _ in trees], sizes))
        return inferred

    with mock.patch.object(reader, "names_in", turned), mock.patch.object(reader, "infer_scope", spied):
        check_chains_at(NOTE, "notes.md", Settings(points=40))
    assert seen, "the chain's scope was never inferred"
    return seen[0]


def test_the_definitions_reached_are_read_in_the_order_of_their_lines_whatever_the_set_order() -> None:
    ahead, behind = _read(False), _read(True)
    assert ahead == behind
    trees = ahead[0]
    distance = next(k for k, t in enumerate(trees) if "c[i, j]" in t)
    hessian = next(k for k, t in enumerate(trees) if "Derivative" in t)
    assert distance < hessian  # p is defined on line 3, H on line 5


class _TurnedTree:
    """A tree whose ``atoms`` come in sorted order, or reversed (a hash seed's two extremes)."""

    def __init__(self, tree: sp.Basic, reverse: bool) -> None:
        self.tree, self.reverse = tree, reverse

    def atoms(self, *types: type) -> list[sp.Basic]:
        return sorted(self.tree.atoms(*types), key=str, reverse=self.reverse)


def test_the_calls_of_a_defined_function_give_their_bodies_in_one_order_whatever_the_set_order() -> None:
    from verifier.documents.callshapes import bodies_at_arguments
    from verifier.documents.context import Definition, Scope

    f, (u, v, x) = sp.Function("f"), sp.symbols("u v x")
    scope = Scope({("f", ()): Definition(("f", ()), body="x^2", params=("x",), is_function=True)})
    bodies = {("f", ()): x**2}
    tree = f(u) * f(v) + f(v)

    def read(reverse: bool) -> list[sp.Basic]:
        turned: Any = _TurnedTree(tree, reverse)
        return [body for body, _ in bodies_at_arguments([(turned, frozenset())], scope, bodies)]

    assert read(False) == read(True) == [u**2, v**2]  # as SymPy orders the calls (sp.default_sort_key)
