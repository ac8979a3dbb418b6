r"""A subscript written in another problem does not make a univariate density's variable a vector.

"**Q1.** … $\frac{dL}{dw} = -\frac{2}{N}\sum_n x_n (y_n - w x_n)$. **Q2.** $\frac{\partial}{\partial\mu}
\log \mathcal{N}(x; \mu, \sigma^2) = \frac{x - \mu}{\sigma^2}$" — x_n of the first problem made x a vector
in the second ("written with a subscript elsewhere in the notes"), μ the mean of a vector, σ² no
covariance matrix: SKIPPED, the right and the wrong derivative alike. A subscript counts from the chain's
own part, and from another part only where the chain does not use the name as a number
(documents.docsubscripts)."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
**Q1.** For $L(w) = \frac{1}{N}\sum_{n=1}^N (y_n - w x_n)^2$,
we get $\frac{dL}{dw} = -\frac{2}{N}\sum_{n=1}^N x_n (y_n - w x_n)$.

**Q2.** $\frac{\partial}{\partial \mu} \log \mathcal{N}(x; \mu, \sigma^2) = RIGHT$.
"""


def test_a_univariate_density_in_the_next_problem_is_checked() -> None:
    steps = doc_steps(_NOTE.replace("RIGHT", r"\frac{x - \mu}{\sigma^2}"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_a_wrong_derivative_there_fails() -> None:
    steps = doc_steps(_NOTE.replace("RIGHT", r"\frac{\mu - x}{\sigma^2}"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_a_subscript_in_the_same_problem_still_makes_a_vector() -> None:
    note = r"""
Let $s = \sum_{i=1}^n x_i$. Then $\nabla_x \|x\|^2 = 2x$ and $\frac{\partial s}{\partial x_j} = 1$.
"""
    steps = doc_steps(note)
    assert all(s.verdict.value == "PROVED" for s in steps), [s.message for s in steps]
    assert "vector" in steps[0].message, steps[0].message


def test_a_transpose_in_another_problem_does_not_make_a_number_a_vector() -> None:
    note = r"""
**Q1.** $\nabla_x (x^\top x) = 2x$.

**Q2.** Let $f(x, y) = x^2 y$. Then $\nabla f(x, y) = \begin{pmatrix} 2xy \\ x^2 \end{pmatrix}$.
"""
    steps = doc_steps(note)
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]
