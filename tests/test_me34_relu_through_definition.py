r"""A ReLU's derivative dropped where the ReLU is in the notes' definitions, not in the step.

Notes define ``h = \mathrm{ReLU}(W_1 x + b_1)``, ``z = W_1 x + b_1`` and write ``\partial L/\partial z``.
Dropping ``\odot \mathbb{1}[z > 0]`` is the classic mistake. The readings that restrict the undeclared
quantities to positive values hold the derivative's variable (z) free, but restricted W_1, x and b_1
(the "constants") make z positive through its definition, so the ReLU's derivative is 1 everywhere and
the wrong step was PROVED "with the undeclared quantities other than z positive". A name inside the
argument of a piecewise function in a definition the chain reaches selects a branch there too: it is
never restricted (documents.ranges.piecewise_variables)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""Consider $h = \mathrm{ReLU}(W_1 x + b_1)$ and $\hat y = w_2^\top h + b_2$ with
$L = \frac{1}{2}(\hat y - y)^2$, where $W_1 \in \mathbb{R}^{3\times 2}$, $w_2 \in \mathbb{R}^3$.

Let $z = W_1 x + b_1$. Then

$$\frac{\partial L}{\partial z} = GRADIENT$$
"""


def _verdict(gradient: str) -> Verdict:
    (step,) = [s for s in doc_steps(_NOTES.replace("GRADIENT", gradient)) if s.source.endswith(":6")]
    return step.verdict


@pytest.mark.parametrize("wrong", [r"(\hat y - y)\, w_2", r"(\hat y - y)\, w_2 \odot h"])
def test_a_dropped_relu_derivative_is_not_green(wrong: str) -> None:
    assert _verdict(wrong) not in (Verdict.PROVED, Verdict.PASSED)


def test_the_relu_derivative_written_stays_green() -> None:
    assert _verdict(r"(\hat y - y)\, w_2 \odot \mathbb{1}[z > 0]") in (Verdict.PROVED, Verdict.PASSED)
