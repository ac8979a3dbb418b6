r"""An inline definition in the middle of a prose line holds for the formulas after it on that line.

"In vector form, $\nabla_z \ell = p - y$. With weights $z = W x$ ($W \in \mathbb{R}^{K\times d}$),
$\nabla_W \ell = (p - y) x^\top$." — a paragraph written on one line, as Markdown notes often are. A
definition held for the chains of its line only when it opened the line (documents.sameline), so
the gradient by W was read without ``z = W x``: W and x "on one side only", SKIPPED, the right and the
wrong gradient alike. Now a definition written mid-line holds for the formulas after it on that line;
the formulas before it are read without it, as before."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
Let $p = \operatorname{softmax}(z)$ and $y$ a one-hot vector, with the loss $\ell = -\sum_k y_k \log p_k$.

In vector form, $\nabla_z \ell = p - y$. With $z = W x$, $W \in \mathbb{R}^{K \times d}$, $\nabla_W \ell = GRAD$.
"""


def test_a_gradient_after_a_mid_line_definition_is_checked() -> None:
    steps = doc_steps(_NOTE.replace("GRAD", r"(p - y) x^\top"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_a_wrong_gradient_after_it_fails() -> None:
    steps = doc_steps(_NOTE.replace("GRAD", r"(y - p) x^\top"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_the_formula_before_the_definition_is_read_without_it() -> None:
    # z is the variable of the first gradient: read through z = W x it would have no meaning
    note = _NOTE.replace("GRAD", r"(p - y) x^\top").replace(r"\nabla_z \ell = p - y", r"\nabla_z \ell = y - p")
    steps = doc_steps(note)
    assert steps[0].verdict.value == "FAILED", steps[0].message
