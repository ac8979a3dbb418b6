r"""gaps60: one inline-formula pattern, ``$…$`` and ``\(…\)`` (documents.sentences.INLINE_FORMULA).

knowndivergences and underexpectation each wrote a near-copy of ``sentences.SINGLE_DOLLARS`` (review of stop 59);
knowndivergences' read only ``$…$``, so a condition the prose writes as ``\(\sigma_1 = \sigma_2\)`` was unseen and
the KL form under it FAILED against the general value (red59 had excused it in dollars). Notes of our own."""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

from verifier.documents import eliminated, knowndivergences, underexpectation
from verifier.documents import sentences as S

_GAUSS = (
    "# Two Gaussians\n\nFor $p = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal{N}(\\mu_2, \\sigma_2^2)$ "
    "with equal variances CONDITION the divergence is\n\n$$\n\\mathrm{KL}(p \\,\\|\\, q) = "
    "\\frac{(\\mu_1 - \\mu_2)^2}{2\\sigma_2^2}\n$$\n"
)


@pytest.mark.parametrize("condition", [r"$\sigma_1 = \sigma_2$", r"\(\sigma_1 = \sigma_2\)"])
def test_a_condition_in_either_inline_form_keeps_the_form_from_failing(condition: str) -> None:
    text = _GAUSS.replace("CONDITION", condition)
    assert "FAILED" not in verdicts_by_line(text)[line_of(text, "KL}(")]


def test_the_shared_pattern_reads_both_forms_and_no_display() -> None:
    text = r"if $y = 1$ and \(z = 2\), cost \$5, $$w = 3$$"
    assert [S.formula_text(m) for m in S.INLINE_FORMULA.finditer(text)] == ["y = 1", "z = 2"]


def test_the_readings_use_the_shared_pattern() -> None:
    for module in (eliminated, knowndivergences, underexpectation):
        assert module._INLINE is S.INLINE_FORMULA, module.__name__
