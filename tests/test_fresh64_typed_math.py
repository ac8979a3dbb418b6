r"""Unicode math typed in a Markdown note without ``$`` (fresh64): in a code span, a plain fenced block, a line.

Students who type notes without LaTeX write ```σ′(x) = σ(x)(1 − σ(x))``` in backticks, a few lines of
``∂L/∂w = (ŷ − y)·x`` in a fenced block with no language, or ``f′(x) = 4(3x² + 1)³ · 6x`` on a line of its
own. markdown-it reads the first two as code and the third as prose, so the note was "0 steps found" and a
wrong formula passed unseen. Now each is read as ``$…$`` when it is unmistakably typed math (an equation,
a character of Unicode math no code writes, no word of prose, nothing of code); code and prose stay as
they were. Every example is written here."""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_SPAN = """# sigmoid cheat sheet

derivative:

`σ′(x) = e^(−x)/(1 + e^(−x))² = {rhs}`
"""


@pytest.mark.parametrize(("rhs", "last"), [("σ(x)(1 − σ(x))", "PROVED"), ("σ(x)(1 + σ(x))", "FAILED")])
def test_a_code_span_of_typed_math_is_checked(rhs: str, last: str) -> None:
    text = _SPAN.replace("{rhs}", rhs)
    assert verdicts_by_line(text)[line_of(text, "σ′(x)")][-1] == last


_FENCED = """# linear regression by hand

Data: two points, start at zero.

```
∂J/∂w = (2/2)·((0 − 2)·1 + (0 − 3)·2) = {w}
∂J/∂b = (2/2)·((0 − 2) + (0 − 3)) = −5
```
"""


@pytest.mark.parametrize(("w", "verdict"), [("−8", "PROVED"), ("−5", "FAILED")])
def test_each_line_of_a_plain_fenced_block_of_typed_math_is_a_step(w: str, verdict: str) -> None:
    text = _FENCED.replace("{w}", w)
    found = verdicts_by_line(text)
    assert found[line_of(text, "∂J/∂w")][-1] == verdict
    assert found[line_of(text, "∂J/∂b")][-1] == "PROVED"


_LINES = """# chain rule practice

**1.** f(x) = (3x² + 1)⁴

f′(x) = 4(3x² + 1)³ · 6x = {rhs}
"""


@pytest.mark.parametrize(("rhs", "last"), [("24x(3x² + 1)³", "PROVED"), ("24(3x² + 1)³", "FAILED")])
def test_a_line_that_is_wholly_typed_math_is_read_with_its_definition(rhs: str, last: str) -> None:
    text = _LINES.replace("{rhs}", rhs)
    found = verdicts_by_line(text)
    assert found[line_of(text, "f′(x)")] == ["PROVED", last]


def test_a_typed_root_takes_the_whole_bracket() -> None:
    text = "# roots\n\n$h(x) = √(1 + x²)$\n\nThen $h′(x) = x/√(1 + x²)$ and $h′(x) = 2x/√(1 + x²)$.\n"
    assert verdicts_by_line(text)[line_of(text, "Then")] == ["PROVED", "FAILED"]


@pytest.mark.parametrize(
    "text",
    [
        "x = x − η·g",  # code's update of a name by itself
        "y_hat = np.exp(−z)",  # attribute access
        "σ = 1/(1 + exp(-x))",  # no character of typed math: a Greek name is a Python or Julia name
        "the loss is L = ½(ŷ − y)²",  # prose
        "at x = 1: f′(1) = 24 × 1 × 4³",  # prose ("at")
        r"\sigma′(x) = \sigma(x)",  # LaTeX source shown as code
        "if x² == 4: print(x)",  # code
        "ŷ − y",  # no equation
    ],
)
def test_code_and_prose_are_not_typed_formulas(text: str) -> None:
    from verifier.documents.typedmath import is_typed_formula

    assert not is_typed_formula(text)


def test_code_prose_and_display_math_stay_as_written() -> None:
    from verifier.documents.typedmath import typed_math

    text = (
        "# code\n\n```python\nx² = 4  # σ′\n```\n\nThe loss is L = ½(ŷ − y)² here.\n\n"
        "$$\nσ′(x) = σ(x)(1 − σ(x))\n$$\n\n``a·b = c`` and `np.dot(a, b) = c`\n"
    )
    assert typed_math(text) == text


def test_a_notes_code_with_unicode_makes_no_step() -> None:
    text = "# code\n\n```python\nσ = lambda x: 1 / (1 + np.exp(-x))\nx = x − 0.1 * g  # −\n```\n\n`x = x − η·g`\n"
    assert verdicts_by_line(text) == {}
