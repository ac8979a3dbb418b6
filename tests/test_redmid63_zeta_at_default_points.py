r"""``verify check '\zeta(s) = \sum_{n=1}^\infty n^{-s}'`` at the default points is not FAILED (redmid63, on redcat63
8c871bef).

redcat63 reads ζ before its bracket as the softplus, then as Riemann's ζ, where the product ζ·s fails, and takes a
reading only where *every* step is green. At ``--points 40`` (redcat63's test) the Riemann reading is green; at the
default 200 points (and at 100, 150, 300) only 23 of 200 sample points fall where the series converges, the Riemann
reading is SKIPPED ("too few sample points"), and the literal product reading's FAILED is reported — the very claim
stop 62 left, still FAILED as a user types it. A FAILED must hold under every plausible reading: a reading that is
inconclusive leaves the step at most SKIPPED.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


@pytest.mark.parametrize("points", [None, "100", "300"], ids=["default", "100", "300"])
def test_the_riemann_series_is_not_failed_at_any_point_count(capsys: pytest.CaptureFixture[str],
                                                             points: str | None) -> None:
    args = ["check", r"\zeta(s) = \sum_{n=1}^\infty n^{-s}", "--format", "json", "--no-cache"]
    main(args + (["--points", points] if points else []))
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] != "FAILED", result
