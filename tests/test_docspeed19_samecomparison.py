"""docspeed19: a comparison of the same two members at the same sample is made once (verifier.samecomparison).

A document re-checks a chain under its other readings with the same seed: ``sampling.draw`` hands back the
very sample, and the members often resolve to the same trees, so the ball arithmetic at every point was done
again on the same numbers. The result met again must be the one a new comparison gives."""

from __future__ import annotations

import dataclasses

import sympy as sp

from verifier import agreement, samecomparison
from verifier.catalog import Builder, D
from verifier.engine import Settings, check_claim
from verifier.results import Verdict


def _counting(monkeypatch) -> list[object]:
    calls: list[object] = []
    real = agreement.compare

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr("verifier.numeric.compare", counted)
    samecomparison._SEEN.clear()
    return calls


def _fields(step) -> tuple[object, ...]:
    cx = step.counterexample
    return (step.verdict, step.method, step.points, step.message,
            None if cx is None else (cx.coordinates, cx.lhs, cx.rhs))  # fmt: skip


def _claims():
    b = Builder()
    x, a = b.real("x"), b.positive("a")
    f = sp.log(1 + sp.exp(a * x)) ** 2
    right = b.claim(D(f, x), 2 * a * sp.log(1 + sp.exp(a * x)) * sp.exp(a * x) / (1 + sp.exp(a * x)))
    wrong = b.chain(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1 + x**2 / 10**6, sp.Integer(1))  # the first link: not at every x
    return right, wrong


def test_the_same_claim_at_the_same_sample_is_compared_once_with_the_same_result(monkeypatch) -> None:
    calls = _counting(monkeypatch)
    right, wrong = _claims()
    first = [check_claim(c, "k1", {}, Settings(), render=False) for c in (right, wrong)]
    n = len(calls)
    assert n == 3  # one link, then two
    again = [check_claim(c, "k1", {}, Settings(), render=False) for c in (right, wrong)]
    assert len(calls) == n  # the same seed: the same sample object, the same members
    assert [[_fields(s) for s in r] for r in again] == [[_fields(s) for s in r] for r in first]
    assert first[0][0].verdict is Verdict.PROVED and first[1][0].verdict is Verdict.FAILED
    samecomparison._SEEN.clear()  # nothing remembered: every comparison made anew gives the same
    fresh = [check_claim(c, "k1", {}, Settings(), render=False) for c in (right, wrong)]
    assert len(calls) == 2 * n
    assert [[_fields(s) for s in r] for r in fresh] == [[_fields(s) for s in r] for r in first]


def test_another_sample_or_other_members_are_compared_again(monkeypatch) -> None:
    calls = _counting(monkeypatch)
    right, _ = _claims()
    check_claim(right, "k1", {}, Settings(), render=False)
    check_claim(right, "k2", {}, Settings(), render=False)  # another seed: another sample
    assert len(calls) == 2
    changed = dataclasses.replace(right, members=(right.members[0], right.members[1] * 1.0))  # 2.0*… is not 2*…
    check_claim(changed, "k1", {}, Settings(), render=False)
    assert len(calls) == 3


def test_the_memo_is_bounded_and_skips_what_cannot_be_hashed() -> None:
    samecomparison._SEEN.clear()
    x = sp.Symbol("x")

    class Sample:
        pass

    sample = Sample()
    made: list[int] = []
    for k in range(samecomparison.MAX_REMEMBERED + 5):
        samecomparison.remembered_comparison(x + k, x, (x,), sample, False, lambda: made.append(1) or "r")
    assert len(samecomparison._SEEN) <= samecomparison.MAX_REMEMBERED
    mutable = sp.Matrix([[x]])
    for _ in range(2):
        samecomparison.remembered_comparison(mutable, mutable, (x,), sample, False, lambda: made.append(2) or "r")
    assert made.count(2) == 2
    for _ in range(2):  # real_only is in the key
        samecomparison.remembered_comparison(x, x, (x,), sample, True, lambda: made.append(3) or "r")
        samecomparison.remembered_comparison(x, x, (x,), sample, False, lambda: made.append(3) or "r")
    assert made.count(3) == 2


def test_the_memo_keeps_no_sample_alive_and_an_ended_sample_is_no_hit() -> None:
    import gc
    import weakref

    class Sample:
        pass

    samecomparison._SEEN.clear()
    x = sp.Symbol("x")
    made: list[int] = []
    sample = Sample()
    gone = weakref.ref(sample)
    samecomparison.remembered_comparison(x, x, (x,), sample, False, lambda: made.append(1) or "r")
    del sample
    gc.collect()
    assert gone() is None
    for _ in range(3):  # a new sample, whatever its id: compared anew, then taken
        other = Sample()
        samecomparison.remembered_comparison(x, x, (x,), other, False, lambda: made.append(1) or "r")
        samecomparison.remembered_comparison(x, x, (x,), other, False, lambda: made.append(1) or "r")
        del other
    assert len(made) == 4
