r"""``h'`` beside ``h`` where the notes never call h: the next hidden state, not a derivative (documents.primenames).

A GRU cell ``$$z = \sigma(a_z), \quad h' = (1 - z)\,h + z\,\tilde h$$`` names the new state h'. A letter
written primed and unprimed as operands on a line with no derivative is read as a name of its own
(quantity_primes) — but not for h, f, g, l: the default function letters counted as "defined", so
``\frac{\partial h'}{\partial z}`` was read as the second derivative of an arbitrary h(z), and the
correct update-gate step ``\partial h'/\partial z = \tilde h - h`` FAILED. A default letter the notes
never write before a bracket is a quantity like any other; one they call (``h(x)``) keeps the derivative."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = ("$$z = \\sigma(a), \\quad h' = (1 - z)\\,h + z\\,\\tilde h$$\n\n"
          "$$\\frac{\\partial h'}{\\partial z} = \\frac{\\partial}{\\partial z}\\left((1 - z)h + z\\tilde h\\right)"
          " = {right}$$\n")


def _steps(text: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message or "") for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_the_update_gate_step_is_not_failed() -> None:
    steps = _steps(_NOTES.replace("{right}", "\\tilde h - h"))
    assert all(v is not Verdict.FAILED for v, _ in steps), steps
    assert steps[-1][0] in (Verdict.PROVED, Verdict.PASSED), steps[-1]


def test_a_sign_slip_in_the_update_gate_fails() -> None:
    steps = _steps(_NOTES.replace("{right}", "h - \\tilde h"))
    assert steps[-1][0] is Verdict.FAILED, steps[-1]


def test_a_called_letter_keeps_the_derivative() -> None:
    text = "Let $h(x) = x^3$.\n\n$$h'(x) = 3x^2$$\n\n$$h' - 3x^2 = 0 \\cdot h$$\n"
    steps = _steps(text)
    assert all(v is not Verdict.FAILED for v, _ in steps), steps
