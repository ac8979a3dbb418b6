r"""σ named the logistic function, and the softmax named before the step, keeps the softmax reading (review38).

"Let $\sigma$ be the logistic function. For several classes it becomes the softmax." then the softmax Jacobian
``\frac{\partial \sigma_i(z)}{\partial z_j} = \sigma_i(z)(\delta_{ij} - \sigma_j(z))`` was FAILED after redteam38:
σ said logistic dropped the reading of ``\sigma_i(z)`` as softmax, though the notes turn to the softmax in the next
sentence. FAILED needs every plausible reading to fail; the softmax reading is tried again wherever the notes name
the softmax between σ's naming and the step. Notes that never name it keep redteam38's FAILED. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_JACOBIAN = r"$$\frac{\partial \sigma_i(z)}{\partial z_j} = \sigma_i(z)(\delta_{ij} - \sigma_j(z))$$"


def _verdict(prose: str) -> str:
    return doc_steps(prose + "\n\n" + _JACOBIAN + "\n")[-1].verdict.value


@pytest.mark.parametrize("prose", [
    r"Let $\sigma$ be the logistic function. For several classes it becomes the softmax.",
    "Here $\\sigma$ is the logistic sigmoid.\n\nWith $K$ classes we use the softmax instead, and write",
])
def test_the_softmax_named_after_the_sigmoid_keeps_its_reading(prose: str) -> None:
    assert _verdict(prose) != "FAILED"


def test_the_sigmoid_alone_is_still_not_read_as_softmax() -> None:
    assert _verdict(r"Let $\sigma$ be the logistic function. It is applied to each entry of $z$.") == "FAILED"
