r"""A divisor written with a slash or a negative power is read back too (redteam43, documents.writtendivisors).

misses42 made ``\frac{t^2}{t} = 0 \Rightarrow t = 0`` SKIPPED (no solution: the equation is undefined at t = 0), but
the same equation written ``t^2 / t = 0`` or ``t^2 t^{-1} = 0`` was still PROVED "follows from it (and back)": only
``\frac`` denominators were read back, and SymPy cancels the others as it builds them. Every example is written
here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _last(display: str) -> Verdict:
    return doc_steps(f"# Roots\n\nSolve $${display}$$\n")[-1].verdict


@pytest.mark.parametrize("display", [
    r"t^2 / t = 0 \Rightarrow t = 0",
    r"(t^2 - t) / t = -1 \Rightarrow t = 0",
    r"t^2 / (t - 1) = 1 + 1/(t-1) \Rightarrow t = 1",
    r"t^2 t^{-1} = 0 \Rightarrow t = 0",
    r"(t - 1)^2 (t - 1)^{-1} = 0 \Rightarrow t = 1",
    r"w^3 / w^2 = 0 \Rightarrow w = 0",
])
def test_a_root_where_a_written_divisor_is_zero_is_not_green(display: str) -> None:
    assert _last(display) is Verdict.SKIPPED


@pytest.mark.parametrize("display, verdict", [
    (r"t^2 / t = 3 \Rightarrow t = 3", Verdict.PROVED),
    (r"t^2 t^{-1} = 2 \Rightarrow t = 2", Verdict.PROVED),
    (r"(t^2 - t) / t = 0 \Rightarrow t = 1", Verdict.PROVED),
    (r"t^2 / t = 3 \Rightarrow t = 4", Verdict.FAILED),
])
def test_other_roots_keep_their_verdicts(display: str, verdict: Verdict) -> None:
    assert _last(display) is verdict
