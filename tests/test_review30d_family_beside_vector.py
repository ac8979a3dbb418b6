r"""A letter annotated as a vector of another length is no family of samples (review30d).

read18 made ``x_i \in \mathbb{R}^d`` of one section a family of samples for the whole notes: in a later
section "Let $x \in \mathbb{R}^2$ and $f(x) = x_1^2 + 3 x_1 x_2$" x_1 and x_2, entries of x, were read as
samples of length d: the correct gradient was SKIPPED, and its wrong variant (a 3 x_2 for 3 x_1) no longer
FAILED. A letter annotated whole as a vector of another length is left as before read18.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Data

We have samples $x_1, \\dots, x_n$, each $x_i \\in \\mathbb{R}^d$, and weights $w \\in \\mathbb{R}^d$.

$$\\frac{\\partial}{\\partial w} \\sum_{i=1}^n w^T x_i = \\sum_{i=1}^n x_i$$

# A worked gradient

Let $x \\in \\mathbb{R}^2$ and $f(x) = x_1^2 + 3 x_1 x_2$.

$$\\nabla f(x) = \\begin{pmatrix} 2 x_1 + 3 x_2 \\\\ {second} \\end{pmatrix}$$
"""


def test_entries_of_a_vector_of_another_length_are_no_samples() -> None:
    right = doc_steps(_NOTES.replace("{second}", "3 x_1"))
    assert right[0].verdict in (Verdict.PROVED, Verdict.PASSED), right[0].message
    assert right[-1].verdict in (Verdict.PROVED, Verdict.PASSED), right[-1].message
    wrong = doc_steps(_NOTES.replace("{second}", "3 x_2"))[-1]
    assert wrong.verdict is Verdict.FAILED, wrong.message


def test_a_point_of_the_samples_length_keeps_the_family() -> None:
    notes = ("# Kernels\n\nLet $x \\in \\mathbb{R}^d$ and samples $x_i \\in \\mathbb{R}^d$, $i = 1, \\dots, n$, with "
             "weights $\\alpha_i$.\n\n$$\\nabla_x \\sum_{i=1}^n \\alpha_i x_i^T x = \\sum_{i=1}^n \\alpha_i x_i$$\n")
    r = doc_steps(notes)[-1]
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message
