r"""A high power of a matrix of unknowns is refused when resolved, not expanded for a minute (redteam38).

``\operatorname{tr}(A^{12}) = 3`` (A undeclared, inferred a square matrix) was a TIMEOUT after 60 s "during
reading the members", and ``A^{20}`` took 2 GB on the way: the resolver expanded the power of a 3×3 matrix of
symbols, entries of degree 20 in nine unknowns. A matrix with symbolic entries is raised only up to the power
an explicit matrix is (``latex.matrixpowers.MAX_POWER``); past it the member is refused, said why, and the step
is SKIPPED at once. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_SQUARE = "Let $A \\in \\mathbb{R}^{3 \\times 3}$.\n\n"


def test_a_high_power_of_unknowns_is_skipped_and_said() -> None:
    (step,) = doc_steps(_SQUARE + r"$$\operatorname{tr}(A^{20}) = 3$$")
    assert step.verdict.value == "SKIPPED" and "power 20" in step.message, step.message


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(_SQUARE + "$$" + display + "$$")]


def test_a_low_power_is_still_checked() -> None:
    assert _verdicts(r"\operatorname{tr}(A^{3}) = \operatorname{tr}(A A A)") == ["PROVED"]
    assert _verdicts(r"\operatorname{tr}(A^{3}) = \operatorname{tr}(A)^3") == ["FAILED"]
