r"""An equation the notes solve for a name, with the names declared (issue 8 §4; ctx59).

Notes solve a condition in one display: ``2a = b \Rightarrow a = \frac{b}{2}``, or an estimate's
``\sum_i C^T = \sum_i S \Rightarrow C^T = \frac{1}{m}\sum_i S``. With the names undeclared the first
equation was SKIPPED as "an equation joined to others by ⇒ (a condition the notes solve)"; with the names
declared (a ```verify block, a context file) it was FAILED as an identity — a false alarm: the next
equation isolates a name it writes and follows from it as a nonzero multiple, so it cannot be an identity
in that name (an identity would make the solution an identity too) and the notes do not claim one. Such an
equation is now SKIPPED naming the name solved for, and the solution keeps its green (it follows). A wrong
identity joined by ⇒ to something that solves nothing stays FAILED, and so does one whose "solution" does
not follow from it. Small notes written here, in Markdown and in LaTeX.
"""

from __future__ import annotations

import pytest
from support import doc_steps

_MD = r"""
# An estimate

```verify
a, b: real
```

The estimate satisfies

$$2a = b \;\Rightarrow\; a = \frac{b}{2}.$$
"""

_TEX = r"""
\documentclass{article}
\begin{document}
%verify n in {2}
%verify m in {3}
%verify i: index 1..m
%verify C, S: matrix[n x n]
The estimate of the covariance satisfies
\[
  \sum_i C^T = \sum_i S \quad\Rightarrow\quad C^T = \frac{1}{m}\sum_i S .
\]
\end{document}
"""


@pytest.mark.parametrize(("body", "path", "name"), [(_MD, "t.md", "a"), (_TEX, "t.tex", "C")])
def test_a_declared_equation_the_next_one_solves_is_a_condition_not_a_failed_identity(
    body: str, path: str, name: str
) -> None:
    steps = doc_steps(body, path)
    assert len(steps) == 2, [(s.verdict, s.message) for s in steps]
    first, solved = steps
    assert first.verdict.name == "SKIPPED", (first.verdict, first.message)
    assert f"an equation the notes solve for {name}" in first.message, first.message
    assert solved.verdict.name == "PROVED", (solved.verdict, solved.message)


def test_a_wrong_identity_joined_to_no_solution_stays_failed() -> None:
    steps = doc_steps(r"""
    ```verify
    a, b: real
    ```

    Expanding,

    $$(a + b)^2 = a^2 + b^2 \;\Rightarrow\; (a + b)^2 - a^2 = b^2.$$
    """)
    assert steps[0].verdict.name == "FAILED", (steps[0].verdict, steps[0].message)


def test_an_equation_whose_written_solution_does_not_follow_stays_failed() -> None:
    # a = 2b is no multiple of 2a = b: the display's mistake is not hidden
    steps = doc_steps(r"""
    ```verify
    a, b: real
    ```

    The estimate satisfies

    $$2a = b \;\Rightarrow\; a = 2b.$$
    """)
    assert "FAILED" in {s.verdict.name for s in steps}, [(s.verdict, s.message) for s in steps]

