r"""A function defined in words that say it "satisfies" its formula (documents.satisfiedfunctions).

"The map satisfies $h(z) = e^{2z}$", "The function $h$ satisfies $h(z) = …$": the formula gives h at a bare
parameter by a body that does not write h — what h is. "satisfies" is also the word of an equation to solve
("the fixed points satisfy $g(x) = x$", "any minimiser satisfies $f'(x) = 0$"), so it kept every such formula
from being learned. The subject of the verb tells them apart: the function itself (its name, or "the map",
"the function", "the kernel") defines it; points, minimisers, roots solve.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _last(prose: str, claim: str) -> Verdict:
    return doc_steps(f"# A\n\n{prose}\n\n$$ {claim} $$\n")[-1].verdict


def test_the_map_satisfies_defines_it() -> None:
    assert _last("The map satisfies $h(z) = e^{2z}$.", "h'(z) = 2 h(z)") is Verdict.PROVED


def test_the_function_named_satisfies_defines_it_and_a_wrong_derivative_is_caught() -> None:
    assert _last("The function $h$ satisfies $h(z) = e^{2z}$.", "h'(z) = h(z)") is Verdict.FAILED


def test_the_name_alone_as_subject() -> None:
    assert _last("Here $k$ satisfies $k(t) = t^3 + t$.", "k'(t) = 3t^2 + 1") is Verdict.PROVED


def test_fixed_points_that_satisfy_an_equation_define_nothing() -> None:
    # g(x) = x is solved for the points, not g's definition: g'(x) = 1 says nothing checkable
    assert _last("The fixed points satisfy $g(x) = x$.", "g'(x) = 1") is not Verdict.PROVED


def test_a_property_that_writes_the_function_on_both_sides_defines_nothing() -> None:
    assert _last("The map satisfies $f(x) = f(-x)$.", "f'(0) = 0") is not Verdict.PROVED
