r"""Arbitrary functions seen through a function the notes define from them
(verifier.documents.throughcalls), on small notes written here: with ``f(x) = g(x)^2`` defined and g
never defined, ``f'(x) = 2 g(x) g'(x)`` is an identity for every g (checked), a wrong rule fails, and
a step that states what f' is in terms of x alone still says what a particular g is (SKIPPED)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "Let $$f(x) = g(x)^2.$$\nThen\n$$f'(x) = RHS$$\n"


def _verdict(rhs: str) -> Verdict:
    check = check_text(_NOTES.replace("RHS", rhs), "notes.md")
    return [s for c in check.chains for s in c.result.steps][-1].verdict


def test_the_chain_rule_through_the_definition_holds_for_every_g() -> None:
    assert _verdict("2 g(x) g'(x)") in _GOOD


def test_a_wrong_rule_through_the_definition_fails() -> None:
    assert _verdict("2 g'(x)") is Verdict.FAILED


def test_a_value_for_a_particular_g_stays_undecided() -> None:
    assert _verdict("4x^3") is Verdict.SKIPPED
