r"""Scans of the notes' text that every member or step asked again are done once per text (speed41).

``primenames.uncalled_defaults`` (every member with a prime: the notes searched for a call of each default
letter), ``labelledheads.written_bare`` (every parse of a member, before the parse memo's key),
``listedsets.listed_set_sum`` (every step the doubts read: the notes searched for listed sets) and
``symmetricsection.symmetric_in_section`` (each reading of a chain: the notes above it searched for a stated
symmetry) are functions of their texts alone; each now scans a text once and answers the next call with the
same value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from verifier.documents import labelledheads, listedsets, primenames, symmetricsection


class _Counting:
    """A stand-in for a module's ``re`` or a compiled pattern that counts the scans it is asked."""

    def __init__(self, real: Any, names: tuple[str, ...]) -> None:
        self.real, self.names, self.calls = real, names, 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.real, name)
        if name not in self.names:
            return found

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return found(*args, **kwargs)

        return counted


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    primenames._uncalled.cache_clear()
    labelledheads.written_bare.cache_clear()
    listedsets._listed.cache_clear()
    symmetricsection._stated.cache_clear()
    yield


def _uncalled_as_before(text: str, defaults: set[str]) -> frozenset[str]:
    return frozenset(n for n in defaults if len(n) == 1 and not re.search(primenames._CALLED.format(n), text))


@pytest.mark.parametrize("text", [
    "Let $h' = (1 - z) h + z \\tilde h$.",
    "We call $f(x) = x^2$ and $g_k(x)$ but never h.",
    "",
    "$l(\\theta)$, then $h'$ and $g'$",
])  # fmt: skip
def test_the_uncalled_default_letters_are_found_once_per_text(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = {"f", "g", "h", "l", "sigma", "ell"}
    counting = _Counting(re, ("search",))
    monkeypatch.setattr(primenames, "re", counting)
    first = primenames.uncalled_defaults(text, defaults)
    scans = counting.calls
    assert scans >= 1
    for _ in range(5):  # every member with a prime asks again
        assert primenames.uncalled_defaults(text, list(defaults)) == first
    assert counting.calls == scans
    monkeypatch.setattr(primenames, "re", re)
    assert first == _uncalled_as_before(text, defaults)
    assert primenames.uncalled_defaults(text + " $h(x)$", defaults) == _uncalled_as_before(text + " $h(x)$", defaults)


@pytest.mark.parametrize("latex", [
    r"\hat y (1 - \hat y)", r"f_1 (1 - f_1)", r"\hat{y} - y", r"h^{(1)} + g^* W", r"x + y",
])  # fmt: skip
def test_the_bare_heads_of_a_member_are_read_once(latex: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = labelledheads._labelled_bare
    monkeypatch.setattr(labelledheads, "_labelled_bare", lambda text: calls.append(text) or real(text))
    first = labelledheads.written_bare(latex)
    assert isinstance(first, frozenset)
    for _ in range(4):  # every parse of the member asks again
        assert labelledheads.written_bare(latex) is first
    assert calls == [latex]


_NOTES = r"""Let $A = \{1, 2, 4\}$ and $B = \{ 3, 5 \}$.

$$\sum_{x \in A} x = 7$$
$$\sum_{i \in C} c_i = 0$$
"""


def test_the_listed_sets_of_the_notes_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(listedsets._LISTED, ("finditer",))
    monkeypatch.setattr(listedsets, "_LISTED", counting)
    found = listedsets.listed_set_sum([r"\sum_{x \in A} x", "7"], _NOTES)
    assert found is not None and "{1, 2, 4}" in found
    assert listedsets.listed_set_sum([r"\sum_{i \in C} c_i"], _NOTES) is None  # C is not listed
    assert listedsets.listed_set_sum([r"\sum_{b \in B} b^2"], _NOTES) is not None
    assert counting.calls == 1  # one scan of the notes for every step
    assert listedsets.listed_set_sum([r"\sum_{x \in A} x"], _NOTES + "\nLet $A = \\{0, 1\\}$.") is not None
    assert counting.calls == 2  # another text is scanned again


_SYMMETRIC = [
    "# Part one",
    "Let $A$ be a symmetric matrix and $x$ a vector.",
    "$$f(x) = x^T A x$$",
    "Some words in between.",
    "$$\\nabla f(x) = 2 A x$$",
]


def test_a_symmetry_stated_above_is_read_once_for_every_reading_of_the_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = symmetricsection.symmetric_in
    monkeypatch.setattr(symmetricsection, "symmetric_in", lambda prose: calls.append(prose) or real(prose))
    first = symmetricsection.symmetric_in_section(_SYMMETRIC, 4, [r"\nabla f(x)", "2 A x"])
    assert first == ({"A"}, 1)
    first[0].add("B")  # the caller's own set: the next answer is not changed by it
    once = len(calls)
    for _ in range(3):  # the window, implied sums and the alternatives ask again
        assert symmetricsection.symmetric_in_section(_SYMMETRIC, 4, [r"\nabla f(x)", "2 A x"]) == ({"A"}, 1)
    assert len(calls) == once
    assert symmetricsection.symmetric_in_section(_SYMMETRIC, 4, ["2 x"]) is None  # A not written
    assert len(calls) == once  # the same text (the notes, then each sentence after the statement): not scanned again
    assert symmetricsection.symmetric_in_section(_SYMMETRIC, 2, ["x^T A x"]) == ({"A"}, 1)  # another text
    assert len(calls) > once
    again = len(calls)
    assert symmetricsection.symmetric_in_section(_SYMMETRIC, 2, ["x^T A x"]) == ({"A"}, 1)
    assert len(calls) == again
    renewed = [*_SYMMETRIC[:3], "Now let $A$ be any square matrix.", _SYMMETRIC[4]]
    assert symmetricsection.symmetric_in_section(renewed, 4, ["2 A x"]) is None
