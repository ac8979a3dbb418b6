r"""A family of vectors annotated once is annotated for every index letter (documents.familyshapes).

"Let the data $x_1, \dots, x_n \in \mathbb{R}^d$" (or "$x_i \in \mathbb{R}^d$") and then a chain over
``\sum_{j=1}^n (w^\top x_j)^2``: only the literal keys x_1, x_n (or x_i) were annotated, so x_j was an entry
of a vector x, ``w^\top x_j`` a row, and the step (a 1/n dropped) SKIPPED "the shapes … do not fit". The
annotation is of the family: every sample is a d-vector, whatever letter indexes it."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.familyshapes import with_family_letters
from verifier.results import Verdict

_NOTES = ("Let the data {DATA} be centred and $w \\in \\mathbb{R}^d$.\n\n"
          "$$\\frac{1}{n}\\sum_{j=1}^n \\left(w^\\top x_j\\right)^2 = "
          "w^\\top \\left({FACTOR}\\sum_{j=1}^n x_j x_j^\\top\\right) w$$\n")


@pytest.mark.parametrize("data", ["$x_1, \\dots, x_n \\in \\mathbb{R}^d$", "$x_i \\in \\mathbb{R}^d$"])
def test_a_dropped_factor_is_failed(data: str) -> None:
    step = doc_steps(_NOTES.replace("{DATA}", data).replace("{FACTOR}", ""))[-1]
    assert step.verdict is Verdict.FAILED, step.message


@pytest.mark.parametrize("data", ["$x_1, \\dots, x_n \\in \\mathbb{R}^d$", "$x_i \\in \\mathbb{R}^d$"])
def test_the_right_step_is_proved(data: str) -> None:
    step = doc_steps(_NOTES.replace("{DATA}", data).replace("{FACTOR}", "\\frac{1}{n}"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_only_families_are_generalised() -> None:
    d = ("d",)
    shapes = with_family_letters({("x", ("1",)): d, ("x", ("n",)): d, ("W", ("1",)): ("m", "n"),
                                  ("v", ()): d, ("v", ("i",)): ()})
    assert shapes[("x", ("j",))] == d and ("W", ("j",)) not in shapes and shapes.get(("v", ("j",))) is None
