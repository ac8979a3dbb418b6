r"""A size the lead-in mentions is the display's own only when the sentence sets it for that display (review30d).

read18 checked a step at the sizes its lead-in sentence sets ("As a check, for $m = n = 1$ we get"). A sentence
that sets a size for something else, or lists several values, made a wrong general formula green: "For $n =
1$ this is $2ax$; in general $$\nabla_x x^T A x = 2Ax$$", "The gradient, which for $n = 1$ reduces to the
scalar rule, is $$… = A(Ax - b)$$", "For every $n = 1, 2, \dots$ we have $$\sum_{i=1}^n i = n^2$$" were
PROVED (checked at n = 1 only).
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_MATRIX = """# Quadratic forms

Let $A \\in \\mathbb{R}^{n \\times n}$, $b \\in \\mathbb{R}^n$ and $x \\in \\mathbb{R}^n$.

{lead}
$${step}$$
"""


@pytest.mark.parametrize(("lead", "step"), [
    ("For $n = 1$ this is the derivative $2ax$ of $ax^2$; in general", r"\nabla_x x^T A x = 2 A x"),
    ("The gradient, which for $n = 1$ reduces to the scalar rule $a(ax - b)$, is",
     r"\nabla_x \frac12 \|A x - b\|^2 = A (A x - b)"),
    ("The gradient, which for $n = 1$ reduces to the scalar rule, is", r"\nabla_x \frac12 \|A x - b\|^2 = A (A x - b)"),
    ("In general, and in particular for $n = 1$, we have", r"\nabla_x x^T A x = 2 A x"),
    ("For every $n = 1, 2, \\dots$ we have", r"\nabla_x x^T A x = 2 A x"),
])  # fmt: skip
def test_a_wrong_general_formula_is_not_green_at_a_size_set_for_something_else(lead: str, step: str) -> None:
    r = doc_steps(_MATRIX.replace("{lead}", lead).replace("{step}", step))[-1]
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize("lead", [
    "For every $n = 1, 2, \\dots$ we have",
    "The formula holds for $n = 1, 2, 3$ and in fact for all $n$:",
])  # fmt: skip
def test_a_list_of_values_sets_no_size(lead: str) -> None:
    r = doc_steps(f"# Sums\n\n{lead}\n$$\\sum_{{i=1}}^n i = n^2$$\n")[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_special_case_still_checked_at_its_sizes() -> None:
    r = doc_steps(_MATRIX.replace("{lead}", "For $n = 1$, we get").replace("{step}", r"\nabla_x x^T A x = 2 A x"))[-1]
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message


def test_listed_values_are_no_size() -> None:
    from verifier.documents.statedsizes import size_values

    assert size_values("for $n = 1, 2, 3$") == {}
    assert size_values("for every $n = 1, 2, \\dots$") == {}
    assert size_values("where $i = 1, \\dots, n$") == {}
    assert size_values("for n = 1, 2, 3 we") == {}
    assert size_values("Taking $n = 2$, $m = 1$:") == {"n": 2, "m": 1}
