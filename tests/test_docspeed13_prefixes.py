r"""docspeed13: a chain's first members resolved once per value of the indices they read (documents.prefixes).

The lever must give exactly what resolving every member at every assignment gives: the same verdicts,
messages, methods and point counts, on a chain whose left member reads fewer indices than the right.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents import steps
from verifier.documents.check import check_text
from verifier.documents.prefixes import moved
from verifier.documents.resolve import Resolver
from verifier.engine import Settings

# a backprop chain in index notation: the right member reads a and j, the left member only j
_NOTES = r"""Let $u_a = w_a x_a$ for $a = 1, \dots, n$ and $L = \sum_{i=1}^{n} u_i^2$.

$$\frac{\partial L}{\partial w_j} = \frac{\partial L}{\partial u_a} \frac{\partial u_a}{\partial w_j} = 2 u_j x_j$$
"""

# the same chain with a planted mistake in its last member (x_j dropped)
_WRONG = _NOTES.replace("= 2 u_j x_j$$", "= 2 u_j$$")


def _lines(text: str) -> list[tuple[str, str, str, int]]:
    check = check_text(text, "prefixes.md", Settings())
    return [(s.verdict.value, s.message or "", s.method or "", s.points) for c in check.chains for s in c.result.steps]


def _without_prefixes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(steps._Checker, "_keep_prefix", staticmethod(lambda *args: None))


def _members_resolved(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    member = Resolver.member

    def counted(self: Resolver, tree: object) -> object:
        calls.append(1)
        return member(self, tree)  # type: ignore[arg-type]

    monkeypatch.setattr(Resolver, "member", counted)
    return calls


@pytest.mark.parametrize("text", [_NOTES, _WRONG], ids=["notes", "planted-mistake"])
def test_the_same_steps_with_and_without_prefixes(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        calls = _members_resolved(m)
        kept = _lines(text)
        with_prefixes = len(calls)
    with monkeypatch.context() as m:
        _without_prefixes(m)
        calls = _members_resolved(m)
        assert _lines(text) == kept
        assert len(calls) > with_prefixes  # the left member was resolved again at every assignment


def test_the_planted_mistake_is_not_green() -> None:
    verdicts = [v for v, *_ in _lines(_WRONG)]
    assert verdicts[-1] not in ("PROVED", "PASSED")


def test_moved_takes_the_remembered_values_to_the_new_assignment() -> None:
    resolver = Resolver.__new__(Resolver)
    old, new = {"a": 1, "j": 1}, {"a": 2, "j": 1}
    was, now = tuple(sorted(old.items())), tuple(sorted(new.items()))
    resolver._memo = {("entry", ("u", ()), (1,), False, False, frozenset(), was, True): sp.Integer(3)}
    resolver._derivatives = {(sp.Symbol("L"), (), (), False, False, frozenset(), was, True, 0, 0): "d"}
    assert moved(resolver, old, new)
    assert list(resolver._memo) == [("entry", ("u", ()), (1,), False, False, frozenset(), now, True)]
    assert list(resolver._derivatives) == [(sp.Symbol("L"), (), (), False, False, frozenset(), now, True, 0, 0)]


def test_a_key_without_the_old_assignment_is_never_guessed() -> None:
    resolver = Resolver.__new__(Resolver)
    resolver._memo = {("entry", ("u", ()), (1,), False, False, frozenset(), (("a", 3),), True): 1}
    resolver._derivatives = {}
    assert not moved(resolver, {"a": 1}, {"a": 2})
    assert next(iter(resolver._memo))[-2] == (("a", 3),)  # left as it was
