r"""A chain's members are resolved once per value of the indices they read (steps._Checker._resolve).

An index assignment that agrees with an earlier one on every index the members' resolution looked
up gives the same values, so they are reused; an index read only through a definition
(``L = -\log p_k``) counts as read, or a step that fails at some assignments would be proved."""

from __future__ import annotations

import pytest

from verifier.documents import resolve
from verifier.documents.check import check_text
from verifier.documents.steps import _Checker
from verifier.results import Verdict


@pytest.fixture
def member_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = resolve.Resolver.member

    def counted(self: resolve.Resolver, tree: object) -> object:
        calls[0] += 1
        return original(self, tree)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve.Resolver, "member", counted)
    return calls


def _verdicts(text: str) -> list[Verdict]:
    check = check_text(text, "notes.md")
    return [s.verdict for c in check.chains for s in c.result.steps]


def test_members_that_do_not_read_an_index_are_resolved_once_per_value_of_the_others(
    member_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # l is free (the condition writes it) but neither member reads it: the assignments of k and l
    # that differ only in l need the two members once
    instances = [0]
    original = _Checker._one

    def counted(self: _Checker, *args: object, **kwargs: object) -> None:
        instances[0] += 1
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_Checker, "_one", counted)
    text = "Let $u$ be a vector.\n\n$$ 2 u_k \\stackrel{k \\neq l}{=} u_k + u_k $$\n"
    assert _verdicts(text) == [Verdict.PROVED]
    assert instances[0] >= 2
    assert member_calls[0] < 2 * instances[0]  # each instance resolved both members before


def test_an_index_read_through_a_definition_is_not_reused_across_its_values() -> None:
    # dL/dp_j reads k only inside L's definition: at j = 1 it is -1/p_1 where k = 1 and 0 where k = 2
    right = "$$ L = -\\log p_k $$\n\n$$ \\frac{\\partial L}{\\partial p_j} \\stackrel{j \\neq k}{=} 0 $$\n"
    wrong = right.replace("{=} 0", "{=} -\\frac{1}{p_j}")
    assert _verdicts(right)[-1] is Verdict.PROVED
    assert _verdicts(wrong)[-1] is Verdict.FAILED
