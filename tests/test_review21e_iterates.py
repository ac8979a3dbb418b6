r"""Review of documents.iterates: a sample summed over however the sum writes its range keeps the family
reading (``\sum^n_{i=1}``, ``\sum_{1 \le i \le n}``, ``\sum_{\substack{…}}``, ``∑``), so that a mean
over samples is never read as a sum of one name (``\frac{1}{n}\sum^n_{i=1} x^{(i)} = x^{(i)}`` green)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.iterates import as_iterates, note, summed_labels
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


def _verdicts(notes: str) -> list[tuple[Verdict, str]]:
    check = check_text(notes, "notes.md")
    return [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]


def test_a_label_differentiated_by_keeps_the_family() -> None:
    notes = r"""# Flow

Let $x^{(t)} \in \mathbb{R}$ follow the flow in time $t$.

$$\frac{d}{dt}\left(t\, x^{(t)}\right) = x^{(t)}$$
"""
    [(verdict, message)] = _verdicts(notes)  # the product rule's t dx/dt dropped
    assert verdict not in _GREEN, message


def test_a_label_that_is_a_defined_function_s_argument_keeps_the_family() -> None:
    notes = r"""# Energy

Let $x^{(t)} \in \mathbb{R}^n$ be the iterate at step $t$, and define the energy $E(t) = \|x^{(t)}\|^2$ and
$g(t) = t\, \|x^{(t)}\|^2$.

$$E(t+1) - E(t) = 0$$

$$\frac{d}{dt}E(t) = 0$$

$$g(2) = 2 \|x^{(t)}\|^2$$
"""
    for verdict, message in _verdicts(notes):
        assert verdict not in _GREEN, message


def test_a_label_that_is_a_defined_entry_s_index_keeps_the_family() -> None:
    notes = r"""# Residuals

Let $x^{(i)} \in \mathbb{R}^d$ and $y^{(i)} \in \mathbb{R}$ be the samples, and write the residual as
$r_i = y^{(i)} - \theta^T x^{(i)}$.

$$\frac{1}{n}\sum_{i=1}^n r_i^2 = r_i^2$$

$$\sum_{i=1}^n r_i = n r_i$$
"""
    for verdict, message in _verdicts(notes):
        assert verdict not in _GREEN, message


def test_an_iterate_beside_a_step_size_indexed_by_its_label_is_still_a_name() -> None:
    notes = r"""# Descent

Let $b \in \mathbb{R}^n$, the iterate $x^{(t)} \in \mathbb{R}^n$ and $\alpha_t = \frac{1}{t}$.

$$\|x^{(t)} - \alpha_t b\|^2 = x^{(t)T}x^{(t)} - 2\alpha_t b^T x^{(t)} + \alpha_t^2 b^T b$$
"""
    [(verdict, message)] = _verdicts(notes)
    assert verdict in _GREEN, message
    assert "x^(t) read as a name of its own" in message


_MODEL = r"""# Model

The prediction for sample $i$ is $\hat{y}^{(i)} = \theta^T x^{(i)}$ with $\theta, x^{(i)} \in \mathbb{R}^d$.

# Loss

$$STEP$$
"""


def test_a_sample_defined_in_one_section_and_summed_in_another_reads_its_definition() -> None:
    right = (r"\frac{1}{2}\sum_{i=1}^n (\hat{y}^{(i)} - y^{(i)})^2"
             r" = \frac{1}{2}\sum_{i=1}^n (\theta^T x^{(i)} - y^{(i)})^2")
    [(verdict, message)] = _verdicts(_MODEL.replace("STEP", right))
    assert verdict in _GREEN, message
    [(verdict, message)] = _verdicts(_MODEL.replace("STEP", right.replace("- y^{(i)})^2$", "+ y^{(i)})^2$")
                                                    .replace(r"x^{(i)} - y^{(i)})^2", r"x^{(i)} + y^{(i)})^2")))
    assert verdict is Verdict.FAILED, message


def test_a_sample_summed_in_one_section_is_the_same_sample_in_another() -> None:
    notes = r"""# Model

The prediction for sample $i$ is $\hat{y}^{(i)} = \theta^T x^{(i)}$ with $\theta, x^{(i)} \in \mathbb{R}^d$, and
$$J(\theta) = \frac{1}{2}\sum_{i=1}^n (\hat{y}^{(i)} - y^{(i)})^2.$$

# One sample

$$(\hat{y}^{(i)} - y^{(i)})^2 = (\theta^T x^{(i)} - y^{(i)})^2$$
"""
    [_, (verdict, message)] = _verdicts(notes)
    assert verdict in _GREEN, message


def test_a_family_defined_entrywise_keeps_its_body_s_samples() -> None:
    notes = r"""# Model

The prediction for sample $i$ is $\hat{y}^{(i)} = \theta^T x^{(i)}$ with $\theta, x^{(i)} \in \mathbb{R}^d$.

$$\frac{1}{n}\sum_{i=1}^n \hat{y}^{(i)} = \theta^T x^{(i)}$$
"""
    [(verdict, message)] = _verdicts(notes)  # a mean of predictions is no one prediction
    assert verdict not in _GREEN, message


def test_the_reading_reports_only_the_names_it_rewrites() -> None:
    assert note(r"x^{(i)} + y^{(i)}", r"x^{[i]} + y^{(i)}") == [note(r"x^{(i)}", r"x^{[i]}")[0]]


def test_a_defined_entry_and_the_chains_that_use_it_read_one_sample() -> None:
    notes = r"""# Residuals

Let $x^{(i)} \in \mathbb{R}^d$ and $y^{(i)} \in \mathbb{R}$ be the samples, and write the residual as
$r_i = y^{(i)} - \theta^T x^{(i)}$.

$$r_i^2 = (y^{(i)} - \theta^T x^{(i)})^2$$

$$r_i^2 = (y^{(i)} + \theta^T x^{(i)})^2$$
"""
    [(right, message), (wrong, wrong_message)] = _verdicts(notes)
    assert right in _GREEN, message
    assert wrong is Verdict.FAILED, wrong_message


def test_the_body_of_a_family_kept_defined_entrywise_reads_the_same_entry() -> None:
    display = r"x^{(i)} = B z^{(i)}"  # x^() a family (positioned or summed elsewhere): z^{(i)} is its i-th too
    assert as_iterates(r"B z^{(i)}", display, frozenset({("x", "i")})) == r"B z^{(i)}"
    assert as_iterates(r"B z^{(i)}", display, frozenset()) == r"B z^{[i]}"  # both names of their own
