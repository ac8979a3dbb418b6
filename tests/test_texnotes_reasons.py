"""Reasons of SKIPPED steps say what the notes actually do, on small LaTeX notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_LOSS = (
    "\\documentclass{article}\n\\begin{document}\nWe use a square loss\n"
    "\\[\nL(y, y^*) = \\frac{1}{2}(y-y^*)^2.\n\\]\nThen\n"
    "\\[\n\\frac{\\partial L}{\\partial w_{01}} = -3.437\n\\]\n\\end{document}\n"
)


def test_a_defined_loss_set_aside_on_a_line_is_not_called_undefined() -> None:
    """L(y, y^*) is defined; a line writing ∂L/∂w_{01} (none of L's parameters) sets it aside
    (documents.scoping). The step stays SKIPPED, but the reason must not say L is undefined."""
    steps = [s for c in check_text(_LOSS, "notes.tex").chains for s in c.result.steps]
    step = steps[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "not defined in the notes" not in step.message, step.message
    assert "set aside" in step.message and "line 5" in step.message, step.message
