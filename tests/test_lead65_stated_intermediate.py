"""A defined quantity the prose gives a value: the worked step read at it, in place of its definition (lead65).

"Let $z = w^\\top x$, $p = \\sigma(z)$ and $\\ell = -y \\log p - (1 - y)\\log(1 - p)$. For $y = 1$ and $p = 0.8$ the
loss is $\\ell = -\\log 0.8$": the step reaches w and x through p's definition and the notes never give them, so it
was SKIPPED "a worked number against a definition over w, x, y, whose values the notes give only in prose".
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import StepResult

NOTE = """# Binary cross-entropy

Let $x, w \\in \\mathbb{R}^d$, $z = w^\\top x$, $p = \\sigma(z)$ and

$$
\\ell = -y \\log p - (1 - y) \\log(1 - p).
$$

For $y = 1$ and $p = 0.8$ the loss is $\\ell = LOSS$.
"""


def _last(loss: str) -> StepResult:
    return doc_steps(NOTE.replace("LOSS", loss))[-1]


def test_a_right_loss_at_the_stated_probability_is_proved() -> None:
    r = _last("-\\log 0.8")
    assert r.verdict.value == "PROVED" and "value the notes state for p" in (r.message or "")


@pytest.mark.parametrize("loss", ["-\\log 0.2", "\\log 0.8", "-2\\log 0.8"])
def test_a_wrong_loss_at_the_stated_probability_is_not_green(loss: str) -> None:
    assert _last(loss).verdict.value not in ("PROVED", "PASSED")


def test_a_value_stated_after_the_step_on_its_line_is_another_examples() -> None:
    # review65: "For $p = 0.5$ the loss is $\ell = -\log 0.8$, and for $p = 0.8$ it is …": the 0.8 after the first
    # (wrong) loss is the second example's, not the value the first is read at
    note = NOTE.replace(
        "For $y = 1$ and $p = 0.8$ the loss is $\\ell = LOSS$.",
        "For $y = 1$ and $p = 0.5$ the loss is $\\ell = -\\log 0.8$, and for $y = 1$ and $p = 0.8$ it is "
        "$\\ell = -\\log 0.8$.",
    )
    assert all(
        s.verdict.value not in ("PROVED", "PASSED") for s in doc_steps(note) if s.rhs_latex.strip() == "-\\log 0.8"
    )
