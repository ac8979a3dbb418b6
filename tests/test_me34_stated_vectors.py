r"""A worked example whose inputs are vectors stated inline in the prose.

"For $x = (1, 2)^\top$, $w = (1, 1)^\top$, $y = 1$, $\lambda = 0.1$: $\nabla_w \ell = (3 - 1)(1, 2)^\top
+ 0.1(1, 1)^\top = (2.1, 4.1)^\top$." Before, only the scalars were read from the prose (vectors only from
displays of their own), and the vectors, their size inferred (3 entries), could not take two: the step
was SKIPPED ("a worked number against a definition … whose values the notes give only in prose"). Now the
prose's vectors are hypotheses too, and a stated vector's length is its name's size in that chain
(documents.statedvectors)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.statedvectors import prose_vectors
from verifier.latex.parser import parse_latex
from verifier.results import Verdict

_NOTES = r"""The loss is $\ell(w) = \frac{1}{2}(w^\top x - y)^2 + \frac{\lambda}{2}\|w\|^2$, so

$$\nabla_w \ell = (w^\top x - y)x + \lambda w.$$

For $x = (1, 2)^\top$, $w = (1, 1)^\top$, $y = 1$, $\lambda = 0.1$: $\nabla_w \ell = WORKED$.
"""


def test_the_prose_states_vectors_beside_scalars() -> None:
    text = "For $x = (1, 2)^\\top$, $w = [1, 1]$ and $y = 1$, also $z = (a, 1)$ and $g(1, 2) = 3$."
    assert prose_vectors(text, parse_latex) == [("x", "(1, 2)^\\top", 1), ("w", "[1, 1]", 1)]


def test_a_worked_gradient_is_checked_at_the_stated_vectors() -> None:
    steps = [s for s in doc_steps(_NOTES.replace("WORKED", r"(3 - 1)(1, 2)^\top + 0.1(1, 1)^\top = (2.1, 4.1)^\top"))
             if s.source.endswith(":5")]  # fmt: skip
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]
    assert "x = (1, 2)^\\top" in steps[0].message and "w = (1, 1)^\\top" in steps[0].message


@pytest.mark.parametrize(
    "worked",
    [
        r"(3 - 1)(1, 2)^\top - 0.1(1, 1)^\top = (1.9, 3.9)^\top",  # the penalty's sign flipped
        r"(3 - 1)(1, 1)^\top + 0.1(1, 1)^\top = (2.1, 2.1)^\top",  # w written for x
    ],
)
def test_a_wrong_worked_gradient_at_the_stated_vectors_is_not_green(worked: str) -> None:
    first = next(s for s in doc_steps(_NOTES.replace("WORKED", worked)) if s.source.endswith(":5"))
    assert first.verdict not in (Verdict.PROVED, Verdict.PASSED)
    assert "at the values the notes state" in first.message
