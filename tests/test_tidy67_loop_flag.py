r"""A definition set aside by a loop (``a = b + 1``, then ``b = a^2``: a uses b, defined only later by way of a) is
marked on the scope (``Scope.looped``), and :func:`verifier.documents.scoping.looped` reads the mark, not the tail
of the reason (review: a ``LOOP`` string protocol, so rewording the reason would have turned the derivative's
guard in documents.guesses off silently). Every example is written here."""

from __future__ import annotations

from verifier.documents.context import Definition, Scope, VarDecl
from verifier.documents.scoping import LOOP, looped, set_aside_cycles
from verifier.latex import parse_latex

FIRST = Definition(("a", ()), "b + 1", line=1)
SECOND = Definition(("b", ()), "a^2", line=2)


def _scope() -> Scope:
    scope = Scope()
    scope.names.update({("x", ()): VarDecl(("x", ()), "scalar"), ("a", ()): FIRST, ("b", ()): SECOND})
    return scope


def test_the_definition_a_loop_sets_aside_is_marked_on_the_scope() -> None:
    scope = _scope()
    why = set_aside_cycles(scope, [FIRST, SECOND], parse_latex)
    assert set(why) == {("a", ())} and scope.looped == {("a", ())}
    assert scope.copy().looped == {("a", ())}


def test_looped_follows_the_mark_and_not_the_words_of_the_reason() -> None:
    scope = _scope()
    scope.set_aside.update(set_aside_cycles(scope, [FIRST, SECOND], parse_latex))
    assert looped(scope) == {"a"}
    scope.set_aside[("a", ())] = "reworded"
    assert looped(scope) == {"a"}
    unmarked = _scope()
    unmarked.set_aside[("b", ())] = f"a reason ending in the old words {LOOP}"
    assert looped(unmarked) == set()


def test_a_mark_whose_definition_is_back_in_force_is_not_looped() -> None:
    scope = _scope()
    scope.set_aside.update(set_aside_cycles(scope, [FIRST, SECOND], parse_latex))
    scope.set_aside.pop(("a", ()))
    assert looped(scope) == set()
