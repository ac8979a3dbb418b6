r"""review21c: after the notes define ``f(x)``, ``f(x_i) = …`` is f applied at an entry, checked by the
notes' f (as before subscripted parameters, documents.subscriptparams), not a new definition of f: a
wrong instance was SKIPPED "defines f anew" and the lines after it read f by the wrong one."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = r"""$$f(x) = x^2 + 1$$
$$f(x_i) = %s$$
$$f(2) = %s$$
"""


def _verdicts(instance: str, value: str) -> list[Verdict]:
    check = check_text(_NOTES % (instance, value), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps if "f(x)" not in s.lhs_latex]


def test_a_wrong_instance_at_an_entry_fails_and_defines_nothing() -> None:
    assert _verdicts("x_i^3 + 1", "9") == [Verdict.FAILED, Verdict.FAILED]


def test_a_right_instance_at_an_entry_holds() -> None:
    assert _verdicts("x_i^2 + 1", "5") == [Verdict.PROVED, Verdict.PROVED]
