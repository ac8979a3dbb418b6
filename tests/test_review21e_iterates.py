r"""Review of documents.iterates: a sample summed over however the sum writes its range keeps the family
reading (``\sum^n_{i=1}``, ``\sum_{1 \le i \le n}``, ``\sum_{\substack{…}}``, ``∑``), so that a mean
over samples is never read as a sum of one name (``\frac{1}{n}\sum^n_{i=1} x^{(i)} = x^{(i)}`` green)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.iterates import summed_labels
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_MEAN = r"""# Mean

Let $x^{(i)} \in \mathbb{R}$ be the samples and $n$ their number.

$$\frac{1}{n}SUM x^{(i)} = x^{(i)}$$
"""


@pytest.mark.parametrize("written", [r"\sum^n_{i=1}", r"\sum\limits^{n}_{i=1}", r"\sum_{1 \le i \le n}",
                                     r"\sum_{\substack{i=1}}^{n}", r"\sum\nolimits_{i=1}^n", "∑_{i=1}^{n}"])
def test_a_sum_over_the_label_however_its_range_is_written_keeps_the_family(written: str) -> None:
    assert ("x", "i") in summed_labels(written + r" x^{(i)}")


@pytest.mark.parametrize("written", [r"\sum^n_{i=1}", r"\sum_{1 \le i \le n}", r"\sum_{\substack{i=1}}^{n}"])
def test_a_mean_of_samples_equal_to_one_sample_is_not_green(written: str) -> None:
    check = check_text(_MEAN.replace("SUM", written), "notes.md")
    [step] = [s for ch in check.chains for s in ch.result.steps]
    assert step.verdict not in _GREEN, step.message
