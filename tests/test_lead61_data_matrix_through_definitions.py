r"""The data-matrix reading (documents.samples) reaches the samples through a definition that calls another.

``J_\lambda(\theta) = J(\theta) + \frac{\lambda}{2}\|\theta\|^2`` with ``J(\theta)`` the mean squared error over
the samples ``x^{(i)}, y^{(i)}``: its gradient restated with the data matrix, ``\frac1m X^T(X\theta - y) +
\lambda\theta``, was FAILED (a false alarm: the reading that pairs X with the samples looked into the bodies of the
functions a member calls, one level deep, and J_\lambda's body writes J, not the samples). The same gradient with a
transpose dropped must still fail."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Linear regression

We minimise $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$.

With L2 regularisation $J_\lambda(\theta) = J(\theta) + \frac{\lambda}{2}\|\theta\|^2$,
$$\nabla_\theta J_\lambda(\theta) = \frac{1}{m} X^T(X\theta - y) + \lambda\theta .$$
"""

#: the notes restate J's own gradient with the data matrix first (X and y are then no strangers to them: the step
#: below was FAILED, not SKIPPED)
_AFTER_PLAIN = _NOTE.replace(
    "\nWith L2",
    r"""
Its gradient is $$\nabla_\theta J(\theta) = \frac{1}{m} X^T(X\theta - y).$$

With L2""",
)


def test_a_gradient_through_two_definitions_reads_the_data_matrix() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[6] in (["PROVED"], ["PASSED"]), verdicts


def test_after_the_plain_gradient_restated_the_regularised_one_is_no_false_alarm() -> None:
    verdicts = verdicts_by_line(_AFTER_PLAIN)
    assert verdicts[5] in (["PROVED"], ["PASSED"]), verdicts
    assert verdicts[8] in (["PROVED"], ["PASSED"]), verdicts


def test_the_same_gradient_with_a_wrong_factor_is_not_green() -> None:
    verdicts = verdicts_by_line(_AFTER_PLAIN.replace(r"+ \lambda\theta .", r"+ 2\lambda\theta ."))
    assert verdicts[8] in (["FAILED"], ["SKIPPED"]), verdicts
