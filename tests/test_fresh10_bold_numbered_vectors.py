r"""A bold name with a number outside the bold that the notes annotate as a vector (``\mathbf{v}_0 \in
\mathbb{R}^m``, a prior mean beside the parameter v) is a vector of its own: not entry 0 of v (v is not
indexed from 0 for it), also inside a function of v. Every example is written here (fresh10)."""

from __future__ import annotations

import pytest
from support import doc_steps

_SHRINK = r"""
Let $\mathbf{v} \in \mathbb{R}^m$ and a reference point $\mathbf{v}_0 \in \mathbb{R}^m$, with
$A \in \mathbb{R}^{k \times m}$ and $\mathbf{b} \in \mathbb{R}^k$.

$$R(\mathbf{v}) = \lVert A\mathbf{v} - \mathbf{b}\rVert^2 + \mu\lVert \mathbf{v} - \mathbf{v}_0\rVert^2$$

$$\nabla_{\mathbf{v}} R = {rhs}$$
"""


def test_the_numbered_bold_vector_is_its_own_name_inside_the_function() -> None:
    *_, step = doc_steps(_SHRINK.replace(
        "{rhs}", r"2A^\top\left(A\mathbf{v} - \mathbf{b}\right) + 2\mu\left(\mathbf{v} - \mathbf{v}_0\right)"))
    assert step.verdict.value == "PROVED"
    assert "indexed from 0" not in step.message


@pytest.mark.parametrize("rhs", [
    r"2A^\top\left(A\mathbf{v} - \mathbf{b}\right) + 2\mu\left(\mathbf{v} + \mathbf{v}_0\right)",
    r"2A^\top\left(A\mathbf{v} - \mathbf{b}\right) + \mu\left(\mathbf{v} - \mathbf{v}_0\right)",
])
def test_a_wrong_gradient_beside_the_numbered_vector_fails(rhs: str) -> None:
    *_, step = doc_steps(_SHRINK.replace("{rhs}", rhs))
    assert step.verdict.value == "FAILED"


def test_an_unannotated_numbered_entry_is_still_an_entry() -> None:
    text = r"""
Let $\mathbf{v} \in \mathbb{R}^m$.

$$\frac{\partial}{\partial v_0}\left(v_0 \mathbf{1}^\top \mathbf{v}\right) = \mathbf{1}^\top \mathbf{v} + v_0$$
"""
    *_, step = doc_steps(text)
    assert step.verdict.value == "PROVED"
