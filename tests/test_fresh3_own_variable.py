r"""The variable of a derivative whose operand the notes write out is the variable the step is about,
not a name that "appears on one side only" and may hide a relation: ``\frac{d}{dx} x^3 = 3`` (the
power rule with the x dropped) is a mistake under every reading, and was SKIPPED. A name the
operand does not write (a quantity of the notes' definitions, an arbitrary function's argument)
keeps the doubt. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_a_dropped_variable_in_the_power_rule_is_failed() -> None:
    assert _verdicts(r"""
    A warm-up.

    $$\frac{d}{dx} x^3 = 3$$
    """) == ["FAILED"]
    assert _verdicts(r"""
    A warm-up.

    $$\frac{d}{dx} x^3 = 3x^2$$
    """) == ["PROVED"]


def test_gradient_by_a_matrix_without_its_transpose_is_failed() -> None:
    body = r"""
    Here $A \in \mathbb{R}^{n \times n}$ and $B \in \mathbb{R}^{n \times n}$.

    $$\nabla_A \operatorname{tr}(AB) = B$$
    """
    assert _verdicts(body) == ["FAILED"]


def test_a_name_the_operand_does_not_write_keeps_the_doubt() -> None:
    # y is not in the operand: the notes may relate it to x in a way they do not write
    assert _verdicts(r"""
    A warm-up.

    $$\frac{d}{dx} x^3 = 3y$$
    """) == ["SKIPPED"]


def test_a_variable_the_prose_gives_a_value_keeps_the_doubt() -> None:
    # the slope at a point: the right side need not write x. Read at the stated x = 0 (documents.statedintegers,
    # green only) the right slope is PROVED under it; a wrong one keeps the doubt, never FAILED
    slope = r"""
    The slope of the sigmoid at the origin, $x = 0$:

    $$\frac{d}{dx}\frac{1}{1 + e^{-x}} = SLOPE$$
    """
    right = doc_steps(slope.replace("SLOPE", r"\frac{1}{4}"))[-1]
    assert right.verdict is Verdict.PROVED and "x = 0" in right.message, right.message
    assert _verdicts(slope.replace("SLOPE", r"\frac{1}{2}")) == ["SKIPPED"]
