r"""The cue that makes an ``\approx`` rough must be about the approximation (rounding36; review35a left it).

documents.roughapprox read any of its words in the two lines before a chain: "Expanding the square …" (an
algebraic expansion, no approximation) or "A second-order method needs the Hessian." (another sentence) made
a wrong worked value SKIPPED "not an equality". The cue is now read in the sentence that leads into the chain
(the chain's own sentence for an inline formula), and an expansion counts only as one of an order or a series
(first order, Taylor, linearising, expanding around a point); poor, rough, crude still count as they are.
"""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("before", [
    "Expanding the square and using the numbers above,",
    "A second-order method needs the Hessian. We evaluate",
    "Taylor series are not needed here. The exponential at a tenth is",
    "We linearised the loss in the last section. Now the exact value:",
    "Expanding $(a + b)^2$ and collecting terms, the next value is",
])
def test_a_cue_about_something_else_leaves_the_worked_value_checked(before: str) -> None:
    steps = doc_steps(f"# S\n\n{before}\n$$e^{{0.1}} \\approx 1.15$$\n")
    assert steps[0].verdict.value == "FAILED", [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("before", [
    "Expanding to first order,",
    "Expanding the exponential around zero,",
    "To first order",
    "Linearising about zero,",
    "A first-order Taylor expansion gives",
    "The first-order approximation is poor this far out:",
    "A crude estimate:",
    "Roughly,",
])
def test_a_cue_about_the_approximation_keeps_it_unchecked(before: str) -> None:
    steps = doc_steps(f"# S\n\n{before}\n$$\\sigma(2) \\approx 0.5 + 0.5 = 1.0$$\n")
    assert steps[0].verdict.value == "SKIPPED", [(s.verdict, s.message) for s in steps]


def test_an_inline_approximation_its_own_sentence_calls_rough_is_unchecked() -> None:
    steps = doc_steps("# S\n\nSo $\\sigma(2) \\approx 0.5 + 0.5 = 1.0$ is only a rough estimate here.\n")
    first = next(s for s in steps if s.lhs_latex.startswith("\\sigma"))
    assert first.verdict.value == "SKIPPED", [(s.verdict, s.message) for s in steps]


def test_an_inline_approximation_after_a_rough_sentence_is_checked() -> None:
    steps = doc_steps("# S\n\nThat bound was rough. So $\\sigma(2) \\approx 0.95$ here.\n")
    first = next(s for s in steps if s.lhs_latex.startswith("\\sigma"))
    assert first.verdict.value == "FAILED", [(s.verdict, s.message) for s in steps]
