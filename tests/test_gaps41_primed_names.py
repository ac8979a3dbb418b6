r"""A primed letter read as a name is defined by ``w' = …`` like any name (gaps41).

``w' = w - \eta g`` (the updated weight; the line writes w and w', so documents.primenames reads w' as a name of
its own) was never learned: the head ``w'`` could not be read as a definition's name ("a prime needs the
differentiation variable"), so ``(w' - 3)^2 = (1 - 2\eta)^2 (w - 3)^2`` was SKIPPED (w' on one side only) and a
slip in it too. Now w' is defined for the lines after it; ``y'`` and ``\sigma'(z)`` of a derivative stay
derivatives."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.documents.primenames import primed_head

_NOTE = ("# One step\n\nThe loss is $L(w) = (w - 3)^2$, with gradient $g = 2(w - 3)$.\n\n"
         "One gradient step gives the new weight\n\n$$w' = w - \\eta g = w - 2\\eta(w - 3).$$\n\n"
         "The loss at the new weight:\n\n$$L(w') = (w' - 3)^2 = FACTOR^2 (w - 3)^2$$\n")


def test_the_primed_head_is_read_as_the_name() -> None:
    assert primed_head("w'", sp.Symbol("wprime")) == "\\mathit{wprime}"
    assert primed_head(" w ' ", sp.Symbol("wprime")) == "\\mathit{wprime}"
    assert primed_head("w'", sp.Symbol("w")) is None  # the parser read a derivative
    assert primed_head("f'(x)", sp.Symbol("fprime")) is None


def test_a_step_through_the_new_weight_is_checked() -> None:
    lines = verdicts_by_line(_NOTE.replace("FACTOR", "(1 - 2\\eta)"))
    assert lines[7] == ["SKIPPED", "PROVED"], lines  # defines w'
    assert lines[11] == ["PROVED", "PROVED"], lines
    wrong = verdicts_by_line(_NOTE.replace("FACTOR", "(1 - \\eta)"))
    assert wrong[11] == ["PROVED", "FAILED"], wrong


def test_a_derivative_prime_stays_a_derivative() -> None:
    text = ("# Derivatives\n\nLet $y = x^3 + x$. Then\n\n$$y' = 3x^2$$\n\n"
            "and for $\\sigma(z) = \\frac{1}{1 + e^{-z}}$, $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$.\n")
    lines = verdicts_by_line(text)
    # y' read as a derivative, never a name defined as 3x²: by x, the one letter of y's definition (red69,
    # documents.primednames), where it is wrong (dy/dx = 3x² + 1); before, with no variable, SKIPPED
    assert lines[5] == ["FAILED"], lines
    assert lines[7][-1] == "PROVED", lines
