r"""redteam23: an inline ``dp/dz = …`` after "With $p = \sigma(z)$," is a claim, as ``\frac{dp}{dz}`` is.

The inline claims take a formula whose left member writes a derivative; the test knew ``d/dx`` and
``\frac{d…}{d…}`` but not the slashed ``dp/dz`` fresh12 reads as one, so after a condition-like "With
…," the step vanished (a wrong ``dp/dz = 1 - p`` reported nothing)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_slashed_derivative_after_with_is_checked() -> None:
    assert _verdicts("# S\n\nWith $p = \\sigma(z)$, $dp/dz = 1 - p$.\n") == [Verdict.FAILED]
    assert _verdicts("# S\n\nWith $p = \\sigma(z)$, $dp/dz = p(1 - p)$.\n") == [Verdict.PROVED]
    assert _verdicts("# S\n\nWith $h = \\tanh(a)$, $\\mathrm{d}h/\\mathrm{d}a = 1 - h^2$.\n") == [Verdict.PROVED]


def test_a_ratio_of_names_is_no_derivative() -> None:
    assert _verdicts("# S\n\nWith $r = a/b$, $q = d/e$.\n") == []
