r"""A differential that drops a term is not green by holding a name constant that the notes never call so.

``f = x^2 z`` then ``df = 2xz\,dx`` dropped ``x^2\,dz``: the reading held z constant because the chain
writes only ``dx`` and z is reached through f's definition, and the step was PROVED. A name the notes do
not call constant varies; the step holds only if z is constant, which is SKIPPED with that reason, and
PROVED where the prose says so."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_dropped_term_of_a_name_reached_through_a_definition_is_not_green() -> None:
    [v] = _verdicts("Let $x$ and $z$ be scalars and $f = x^2 z$.\n\n$$df = 2xz\\,dx$$\n")
    assert v not in _GREEN


def test_the_full_differential_is_green() -> None:
    [v] = _verdicts("Let $x$ and $z$ be scalars and $f = x^2 z$.\n\n$$df = 2xz\\,dx + x^2\\,dz$$\n")
    assert v in _GREEN


def test_the_partial_differential_is_green_where_the_prose_holds_the_name_constant() -> None:
    [v] = _verdicts("Let $x$ be a scalar and $z$ a constant, and $f = x^2 z$.\n\n$$df = 2xz\\,dx$$\n")
    assert v in _GREEN
