r"""A claim false only where a non-smooth piece changes branch (``\operatorname{sign}(x)^2 = 1`` at x = 0) was
PASSED: random points never land on a kink. The points where the pieces' arguments sit on their breakpoints are
evaluated exactly too, and a difference there is FAILED with that point; a derivative's value at its kink (a
convention) and a point the notes rule out are not. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.cli import main


def _check(capsys, *members: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", *members])
    return capsys.readouterr().out


@pytest.mark.parametrize(("lhs", "rhs", "point"), [
    (r"\operatorname{sign}(x)^2", "1", "x = 0"),
    (r"\mathbb{1}[x > 0]", r"\frac{1 + \operatorname{sign}(x)}{2}", "x = 0"),
    (r"|\operatorname{sign}(x)|", "1", "x = 0"),
    (r"\operatorname{sign}(x - 1)^2", "1", "x = 1"),
    (r"\operatorname{sign}(x - \frac{1}{3})^2", "1", "x = 0.333"),
    (r"\operatorname{sign}(x^2 - 4)^2", "1", "x = "),
    (r"\mathbb{1}[x > 0] + \mathbb{1}[x < 0]", "1", "x = 0"),
    # a clip written by cases that misses its own boundary |x| = 1
    (r"\min(\max(x, -1), 1)", r"x\,\mathbb{1}[|x| < 1] + \operatorname{sign}(x)\,\mathbb{1}[|x| > 1]", "x = "),
    # a removable singularity given a wrong value by the cases
    (r"\begin{cases} \frac{x^2 - 1}{x - 1} & x \neq 1 \\ 3 & x = 1 \end{cases}", "x + 1", "x = 1"),
])
def test_a_claim_false_only_at_a_kink_is_failed_there(capsys, lhs: str, rhs: str, point: str) -> None:
    out = _check(capsys, lhs, rhs)
    assert "FAILED" in out, out
    assert point in out, out


def test_a_kink_of_two_variables_is_reached(capsys) -> None:
    out = _check(capsys, r"\operatorname{sign}(x + y)^2", "1")
    assert "FAILED" in out, out


@pytest.mark.parametrize(("lhs", "rhs"), [
    (r"|x|", r"x \operatorname{sign}(x)"),
    (r"\max(0, x)", r"x\,\mathbb{1}[x > 0]"),
    (r"\max(0, x)", r"x\,\mathbb{1}[x \ge 0]"),
    (r"\frac{d}{dx}|x|", r"\operatorname{sign}(x)"),
    (r"\frac{d}{dx}\max(0, x)", r"\mathbb{1}[x > 0]"),
    (r"\frac{d}{dx}\max(0, x)", r"\mathbb{1}[x \ge 0]"),
    (r"\frac{x}{|x|}", r"\operatorname{sign}(x)"),  # undefined at 0: no value to differ
    (r"\operatorname{sign}(x)\operatorname{sign}(y)", r"\operatorname{sign}(xy)"),
    (r"\max(x, y)", r"\frac{x + y + |x - y|}{2}"),
])
def test_claims_that_hold_at_their_kinks_stay_green(capsys, lhs: str, rhs: str) -> None:
    out = _check(capsys, lhs, rhs)
    assert "PROVED" in out or "PASSED" in out, out


@pytest.mark.parametrize("term", [
    r"\operatorname{sign}(x_i)^2",
    r"|\operatorname{sign}(x_i)|",
    r"\operatorname{sign}(|x_i|)",
    r"\mathbb{1}[|x_i| > 0]",
])
def test_a_vector_claim_false_when_one_coordinate_is_zero_is_failed(term: str) -> None:
    # the entries of a bold name are parsed non-commuting, which SymPy takes for "never 0": these terms were
    # folded to 1 before the entries were numbers, and the claim PROVED (verifier.latex.entryfunctions)
    (step,) = doc_steps(rf"""
        Let $\mathbf{{x}} \in \mathbb{{R}}^3$.
        $$\sum_{{i=1}}^{{3}} {term} (1 + x_i^2) = \sum_{{i=1}}^{{3}} (1 + x_i^2)$$
        """)
    assert step.verdict.value == "FAILED", step


def test_a_range_the_notes_state_keeps_its_kink_out() -> None:
    # s = 0 is the kink of sign(s): the notes' range s > 0 leaves it out, and a bound is never taken
    (step,) = doc_steps(r"""
        For $s > 0$ we have
        $$\operatorname{sign}(s) (1 + s^2) = 1 + s^2$$
        """)
    assert step.verdict.ok, step


def test_a_relu_derivative_written_as_an_indicator_stays_green() -> None:
    (step,) = doc_steps(r"""
        Let $h = \max(0, z)$. Its derivative is
        $$\frac{\partial h}{\partial z} = \mathbb{1}[z > 0]$$
        """)
    assert step.verdict.ok, step


def test_a_derivative_chain_rewriting_its_convention_at_the_kink_stays_green() -> None:
    # review33a: relu'(0) does not exist; 1[z > 0] and (1 + sign z)/2 are two conventions for it (0 and 1/2), and
    # the chain is about the derivative: its later link is no claim about the value at the kink either
    steps = doc_steps(r"""
        $$\frac{d}{dz}\operatorname{relu}(z) = \mathbb{1}[z > 0] = \frac{1 + \operatorname{sign}(z)}{2}$$
        """)
    assert len(steps) == 2 and all(s.verdict.ok for s in steps), steps
