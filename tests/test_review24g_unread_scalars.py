r"""review24g: "$z$ is the normalized input" (batch norm) states no unit vector: a step whose names are all
scalars cannot rest on a matrix or vector property, and its mistake stays FAILED (documents.unreadhypotheses)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict


def _first(text: str) -> Verdict:
    return next(s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps)


def test_a_normalized_scalar_does_not_excuse_a_sign_flip() -> None:
    text = ("# Batch norm\n\nLet $z = (x - \\mu)/s$, where $z$ is the normalized input, and $L = \\frac12 z^2$.\n\n"
            "$$\\frac{\\partial L}{\\partial \\mu} = RHS$$\n")
    assert _first(text.replace("RHS", "\\frac{z}{s}")) is Verdict.FAILED
    assert _first(text.replace("RHS", "-\\frac{z}{s}")) is Verdict.PROVED


def test_a_unit_vector_still_keeps_its_step_from_failed() -> None:
    text = ("# Norms\n\nLet $u \\in \\mathbb{R}^3$ be a unit vector and $f(u) = u^T u + 1$.\n\n"
            "$$f(u) = 2$$\n")
    assert _first(text) is Verdict.SKIPPED
