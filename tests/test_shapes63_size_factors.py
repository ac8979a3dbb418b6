r"""shapes63: a sum's bound written as a factor (``\frac1N \sum_{n=1}^N …``) is a size, a number.

The inference read ``1/N`` as of unknown shape while N was still open, so the shape of
``S = \frac1N\sum_n \mathbf{x}_n\mathbf{x}_n^\top`` never reached S, and ``\mathbf{u}^\top S\mathbf{u}``
did not make u as long as the samples: PCA's Lagrangian was SKIPPED ("a 1×3 factor times a 2×2 factor")."""

from __future__ import annotations

from support import doc_steps, verdicts_by_line

PCA = r"""# PCA

Let $S = \frac{{1}}{{N}}\sum_{{n=1}}^N \mathbf{{x}}_n \mathbf{{x}}_n^\top$ be the covariance. We maximise
$\mathbf{{u}}^\top S \mathbf{{u}}$ subject to $\mathbf{{u}}^\top\mathbf{{u}} = 1$:
$$
\mathcal{{L}}(\mathbf{{u}}, \lambda) = \mathbf{{u}}^\top S \mathbf{{u}} + \lambda(1 - \mathbf{{u}}^\top \mathbf{{u}}).
$$
Its gradient is
$$
\nabla_{{\mathbf{{u}}}} \mathcal{{L}} = {gradient},
$$
which is zero when $S\mathbf{{u}} = \lambda\mathbf{{u}}$. The variance along it is
$\mathbf{{u}}^\top S\mathbf{{u}} = {value} = \lambda$.
"""

RIGHT = {"gradient": r"2S\mathbf{u} - 2\lambda \mathbf{u}", "value": r"\lambda \mathbf{u}^\top \mathbf{u}"}


def _verdicts(**wrong: str) -> tuple[list[str], list[str]]:
    text = PCA.format(**{**RIGHT, **wrong})
    v = verdicts_by_line(text)
    return v[10], v[13]


def test_pca_gradient_is_checked() -> None:
    assert _verdicts()[0] in (["PROVED"], ["PASSED"])


def test_pca_quotient_is_not_skipped_for_shapes() -> None:
    # uᵀSu = λuᵀu holds at an eigenvector only (Su = λu, said in the prose): not an identity, so not
    # green; but no longer "the shapes inferred … do not fit" (u as long as the samples S is made of)
    steps = doc_steps(PCA.format(**RIGHT))
    value = [s for s in steps if s.lhs.replace(" ", "") == "transpose(u)*S*u"]
    assert value and all("shapes inferred" not in s.message for s in value), [s.message for s in value]


def test_pca_gradient_without_its_two_fails() -> None:
    assert _verdicts(gradient=r"S\mathbf{u} - 2\lambda \mathbf{u}")[0] == ["FAILED"]


def test_pca_gradient_with_a_flipped_sign_fails() -> None:
    assert _verdicts(gradient=r"2S\mathbf{u} + 2\lambda \mathbf{u}")[0] == ["FAILED"]


def test_pca_gradient_with_a_dropped_vector_is_not_green() -> None:
    assert _verdicts(gradient=r"2S - 2\lambda \mathbf{u}")[0] != ["PROVED"]
