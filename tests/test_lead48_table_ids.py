"""The catalog table at 80 columns (CI logs, a non-terminal): every id stays whole on its row.

An id is what the user types next (``verify ID``); a table that folds ``softmax-cross-entropy-gradient``
into ``softmax-cross-entropy-gra`` / ``dient`` gives them nothing to copy.  The verdict and the first
failing step are the columns that may wrap.
"""

from __future__ import annotations

from verifier.reporters import TextReporter
from verifier.results import IdentityResult, RunResult, StepResult, Verdict

LONG_IDS = (
    "softmax-cross-entropy-gradient-logsumexp",
    "two-layer-network-gradient-w1",
    "binary-cross-entropy-sigmoid-gradient",
)


def _result(ident: str, verdict: Verdict, message: str = "", proved_for: str = "") -> IdentityResult:
    step = StepResult(
        index=1,
        lhs="x",
        rhs="x",
        lhs_latex="x",
        rhs_latex="x",
        verdict=verdict,
        method="symbolic",
        points=200,
        duration=0.01,
        message=message,
    )
    return IdentityResult(
        id=ident,
        title="t",
        statement="x = x",
        verdict=verdict,
        steps=(step,),
        source="derivations/x.py:1",
        tags=(),
        seed=7,
        duration=0.04,
        proved_for=proved_for,
    )


def _run(*results: IdentityResult) -> RunResult:
    return RunResult(results=results, seed=7, points=200, duration=0.5, catalog="derivations")


def _assert_ids_whole_at_80_columns(*results: IdentityResult) -> None:
    """The text report of ``results`` at 80 columns: every id on one line, no line wider than 80."""
    rows = TextReporter(width=80).render(_run(*results)).splitlines()
    for ident in LONG_IDS:
        assert any(ident in line for line in rows), "\n".join(rows)
    assert max(len(line) for line in rows) <= 80


def _proved(*ids: str) -> list[IdentityResult]:
    return [_result(i, Verdict.PROVED, proved_for="all Dx, H, Dy >= 1") for i in ids]


def test_long_ids_are_whole_at_80_columns_when_all_pass() -> None:
    _assert_ids_whole_at_80_columns(*_proved(*LONG_IDS))


def test_long_ids_are_whole_at_80_columns_beside_a_failure() -> None:
    failed = _result(LONG_IDS[0], Verdict.FAILED, "left and right differ at x = 0.5 by a factor of two")
    _assert_ids_whole_at_80_columns(failed, *_proved(*LONG_IDS[1:]))


def test_the_first_failing_step_column_is_kept_when_something_failed() -> None:
    failed = _result(LONG_IDS[0], Verdict.FAILED, "differ")
    text = TextReporter(width=80).render(_run(failed))
    assert "first failing step" in text
