r"""docspeed68: a claim of one chain is checked by the engine once, however many re-checks meet it again.

A chain read without the notes' definitions that do not fit it (several rounds, each running the other readings
again) gives the engine the very same claim several times: the same members, variables, key, sizes, settings and
steps asked about. ``documents.sameclaim`` takes the first check's results for the repeats; every verdict and
message must stay what checking each claim afresh gives."""

from __future__ import annotations

import collections
from typing import Any

import pytest
from support import doc_steps

from verifier.documents import oneinstance
from verifier.engine import check_claim

# a letter defined as a scalar early (x), then summed under a filter on labels (y) in the last line: the line is
# read again without the definitions that do not fit it, round after round, meeting the same claims again
_FILTERED = r"""
# Fit

The boundary is

$$y = g(2.62 - 0.76x_1 - 1.17x_2)$$

# Lemma

Let $x = (a-b)^T C (a-b).$ Then, with repeated index summation,

$$x = (a_i - b_i)c_{ij}(a_j-b_j)$$

# Classes

Summing over the class,

$$\sum_{y=k} x = \sum_{y=k} \nu_k$$
"""


def _engine_calls(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[Any]:
    """Every call the engine gets, by its inputs (members by type and SymPy's equality)."""
    calls: collections.Counter[Any] = collections.Counter()
    def spy(claim: Any, key: str, sizes: dict[str, int], settings: Any, *args: Any, **kw: Any) -> Any:
        calls[(key, tuple(sizes.items()), tuple((type(m), m) for m in claim.members), claim.variables, settings,
               tuple(sorted(kw.items(), key=str)))] += 1  # fmt: skip
        return check_claim(claim, key, sizes, settings, *args, **kw)

    monkeypatch.setattr(oneinstance, "check_claim", spy)
    return calls


def _seen(steps: list[Any]) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message) for s in steps]


def test_the_same_claim_is_given_to_the_engine_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _engine_calls(monkeypatch)
    doc_steps(_FILTERED)
    assert calls, "the engine was never asked"
    repeated = {k[0]: n for k, n in calls.items() if n > 1}
    assert not repeated, repeated  # on d63e6c68 the last line's claims were checked 2 and 3 times


def test_every_verdict_and_message_is_the_one_checked_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.documents import sameclaim

    remembered = _seen(doc_steps(_FILTERED))
    monkeypatch.setattr(sameclaim, "REMEMBER", False)
    assert remembered == _seen(doc_steps(_FILTERED))


def test_a_wrong_step_stays_failed_with_the_claims_remembered() -> None:
    steps = doc_steps(r"""
        $$x := a + b$$

        Then

        $$\frac{d}{da} x^2 = 2 (a + b) + 1$$
        """)  # fmt: skip
    assert steps[-1].verdict.name == "FAILED", steps[-1].message


def test_a_repeat_calls_progress_once_and_a_raising_progress_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    import sympy as sp

    from verifier.budget import BudgetExceeded
    from verifier.catalog import Claim, Variable
    from verifier.documents import sameclaim
    from verifier.domains import Real
    from verifier.engine import Settings

    x = sp.Symbol("x", real=True)
    claim = Claim((x**2 - 1, (x - 1) * (x + 1)), (Variable("x", (x,), None, Real(-3, 3), x),))
    settings = Settings(points=20)
    asked: list[str] = []

    class Doc:
        pass

    doc = Doc()
    first = sameclaim.checked_claim(doc, check_claim, claim, "t:1|", {"n": 2}, settings, asked.append, frozenset())
    assert first[0].verdict.name == "PROVED"
    asked.clear()
    again = sameclaim.checked_claim(doc, check_claim, claim, "t:1|", {"n": 2}, settings, asked.append, frozenset())
    assert again == first and asked == ["numeric: step 1 (n=2)"]
    # another key (another instance's label: other points), other sizes or steps asked about: checked afresh
    others = [("t:1|k=1", {"n": 2}, frozenset()), ("t:1|", {"n": 3}, frozenset()), ("t:1|", {"n": 2}, frozenset({1}))]
    for args in others:
        asked.clear()
        sameclaim.checked_claim(doc, check_claim, claim, args[0], args[1], settings, asked.append, args[2])
        assert len(asked) > 1, args  # the engine's own stages

    def spent(stage: str) -> None:
        raise BudgetExceeded("allowance")

    with pytest.raises(BudgetExceeded):
        sameclaim.checked_claim(doc, check_claim, claim, "t:1|", {"n": 2}, settings, spent, frozenset())
    sameclaim.forget(doc)
    asked.clear()
    sameclaim.checked_claim(doc, check_claim, claim, "t:1|", {"n": 2}, settings, asked.append, frozenset())
    assert len(asked) > 1  # the next chain checks it afresh
