r"""The later definition set aside as an earlier one solved back (``C = 3wh``, then ``h = C/(3w)``) is marked on
the scope (``Scope.solved_back``), and documents.heldinverse offers its reading from that mark, not from the
wording of the reason (review65: it recognised the set-aside by the tail of the message). Every example is
written here."""

from __future__ import annotations

from verifier.documents.context import Definition, Scope, VarDecl
from verifier.documents.heldinverse import held_inverse_scope
from verifier.documents.scoping import set_aside_cycles
from verifier.latex import parse_latex

LINES = ["A pen costs $C = 3wh$.", "For a fixed cost, substituting $h = C/(3w)$,", r"$$P = 2w + \frac{2C}{3w}$$"]
COST = Definition(("C", ()), "3wh", line=1)
HEIGHT = Definition(("h", ()), r"C/(3w)", line=2)


def _scope() -> Scope:
    scope = Scope()
    scope.names.update({("w", ()): VarDecl(("w", ()), "scalar"), ("C", ()): COST, ("h", ()): HEIGHT})
    return scope


def _reading(scope: Scope) -> tuple[str, Scope] | None:
    tree = parse_latex(r"2w + \frac{2C}{3w}")
    return held_inverse_scope(scope, [COST, HEIGHT], [tree], 3, parse_latex, LINES)


def test_the_definition_solved_back_is_marked_on_the_scope() -> None:
    scope = _scope()
    why = set_aside_cycles(scope, [COST, HEIGHT], parse_latex)
    assert set(why) == {("h", ())} and scope.solved_back == {("h", ())}
    assert scope.copy().solved_back == {("h", ())}


def test_the_reading_follows_the_mark_and_not_the_words_of_the_reason() -> None:
    scope = _scope()
    scope.set_aside.update(set_aside_cycles(scope, [COST, HEIGHT], parse_latex))
    scope.set_aside[("h", ())] = "reworded"
    reading = _reading(scope)
    assert reading is not None and ("h", ()) not in reading[1].solved_back
    assert isinstance(reading[1].names[("C", ())], VarDecl), reading
    unmarked = _scope()
    del unmarked.names[("h", ())]
    unmarked.set_aside[("h", ())] = "a reason ending in which that definition reads"
    assert _reading(unmarked) is None
