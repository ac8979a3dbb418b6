r"""Differentials read as directional derivatives (documents/differentials.py).

``d(fg) = g\,df + f\,dg`` is an identity in fresh directions df, dg; ``d(X^{-1}) = -X^{-1}(dX)X^{-1}``
one in the n×n directions dX. Each reading with a wrong variant: a dropped term of the product rule, a
missing transpose, a sign, the order of a non-commuting product. Notes written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.differentials import split_differentials

GREEN = ("PROVED", "PASSED")


def _one(notes: str) -> tuple[str, str]:
    (step,) = doc_steps(notes)
    return step.verdict.value, step.message or ""


def test_the_product_rule_of_differentials_is_proved_and_a_dropped_term_is_not_green() -> None:
    verdict, why = _one("Let $f$ and $g$ be scalars.\n\n$$d(fg) = g\\,df + f\\,dg$$\n")
    assert verdict == "PROVED" and "differential" in why, why
    verdict, why = _one("Let $f$ and $g$ be scalars.\n\n$$d(fg) = g\\,df$$\n")
    assert verdict == "SKIPPED" and "only if g is constant" in why, why  # g constant: a reading, never said


def test_a_dropped_term_of_a_quadratic_form_fails() -> None:
    notes = ("Let $A \\in \\mathbb{R}^{n \\times n}$ be a constant matrix and "
             "$\\mathbf{x} \\in \\mathbb{R}^n$.\n\n$$d(\\mathbf{x}^T A \\mathbf{x}) = {}$$\n")  # fmt: skip
    verdict, why = _one(notes.replace("{}", "\\mathbf{x}^T (A + A^T)\\, d\\mathbf{x}"))
    assert verdict in GREEN and "constant as the prose says" in why, why
    verdict, why = _one(notes.replace("{}", "\\mathbf{x}^T A\\, d\\mathbf{x}"))
    assert verdict == "FAILED", why


def test_a_missing_transpose_in_a_trace_fails() -> None:
    notes = "Let $A, X \\in \\mathbb{R}^{n \\times n}$, with $A$ constant.\n\n$$d\\,\\mathrm{tr}(AX) = {}$$\n"
    verdict, why = _one(notes.replace("{}", "\\mathrm{tr}(A\\, dX)"))
    assert verdict in GREEN, why
    verdict, why = _one(notes.replace("{}", "\\mathrm{tr}(A^T dX)"))
    assert verdict == "FAILED", why


def test_an_unsaid_constant_is_not_assumed() -> None:
    notes = "Let $A, X \\in \\mathbb{R}^{n \\times n}$.\n\n$$d\\,\\mathrm{tr}(AX) = \\mathrm{tr}(A\\, dX)$$\n"
    verdict, why = _one(notes)
    assert verdict == "SKIPPED" and "only if A is constant" in why, why
    # "constant" said of another name, in another clause, says nothing of A
    verdict, why = _one(notes.replace("Let ", "Let $c$ be a constant, "))
    assert verdict == "SKIPPED" and "only if A is constant" in why, why


def test_the_order_of_a_matrix_product_rule_matters() -> None:
    notes = "Let $X, Y \\in \\mathbb{R}^{n \\times n}$.\n\n$$d(XY) = {}$$\n"
    verdict, why = _one(notes.replace("{}", "(dX)Y + X\\,dY"))
    assert verdict in GREEN, why
    verdict, why = _one(notes.replace("{}", "Y\\,dX + X\\,dY"))
    assert verdict == "FAILED", why


@pytest.mark.slow(6)
def test_the_differential_of_an_inverse() -> None:
    notes = "Let $X \\in \\mathbb{R}^{n \\times n}$ be invertible.\n\n$$d(X^{-1}) = {}$$\n"
    verdict, why = _one(notes.replace("{}", "-X^{-1}(dX)X^{-1}"))
    assert verdict in GREEN, why
    # a wrong sign or order fails with X^{-1} read as the inverse; that reading is chosen (the notes may mean
    # the entry-wise reciprocal, documents.squares), so it is not called FAILED, and never green
    for wrong in ("X^{-1}(dX)X^{-1}", "-X^{-1}X^{-1}dX"):
        verdict, why = _one(notes.replace("{}", wrong))
        assert verdict == "SKIPPED" and "chosen reading" in why, (wrong, why)


def test_through_a_definition_with_the_variable_written_later_in_the_chain() -> None:
    notes = ("Let $A \\in \\mathbb{R}^{m\\times n}$, $\\mathbf{b}\\in\\mathbb{R}^m$ and "
             "$\\mathbf{r} = A\\mathbf{x} - \\mathbf{b}$, so $f = \\mathbf{r}^T\\mathbf{r}$.\n\n"
             "$$d f = 2\\mathbf{r}^T d\\mathbf{r} = {}$$\n")  # fmt: skip
    good = [s for s in doc_steps(notes.replace("{}", "2\\mathbf{r}^T A\\, d\\mathbf{x}"))
            if "d f" in s.lhs_latex or "d\\mathbf{r}" in s.lhs_latex]  # fmt: skip
    # dr = A dx holds only with A and b held constant, which these notes do not say (tests/test_differentials_held)
    assert [s.verdict.value for s in good] == ["PROVED", "SKIPPED"], [s.message for s in good]
    assert "only if A, b are constant" in good[1].message, good[1].message
    said = ("Let $A \\in \\mathbb{R}^{m\\times n}$ and $\\mathbf{b}\\in\\mathbb{R}^m$ be constant, "
            "$\\mathbf{r} = A\\mathbf{x} - \\mathbf{b}$ and $f = \\mathbf{r}^T\\mathbf{r}$.\n\n"
            "$$d f = 2\\mathbf{r}^T d\\mathbf{r} = 2\\mathbf{r}^T A\\, d\\mathbf{x}$$\n")  # fmt: skip
    held = [s for s in doc_steps(said) if "d\\mathbf{r}" in s.lhs_latex]
    assert [s.verdict.value for s in held] == ["PROVED"], [s.message for s in held]
    wrong = notes.replace("{}", "2\\mathbf{r}^T A^T d\\mathbf{x}")
    bad = [s for s in doc_steps(wrong) if "d\\mathbf{r}" in s.lhs_latex]
    assert [s.verdict.value for s in bad] in (["FAILED"], ["SKIPPED"]), [s.message for s in bad]
    assert "FAILED" == bad[0].verdict.value or "shape" in (bad[0].message or ""), bad[0].message


def test_a_differential_stating_a_gradient_is_no_identity() -> None:
    verdict, why = _one("We write $W \\in \\mathbb{R}^{2 \\times 3}$.\n\n$$dL = \\mathrm{tr}(G^T dW)$$\n")
    assert verdict == "SKIPPED" and "relates the differential of L" in why, why
    verdict, why = _one("Let $x$ be a scalar.\n\n$$dL = L\\,dx$$\n")  # L' = L: a statement about L
    assert verdict == "SKIPPED" and "relates the differential of L" in why, why


@pytest.mark.parametrize("latex", [r"\frac{d}{dx} x^2 = 2x", r"\int_0^1 x\,dx = \frac{1}{2}"])
def test_derivatives_and_integrals_are_no_differentials(latex: str) -> None:
    verdict, why = _one(f"$${latex}$$\n")
    assert "as a differential" not in why, why
    assert verdict != "FAILED", why


def test_a_dimension_d_keeps_the_product_reading() -> None:
    _, why = _one("Let $\\mathbf{x} \\in \\mathbb{R}^d$ and $a$ a scalar.\n\n$$d a + d a = 2 d a$$\n")
    assert "as a differential" not in why, why


def test_what_a_differential_operand_is() -> None:
    split = split_differentials(r"d\log\det X + \mathrm{d}\operatorname{tr}(A\,X) + d\left(fg\right) + d\mathbf{x}^T")
    assert split is not None
    assert [src for _, src in split.operands] == [r"\log\det X", r"\operatorname{tr}(A\,X)", "fg", r"\mathbf{x}^T"]
    assert split_differentials(r"dx^2") is None  # (dx)^2 or d(x^2): not read
    assert split_differentials(r"\frac{d}{dx} x") is None
    assert split_differentials(r"d(x\,dx)") is None  # a differential of a differential
    assert split_differentials(r"\operatorname{tr}(G^\intercal\,\mathrm{d}X)") is not None  # \intercal: no \int


def test_a_d_the_prose_names_is_no_differential() -> None:
    notes = "Let $d$ be the number of features and $a$, $b$ scalars.\n\n$$d(a + b) = d a + d b$$\n"
    _, why = _one(notes)
    assert "as a differential" not in why, why


def test_no_differential_is_read_in_a_chain_with_an_integral() -> None:
    steps = doc_steps("$$\\int_0^1 2x\\,dx = x^2\\,dx\\Big|_0^1 = 1$$\n")
    assert all("as a differential" not in (s.message or "") for s in steps), [s.message for s in steps]


def test_a_norm_and_a_differential_over_a_denominator() -> None:
    notes = "Let $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n$$d\\|\\mathbf{x}\\|^2 = 2\\mathbf{x}^T d\\mathbf{x}$$\n"
    verdict, why = _one(notes)
    assert verdict in GREEN, why
    verdict, why = _one("Let $z$ be a scalar.\n\n$$d\\log z = \\frac{dz}{z}$$\n")
    assert verdict in GREEN, why
    verdict, why = _one("Let $z$ be a scalar.\n\n$$d\\log z = \\frac{dz}{z^2}$$\n")
    assert verdict == "FAILED", why


def test_a_matrix_the_prose_calls_symmetric() -> None:
    notes = ("Let $A$ be a constant matrix, $\\mathbf{x} \\in \\mathbb{R}^n$ and $A$ symmetric.\n\n"
             "$$d(\\mathbf{x}^T A \\mathbf{x}) = {}$$\n")  # fmt: skip
    verdict, why = _one(notes.replace("{}", "2\\mathbf{x}^T A\\, d\\mathbf{x}"))
    assert verdict in GREEN and "symmetric, as the notes say" in why, why
    verdict, why = _one(notes.replace("{}", "\\mathbf{x}^T A\\, d\\mathbf{x}"))
    assert verdict == "FAILED", why


def test_an_inline_differential_of_the_prose_is_a_claim() -> None:
    notes = ("Let $A, B, X \\in \\mathbb{R}^{n \\times n}$.\n\n"
             "For constant $A$ and $B$, $d\\operatorname{tr}(AXB) = \\operatorname{tr}({}\\,dX)$ by the cyclic "
             "property.\n")
    verdict, why = _one(notes.replace("{}", "BA"))
    assert verdict in GREEN and "A, B constant as the prose says" in why, why
    verdict, why = _one(notes.replace("{}", "AB"))  # the order of a non-commuting product
    assert verdict == "FAILED", why
