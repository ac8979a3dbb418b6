r"""``y\,\mathbf{w}^\top\mathbf{x}``: a scalar in front of an inner product does not stop wᵀ and x from
having one length (the hinge-loss gradient was SKIPPED: w and x were given different sizes). Every
example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.check import check_text
from verifier.engine import Settings


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


TEX = r"""\documentclass{article}
\usepackage{amsmath,amssymb}
\newcommand{\bw}{\mathbf{w}}
\begin{document}
Let $X \in \mathbb{R}^{n \times d}$ be the data, $\mathbf{y} \in \{0,1\}^n$ the labels and $\bw \in \mathbb{R}^d$.
\begin{equation}
J(\bw) = -\frac{1}{n}\sum_{i=1}^n \left[ y_i \log \sigma(\mathbf{x}_i^\top \bw)
+ (1-y_i)\log(1-\sigma(\mathbf{x}_i^\top\bw)) \right]
\end{equation}
Since $\sigma'(t) = \sigma(t)(1-\sigma(t))$ we get
\begin{eqnarray}
\nabla_\bw J &=& -\frac{1}{n}\sum_{i=1}^n \left[ y_i (1-\sigma(\mathbf{x}_i^\top\bw))
- (1-y_i)\sigma(\mathbf{x}_i^\top\bw) \right]\mathbf{x}_i
\end{eqnarray}
\end{document}
"""


@pytest.mark.slow(20)
def test_an_entry_before_a_vector_keeps_its_sizes_apart() -> None:
    check = check_text(TEX, "hw.tex", Settings(points=30))
    steps = [s for c in check.chains for s in c.result.steps]
    message = steps[-1].message or ""
    assert steps[-1].verdict.value == "PROVED", message
    assert "w: a vector[d]" in message, message
