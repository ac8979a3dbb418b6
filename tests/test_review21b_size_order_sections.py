r"""A stated size order holds in its own section (review21b).

"When $n < d$ …" in a section about the wide case ordered the sizes of the whole notes: the normal
equations of a sibling section about the tall case were checked with X wide, X^T X singular, and the
correct ``w = (X^T X)^{-1} X^T y`` went PROVED -> SKIPPED. The order now holds from its section's heading
to the next heading of the same or a higher level (an introduction's order reaches its subsections).
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_SIBLINGS = r"""
# Least squares

Here $X \in \mathbb{R}^{n \times d}$ and $y \in \mathbb{R}^n$.

## Tall data

When $X$ has full column rank,

$$w = (X^T X)^{-1} X^T y$$

$$X^T X w = X^T y$$

## Wide data

When $n < d$ the system $Xw = y$ has many solutions.
"""

_NESTED = r"""
# Wide regression

Here $X \in \mathbb{R}^{n \times d}$ and $y \in \mathbb{R}^n$ with $n < d$.

## Normal equations

$$w = (X^T X)^{-1} X^T y$$

$$X^T X w = X^T y$$
"""


def test_an_order_stated_in_a_sibling_section_does_not_reach_the_tall_case() -> None:
    step = doc_steps(_SIBLINGS)[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_an_order_stated_in_the_introduction_reaches_its_subsections() -> None:
    step = doc_steps(_NESTED)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_stated_orders_give_the_lines_they_hold_on() -> None:
    from verifier.documents.sizeorder import stated_orders

    text = "# A\n\n## B\n\nwith $n < d$\n\n### C\n\nx\n\n## D\n\ny\n"
    assert [(o.small, o.large, o.first, o.last) for o in stated_orders(text)] == [("n", "d", 3, 10)]
    assert [(o.first, o.last) for o in stated_orders("intro with $n < d$\n\n# A\n\nx\n")] == [(1, 6)]
