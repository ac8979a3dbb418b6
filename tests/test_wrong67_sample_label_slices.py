r"""A family written with a superscript label is sliced by its label: ``x^{(i)}`` is sample i, row i.

CS229's gradient ``\frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}`` with the indices swapped,
``x_i^{(j)}`` (feature i of sample j), was PROVED (stop 66, lead66: a false green): ``inferevidence.slices`` read
the one-index ``x^{(i)}`` as *column* i of the data because its letter i is the second index of ``x_i^{(j)}`` (read
``x^{()}[j, i]``, the label first), so the swapped sum agreed with itself. redlead66 found the same false green in a
Gram matrix, a mean, a time average and a logistic gradient. A family the reader makes of samples written with
*subscripts* (``a_j`` beside ``a_{ij}``, trust18) keeps its orientation open: the first step decides it there.
"""

from support import doc_steps, verdicts_by_line

from verifier.results import Verdict

GREEN = ("PROVED", "PASSED")

CS229 = r"""# Linear regression, CS229 style

The hypothesis is $h_\theta(x) = \theta^T x$ and the cost is
$J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$. Its partial derivatives are

$$\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}.$$
"""


def test_cs229_gradient_with_sample_and_feature_swapped_is_not_green() -> None:
    wrong = CS229.replace(r"x_j^{(i)}.$$", r"x_i^{(j)}.$$")
    assert verdicts_by_line(wrong)[6][0] not in GREEN


def test_cs229_gradient_written_right_is_proved() -> None:
    assert verdicts_by_line(CS229)[6] == ["PROVED"]


GRAM = r"""# Kernel

The Gram matrix of the samples is

$$K_{ij} = \sum_k x^{(i)}_k x^{(j)}_k = x^{(i)\top} x^{(j)}.$$
"""


def test_gram_matrix_summed_over_the_samples_is_not_green() -> None:
    wrong = GRAM.replace(r"x^{(i)}_k x^{(j)}_k", r"x^{(k)}_i x^{(k)}_j")
    assert verdicts_by_line(wrong)[5][1] not in GREEN  # the link to x^{(i)T} x^{(j)}


def test_gram_matrix_written_right_keeps_its_proved_link() -> None:
    assert verdicts_by_line(GRAM)[5][1] == "PROVED"


MEAN = r"""# Mean

The mean of the samples is $\mu = \frac{1}{m}\sum_{i=1}^m x^{(i)}$, so each entry is

$$\mu_j = \frac{1}{m}\sum_{i=1}^m x^{(i)}_j.$$
"""


def test_mean_entry_with_the_label_and_entry_swapped_is_not_green() -> None:
    wrong = MEAN.replace(r"x^{(i)}_j.$$", r"x^{(j)}_i.$$")
    assert verdicts_by_line(wrong)[5][0] not in GREEN


TIME = r"""# Average over time

The average input is $\bar x = \frac{1}{T}\sum_{t=1}^T x^{(t)}$, so each entry is

$$\bar x_k = \frac{1}{T}\sum_{t=1}^T x^{(t)}_k.$$
"""


def test_time_average_with_step_and_entry_swapped_is_not_green() -> None:
    wrong = TIME.replace(r"x^{(t)}_k.$$", r"x^{(k)}_t.$$")
    assert verdicts_by_line(wrong)[5][0] not in GREEN


LOGISTIC = r"""# Logistic regression

The log-likelihood is $\ell(\theta) = \sum_{i=1}^m y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)})
\log(1 - \sigma(\theta^T x^{(i)}))$, and

$$\frac{\partial \ell}{\partial \theta_j} = \sum_{i=1}^m \left(y^{(i)} - \sigma(\theta^T x^{(i)})\right) x_{j}^{(i)}.$$
"""


def test_logistic_gradient_with_sample_and_feature_swapped_is_not_green() -> None:
    wrong = LOGISTIC.replace(r"x_{j}^{(i)}.$$", r"x_{i}^{(j)}.$$")
    assert verdicts_by_line(wrong)[6][0] not in GREEN


def test_a_family_of_subscripted_samples_keeps_the_first_step_deciding() -> None:
    """trust18's family ``a_j`` (made samples from subscripts, no label written): no orientation is forced."""
    note = "# Products\n\nSome sums.\n\n$$a_j^T y = \\sum_i a_{ji} y_i$$\n\n$$a_j^T y = \\sum_i a_{ij} y_i$$\n"
    first, second = doc_steps(note)
    assert first.verdict in (Verdict.PROVED, Verdict.PASSED), first.message
    assert second.verdict is Verdict.SKIPPED, second.message
