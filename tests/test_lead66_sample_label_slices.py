r"""A sample label's family sliced by its label: ``x^{(i)}`` is sample i, whatever letters the two-index uses write.

CS229's gradient ``\frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}`` with the indices swapped,
``x_i^{(j)}`` (feature i of sample j), was PROVED (stop 66, lead66: a false green): the one-index use ``x^{(i)}`` was
read as *column* i of the data because its letter i is the second index of ``x_i^{(j)}`` (read ``x^{()}[j, i]``, the
label first), so the sample became "feature i of every sample" and the swapped sum agreed with itself."""

from support import verdicts_by_line

NOTE = r"""# Linear regression, CS229 style

The hypothesis is $h_\theta(x) = \theta^T x$ and the cost is
$J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$. Its partial derivatives are

$$\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}.$$
"""


def test_the_gradient_with_the_sample_and_feature_indices_swapped_is_not_green() -> None:
    wrong = NOTE.replace(r"x_j^{(i)}.$$", r"x_i^{(j)}.$$")
    assert verdicts_by_line(wrong)[6][0] not in ("PROVED", "PASSED")


def test_the_gradient_written_right_is_proved() -> None:
    assert verdicts_by_line(NOTE)[6] == ["PROVED"]
