r"""Parameters after a ';' left out: ``p(y; \lambda)`` defined, ``p(y)`` written (verifier.documents.semicolon)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.semicolon import after_semicolon

GREEN = ("PROVED", "PASSED")
PROSE = r"Let $p(y; \lambda) = \lambda e^{-\lambda y}$ be the density."


def _one(latex: str, prose: str = PROSE):
    steps = doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


@pytest.mark.parametrize(
    ("head", "count"),
    [(r"p(y; \lambda)", 1), (r"p\left(y;\theta, \phi\right)", 2), (r"p(y, \lambda)", 0), (r"p(y)", 0),
     (r"p(a; b; c)", 0)],
)  # fmt: skip
def test_the_parameters_after_the_semicolon_are_counted(head: str, count: int) -> None:
    assert after_semicolon(head) == count


def test_the_left_out_parameter_is_the_one_in_force() -> None:
    r = _one(r"\log p(y) = \log\lambda - \lambda y")
    assert r.verdict.value in GREEN
    assert "left out after the ';'" in r.message


def test_a_wrong_step_with_the_parameter_left_out_is_not_green() -> None:
    assert _one(r"\log p(y) = \log\lambda + \lambda y").verdict.value not in GREEN


def test_only_a_parameter_after_a_semicolon_is_filled_in() -> None:
    r = _one(r"\log q(y) = \log\lambda - \lambda y", r"Let $q(y, \lambda) = \lambda e^{-\lambda y}$.")
    assert r.verdict.value == "SKIPPED"


def test_the_argument_may_not_be_the_parameter_itself() -> None:
    assert _one(r"p(\lambda) = \lambda e^{-\lambda^2}").verdict.value == "SKIPPED"


def test_a_parameter_written_nowhere_near_the_step_is_not_invented() -> None:
    # read as a fresh λ, p would not depend on η and the step would hold for the wrong reason
    r = _one(r"\frac{\partial}{\partial\eta}\int p(y)\,dy = 0")
    assert r.verdict.value == "SKIPPED"


def test_a_step_failing_with_the_filled_parameter_is_not_failed() -> None:
    # p(y) may be a mixture or a marginal the notes never define: SKIPPED, not FAILED
    r = _one(r"\log p(y) = 2\log\lambda - \lambda y")
    assert r.verdict.value == "SKIPPED"
    assert "filled in" in r.message
