r"""review22f: nothing carried from one index assignment to the next through a chain's first members
(documents.prefixes).

The first members here read the index j only through a definition (``c = x_j^2``: a plain definition,
remembered by the resolver by name alone, not by the assignment), the later ones read a and j, with a
Kronecker delta. Taken from an assignment with the same j and another a, the first members must give
exactly the step lines a fresh resolution gives; the planted mistake (the delta's sign) is not green.
"""

from __future__ import annotations

import pytest

from verifier.documents import steps
from verifier.documents.check import check_text
from verifier.documents.resolve import Resolver
from verifier.engine import Settings

_NOTES = r"""Let $c = x_j^2$ and $u_a = w_a x_a$ for $a = 1, \dots, n$.

$$c = x_j x_j = x_j x_j \frac{u_a}{w_a x_a} = x_j^2 (1 + \delta_{aj} - \delta_{ja})$$
"""

_WRONG = _NOTES.replace(r"(1 + \delta_{aj} - \delta_{ja})", r"(1 + \delta_{aj})")


def _lines(text: str) -> list[tuple[str, str, str, int]]:
    check = check_text(text, "leaks.md", Settings())
    return [(s.verdict.value, s.message or "", s.method or "", s.points) for c in check.chains for s in c.result.steps]


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    member = Resolver.member

    def counted(self: Resolver, tree: object) -> object:
        calls.append(1)
        return member(self, tree)  # type: ignore[arg-type]

    monkeypatch.setattr(Resolver, "member", counted)
    return calls


@pytest.mark.parametrize("text", [_NOTES, _WRONG], ids=["notes", "planted-mistake"])
def test_a_definition_read_index_gives_the_same_lines_with_and_without_prefixes(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        calls = _counted(m)
        kept = _lines(text)
        with_prefixes = len(calls)
    with monkeypatch.context() as m:
        m.setattr(steps._Checker, "_keep_prefix", staticmethod(lambda *args: None))
        calls = _counted(m)
        assert _lines(text) == kept
        assert len(calls) > with_prefixes  # the prefix was taken: the test exercises it
    if text is _WRONG:
        assert kept[-1][0] not in ("PROVED", "PASSED")
