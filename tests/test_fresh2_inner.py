r"""``y\,\mathbf{w}^\top\mathbf{x}``: a scalar in front of an inner product does not stop wᵀ and x from
having one length (the hinge-loss gradient was SKIPPED: w and x were given different sizes). Every
example is written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


LHS = r"\nabla_{\mathbf{w}} \left(\frac{\lambda}{2}\|\mathbf{w}\|^2 + 1 - y\,\mathbf{w}^\top\mathbf{x}\right)"


def test_hinge_gradient_with_a_label_in_front() -> None:
    assert _verdicts("$$" + LHS + r" = \lambda\mathbf{w} - y\,\mathbf{x}$$") == ["PROVED"]


def test_a_dropped_label_is_found() -> None:
    body = r"""
    The objective is $J(\mathbf{w}) = \frac{\lambda}{2}\|\mathbf{w}\|^2 + 1 - y\,\mathbf{w}^\top\mathbf{x}$ and

    $$\nabla_{\mathbf{w}} J(\mathbf{w}) = \lambda\mathbf{w} - \mathbf{x}$$
    """
    assert _verdicts(body) == ["FAILED"]
