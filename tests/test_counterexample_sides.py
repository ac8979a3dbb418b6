"""A counterexample records which sides are not real at its point, as a field, not only as words.

Readers of results (documents.restrictions) decide whether restricting values to a function's real
domain may rescue a step from whether the failure lies where a side is not real. They must read that
from the record, so that rewording the message cannot change a verdict."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp
from support import check

from verifier.documents.restrictions import POSITIVE, needs_the_domain
from verifier.results import IdentityResult, Verdict


def _log_square():
    def build(b):
        x = b.real("x")
        return b.chain(sp.log(x**2), 2 * sp.log(x))

    return check(build)


def test_a_counterexample_names_the_sides_that_are_not_real() -> None:
    result = _log_square()
    step = result.steps[0]
    assert step.verdict is Verdict.FAILED
    assert step.counterexample is not None
    # at x < 0 the right side 2 log x is complex, the left side log x² is real
    assert step.counterexample.not_real == ("right",)


def test_a_wrong_value_where_both_sides_are_real_names_none() -> None:
    def build(b):
        x = b.real("x")
        return b.chain(sp.exp(x), 1 + x)

    step = check(build).steps[0]
    assert step.verdict is Verdict.FAILED and step.counterexample is not None
    assert step.counterexample.not_real == ()


def test_the_field_survives_a_json_round_trip() -> None:
    result = _log_square()
    again = IdentityResult.from_dict(result.to_dict())
    assert again.steps[0].counterexample is not None
    assert again.steps[0].counterexample.not_real == ("right",)


def test_restrictions_read_the_field_not_the_message() -> None:
    step = _log_square().steps[0]
    reworded = replace(step, message="a side is complex here")
    # the failure lies outside the real domain: a positive reading may rescue it, whatever the words
    assert not needs_the_domain(POSITIVE, reworded, {}, 0)
    real = replace(reworded, counterexample=replace(step.counterexample, not_real=()))
    assert needs_the_domain(POSITIVE, real, {}, 0)
