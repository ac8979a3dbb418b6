r"""review24d: ``… \geq 0`` read off the member's form (documents/nonnegative.py) counts a name positive only
where the notes or the context say so. A name the checker reads positive for want of a better domain
(it stands inside a logarithm, ``\log(-x)``, ``\log(xy)``: infer.py) is no evidence that ``1/x \geq 0``:
``\log(-x)`` needs x < 0. Small notes written for the tests."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.nonnegative import nonnegative
from verifier.results import Verdict


def _against_zero(text: str):  # type: ignore[no-untyped-def]
    found = [s for s in doc_steps(text) if s.rhs_latex.strip() == "0"]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in doc_steps(text)]
    return found[0]


def test_a_name_read_positive_inside_a_log_of_its_negative_is_no_evidence() -> None:
    # log(-x) is real for x < 0, where 1/x < 0: the sign slip of a log barrier's derivative
    step = _against_zero("For the barrier,\n\n$$\\frac{d}{dx}\\log(-x) = \\frac{1}{x} \\geq 0$$\n")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_name_read_positive_as_a_factor_inside_a_log_is_no_evidence() -> None:
    # log(xy) is real for x, y < 0 too
    step = _against_zero("$$\\frac{\\partial}{\\partial x}\\log(x y) = \\frac{1}{x} \\geq 0$$\n")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_name_the_context_declares_positive_still_counts() -> None:
    text = "```verify\nx: positive\n```\n\n$$\\frac{d}{dx}\\log x = \\frac{1}{x} \\geq 0$$\n"
    step = _against_zero(text)
    assert step.verdict is Verdict.PROVED, step.message


def test_nonnegative_without_the_names_whose_positivity_is_only_inferred() -> None:
    x = sp.Symbol("x", positive=True)
    assert nonnegative(1 / x)
    assert not nonnegative(1 / x, unproven=frozenset({x}))
    assert nonnegative(1 / x**2, unproven=frozenset({x}))
