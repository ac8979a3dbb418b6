r"""A derivative evaluated at a point reads its body as differentiated (fresh75).

Fisher-information notes define ``I(\theta) = -\mathbb{E}[\partial_\theta^2 \log p(x;\theta)]`` with ``p`` the
model, then treat a coin whose bias is also called ``p`` and write ``I(p) = \frac{p}{p^2} + …``. The
definition's ``\partial_\theta^2`` at θ = p is a derivative taken at a point (a ``Subs``), and its body was read
without the resolver's "differentiating" mark: ``p(x;\theta)`` was read as the value ``p`` (documents.omitted,
a function written with its argument omitted), the log-density as a constant, the information as 0, and the
right line FAILED. Inside that derivative the omitted reading is refused as in every other derivative
(SKIPPED, the reason given); a wrong last value on the line is still FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Fisher information

For a model $p(x;\theta)$ the score is $s(\theta) = \partial_\theta \log p(x;\theta)$
and the Fisher information is its variance,
$I(\theta) = \mathbb{E}[s(\theta)^2] = -\mathbb{E}[\partial_\theta^2 \log p(x;\theta)]$.
For a coin with bias $p$ and $\mathbb{E}[x] = p$, the second derivative of $x \log p + (1 - x)\log(1 - p)$ is
$-x/p^2 - (1 - x)/(1 - p)^2$, so

$$
I(p) = \frac{p}{p^2} + \frac{1 - p}{(1 - p)^2} = \frac{1}{p(1 - p)} .
$$
"""
_LINE = 10


def test_the_information_of_a_parameter_named_like_the_model_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts[_LINE], verdicts[_LINE]


def test_a_wrong_value_there_is_still_failed() -> None:
    wrong = _NOTE.replace(r"= \frac{1}{p(1 - p)}", r"= \frac{1}{p(1 + p)}")
    verdicts = verdicts_by_line(wrong)
    assert "FAILED" in verdicts[_LINE], verdicts[_LINE]
