r"""A stated size order keeps a sum's bound varied (review21b).

A named size that bounds a sum is checked at two values (a closed form right at one size only must not
pass). "with $n < d$" swapped whole default tuples between the two sizes, so the bound n took d's single
value 2 and a gradient missing its factor 2/n was PROVED (2/n = 1 at n = 2). Every example is written
here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Wide regression

Let $X \in \mathbb{R}^{n \times d}$ hold the inputs and $y \in \mathbb{R}^n$ the targets{order}.

$$\frac{d}{dw} \frac{1}{n}\sum_{i=1}^n (y_i - w X_{i1})^2 = {rhs}$$
"""


def _step(order: str, rhs: str):
    return doc_steps(_NOTES.replace("{order}", order).replace("{rhs}", rhs))[-1]


def test_a_dropped_two_over_n_is_not_green_when_the_notes_order_the_sizes() -> None:
    step = _step(", with $n < d$", r"-\sum_{i=1}^n X_{i1}(y_i - w X_{i1})")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_right_gradient_stays_proved_with_the_sizes_ordered() -> None:
    step = _step(", with $n < d$", r"-\frac{2}{n}\sum_{i=1}^n X_{i1}(y_i - w X_{i1})")
    assert step.verdict is Verdict.PROVED, step.message
    assert "n < d" in step.message or "ordered" in step.message or "checked at 2 and 4" in step.message


def test_ordered_values_keeps_each_spread_and_the_entries_written() -> None:
    from verifier.documents.sizeorder import ordered_values

    assert ordered_values("n<d", {"n": (3, 5), "d": (2,)}) == {"n": (2, 4), "d": (5,)}
    assert ordered_values("n<d", {"n": (3,), "d": (2,)}) == {"n": (2,), "d": (3,)}
    # n's entries are written up to 3: it is not moved below, d is raised above it
    assert ordered_values("n<d", {"n": (3,), "d": (2,)}, {"n": 3}) == {"n": (3,), "d": (4,)}
    assert ordered_values("n<d", {"n": (2,), "d": (3,)}) == {"n": (2,), "d": (3,)}
