r"""docspeed14: a claim proved at one index assignment is taken where the same claim is met again
(documents.renamed), not checked again; a step wrong at one assignment is still FAILED there."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents import oneinstance
from verifier.documents.check import check_text
from verifier.documents.renamed import Proofs
from verifier.engine import Settings
from verifier.results import StepResult, Verdict

_HEAD = """```verify
n: size
x: vector[n]
i, j: index 1..n
```

"""

# at i != j both members are 0: the same claim at (1, 2) and at (3, 2)
_HOLDS = _HEAD + r"$$\delta_{ij} x_i = \delta_{ij} x_j$$" + "\n"

# 0 = 0 at i = j (proved at (1, 1), taken at (3, 3)); x_i against x_1 at i != j: right at (1, 2), wrong at (3, 2)
_WRONG_AT_ONE = _HEAD + r"$$(1 - \delta_{ij}) x_i = (1 - \delta_{ij}) x_1$$" + "\n"


def _run(text: str, monkeypatch: pytest.MonkeyPatch, *, lever: bool) -> tuple[list[StepResult], int, int]:
    """The steps, the claims checked and the claims taken."""
    checked, taken = [0], [0]
    check_claim, taken_for = oneinstance.check_claim, Proofs.taken_for

    def counted(*args: object, **kwargs: object) -> list[StepResult]:
        checked[0] += 1
        return check_claim(*args, **kwargs)  # type: ignore[arg-type]

    def take(self: Proofs, key: object, sizes: dict[str, int]) -> list[StepResult] | None:
        got = taken_for(self, key, sizes) if lever else None  # type: ignore[arg-type]
        taken[0] += got is not None
        return got

    with monkeypatch.context() as m:
        m.setattr(oneinstance, "check_claim", counted)
        m.setattr(Proofs, "taken_for", take)
        check = check_text(text, "renamed.md", Settings())
    return [s for c in check.chains for s in c.result.steps], checked[0], taken[0]


def _lines(results: list[StepResult]) -> list[tuple[str, str, str]]:
    return [(s.verdict.value, s.message, s.method) for s in results]


def test_a_claim_met_again_is_taken_not_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    with_it, checked, taken = _run(_HOLDS, monkeypatch, lever=True)
    without, checked_all, _ = _run(_HOLDS, monkeypatch, lever=False)
    assert [s.verdict for s in with_it] == [Verdict.PROVED]
    assert taken >= 1
    assert checked == checked_all - taken  # each taken claim is one check_claim (and its symbolic stage) fewer
    assert _lines(with_it) == _lines(without)
    assert "i=3, j=2" in with_it[0].method  # the taken assignment is still listed as checked


def test_a_step_wrong_at_one_assignment_is_still_failed_there(monkeypatch: pytest.MonkeyPatch) -> None:
    with_it, _, taken = _run(_WRONG_AT_ONE, monkeypatch, lever=True)
    without, _, _ = _run(_WRONG_AT_ONE, monkeypatch, lever=False)
    assert taken >= 1  # 0 = 0 at (3, 3), proved at (1, 1), before the failing (3, 2)
    [step] = with_it
    assert step.verdict is Verdict.FAILED
    assert step.counterexample is not None
    point = dict(step.counterexample.point)
    assert (point["i"], point["j"]) == ("3", "2")
    assert _lines(with_it) == _lines(without)
    assert without[0].counterexample == step.counterexample


def _result(verdict: Verdict) -> StepResult:
    return StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=verdict, method="m", points=200,
                      sizes=(("n", 3), ("i", 1)))  # fmt: skip


def test_only_claims_proved_at_every_step_are_kept() -> None:
    proofs, x = Proofs(), sp.Symbol("x")
    instance = object()
    key = proofs.key(instance, {"i": 1}, (x, x), frozenset())  # type: ignore[arg-type]
    proofs.keep(key, [_result(Verdict.PASSED)])
    assert proofs.taken_for(key, {"n": 3, "i": 2}) is None
    proofs.keep(key, [_result(Verdict.PROVED)])
    [taken] = proofs.taken_for(key, {"n": 3, "i": 2}) or []
    assert taken.verdict is Verdict.PROVED and taken.sizes == (("n", 3), ("i", 2))
    # another instance, other steps asked about, other members: not the same claim
    assert proofs.taken_for(proofs.key(object(), {"i": 1}, (x, x), frozenset()), {}) is None  # type: ignore[arg-type]
    assert proofs.taken_for(proofs.key(instance, {"i": 1}, (x, x), frozenset({1})), {}) is None  # type: ignore[arg-type]
    assert proofs.taken_for(proofs.key(instance, {"i": 1}, (x, 2 * x), frozenset()), {}) is None  # type: ignore[arg-type]


def test_no_key_without_an_assignment_or_for_a_member_not_sympys() -> None:
    x = sp.Symbol("x")
    assert Proofs.key(object(), {}, (x, x), frozenset()) is None  # type: ignore[arg-type]
    assert Proofs.key(object(), {"i": 1}, (sp.Matrix([x]), x), frozenset()) is None  # type: ignore[arg-type]
