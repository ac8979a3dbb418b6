r"""A family annotated at an index letter is a family at its numbered members too (gaps56).

"Each class has a mean $\mu_k \in \mathbb{R}^d$" and then the boundary between classes 1 and 2,
``\nabla_x\big(x^\top \Sigma^{-1}(\mu_1 - \mu_2)\big) = \Sigma^{-1}(\mu_1 - \mu_2)``: the annotation was given to
μ at every index letter (documents.familyshapes) but not to μ_1 and μ_2, read as two numbers of their own, so the
right step was SKIPPED ("the shapes inferred … do not fit") and its sign slip with it. The numbered members are
members of the family; a member the notes annotate apart keeps its own shape.
"""

from __future__ import annotations

from support import doc_steps

NOTE = r"""Each class $k$ has a mean $\mu_k \in \mathbb{R}^d$ and the classes share a covariance $\Sigma$
(symmetric positive definite). With $x \in \mathbb{R}^d$ the score of class $k$ is linear in $x$:

$$
s_k(x) = x^\top \Sigma^{-1} \mu_k - \tfrac12 \mu_k^\top \Sigma^{-1} \mu_k
$$

The normal of the boundary between classes 1 and 2 is

$$
\nabla_x\left(x^\top \Sigma^{-1}(\mu_1 - \mu_2)\right) = RIGHT
$$
"""


def _last(right: str) -> object:
    return doc_steps(NOTE.replace("RIGHT", right))[-1]


def test_the_right_normal_is_green() -> None:
    step = _last(r"\Sigma^{-1}(\mu_1 - \mu_2)")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_its_sign_slip_is_failed() -> None:
    step = _last(r"\Sigma^{-1}(\mu_2 - \mu_1)")
    assert step.verdict.value == "FAILED", step.message


def test_a_member_annotated_apart_keeps_its_shape() -> None:
    from verifier.documents.familyshapes import with_family_letters

    assert with_family_letters({("w", ("k",)): ("d",)}, "$w_1$ and $w_{2}$")[("w", ("1",))] == ("d",)
    assert ("w", ("3",)) not in with_family_letters({("w", ("k",)): ("d",)}, "$w_1$ and $w_{2}$")
    assert with_family_letters({("w", ("k",)): ("d",), ("w", ("0",)): ()})[("w", ("0",))] == ()
    assert with_family_letters({("w", ("k",)): ("d",), ("w", ("0",)): ("n",)})[("w", ("0",))] == ("n",)
