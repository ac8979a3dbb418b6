r"""Derivative rules written point-free (``\sigma' = \sigma(1-\sigma)``) are read pointwise, at every
value of a fresh variable, and reported so; a wrong one stays FAILED. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.pointfree import pointwise
from verifier.engine import Settings


def steps(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_sigmoid_rule_point_free_is_proved_pointwise() -> None:
    found = steps("The logistic function satisfies\n\n$$\\sigma' = \\sigma(1-\\sigma)$$\n")
    assert [v for v, _ in found] == ["PROVED"]
    assert "pointwise" in found[0][1]


def test_tanh_rule_point_free_is_proved() -> None:
    assert [v for v, _ in steps("$$\\tanh' = 1 - \\tanh^2$$\n")] == ["PROVED"]


def test_a_wrong_point_free_rule_is_failed() -> None:
    assert [v for v, _ in steps("$$\\sigma' = \\sigma(1+\\sigma)$$\n")] == ["FAILED"]


def test_a_bare_function_on_the_other_side_gets_the_argument_too() -> None:
    notes = "Let $\\operatorname{softplus}(x) = \\log(1 + e^x)$. Then\n\n$$\\operatorname{softplus}' = \\sigma$$\n"
    assert [v for v, _ in steps(notes)] == ["PROVED"]


def test_the_argument_the_chain_writes_is_used() -> None:
    out = pointwise(["\\sigma'", "\\sigma(x)(1-\\sigma(x))"], "notes with x")
    assert out is not None and out[0]["\\sigma'"] == "\\sigma'(x)"


def test_no_reading_without_a_bare_primed_function() -> None:
    assert pointwise(["\\sigma'(x)", "\\sigma(x)(1-\\sigma(x))"], "x") is None
    assert pointwise(["\\sigma'", "\\sigma(x)(1-\\sigma(y))"], "x y") is None


def test_the_fresh_variable_is_not_a_name_of_the_notes() -> None:
    out = pointwise(["\\sigma'", "\\sigma(1-\\sigma)"], "with $u = Wx$ and $v$ a vector")
    assert out is not None and out[0]["\\sigma'"] == "\\sigma'(\\xi)"


def test_a_primed_name_with_nothing_else_point_free_is_left_alone() -> None:
    # f' = 2x: the chain writes no bare function besides f', so it does not say f' is meant at every u
    assert pointwise(["f'", "2x"], "Let $f(x) = x^2$.") is None
