r"""A shape stated in words belongs to the sentence's subject, not to the last name before "is" (review23b).

variants16 reads "$W$ is $d \times m$" as W's shape. In "the product of $C$ and $D$ is $m \times p$" or
"the Jacobian of $f$ with respect to $x$ is $m \times n$" the shape is the product's or the Jacobian's,
not D's or x's: read as D's, a correct step was SKIPPED ("holds only with C square"). Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.annotations import annotated_shapes
from verifier.results import Verdict


def _shapes(text: str) -> dict[tuple[str, tuple[str, ...]], tuple[object, ...]]:
    return {key: dims for _, key, dims in annotated_shapes(text)}


def test_a_name_after_of_and_or_to_is_not_the_subject() -> None:
    assert ("D", ()) not in _shapes(r"The product of $C$ and $D$ is $m \times p$.")
    assert ("x", ()) not in _shapes(r"The Jacobian of $f$ with respect to $x$ is $m \times n$.")
    assert ("W", ()) in _shapes(r"Here $x$ is $1 \times d$ and $W$ is $d \times m$.")
    assert ("W", ()) in _shapes(r"Let $W$ be a $d \times m$ matrix.")


_NOTES = r"""
The product of $C$ and $D$ is $m \times p$, with $C \in \mathbb{R}^{m \times q}$, $u \in \mathbb{R}^p$ and
$v \in \mathbb{R}^m$.

$$\frac{\partial (v^T C D u)}{\partial u} = {rhs}$$
"""


def test_a_step_with_the_products_shape_is_checked() -> None:
    assert doc_steps(_NOTES.replace("{rhs}", "D^T C^T v"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_NOTES.replace("{rhs}", "D C^T v"))[-1].verdict is Verdict.FAILED  # missing transpose
