r"""Review of the differential reading (documents/differentials.py): prose that does not call a name
constant, a ``d`` the notes use as a name, a defined name written under ``d`` held constant. Notes written
here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
TRACE = "Let $A, X \\in \\mathbb{R}^{n \\times n}${}\n\n$$d\\,\\mathrm{tr}(AX) = \\mathrm{tr}(A\\, dX)$$\n"


def _one(notes: str) -> tuple[str, str]:
    (step,) = doc_steps(notes)
    return step.verdict.value, step.message or ""


@pytest.mark.parametrize("prose", [
    ". Here $A$ is not held constant.",
    ". We do not assume that $A$ is constant.",
    ", where $A$ isn't constant.",
    ", where $A$ is not a constant matrix.",
    ", and $A$ is no longer fixed.",
])  # fmt: skip
def test_prose_denying_a_constant_is_no_constant(prose: str) -> None:
    verdict, why = _one(TRACE.replace("{}", prose))
    assert verdict not in GREEN, why


def test_a_constant_of_another_letter_in_the_same_sentence_is_not_this_one() -> None:
    notes = "Let $c$ be a constant and $A, X \\in \\mathbb{R}^{n \\times n}$ matrices.\n\n" \
        "$$d\\,\\mathrm{tr}(AX) = \\mathrm{tr}(A\\, dX)$$\n"
    verdict, why = _one(notes)
    assert verdict not in GREEN, why
    verdict, why = _one(notes.replace("Let $c$ be a constant and", "For a constant $c$ and"))
    assert verdict not in GREEN, why


@pytest.mark.parametrize("prose", [", with $A$ constant.", ". For constant $B$ and $A$, the trace is linear.",
                                   ", and $B$ and $A$ are constant."])
def test_prose_calling_a_name_constant_still_counts(prose: str) -> None:
    verdict, why = _one(TRACE.replace("{}", prose))
    assert verdict in GREEN, why


def test_a_d_the_notes_write_as_a_name_is_no_differential() -> None:
    # d the number of features, written as an index (w_d) or under a root: d(n + 1) is a product
    for prose in ("Each input $\\mathbf{w} = (w_1, \\dots, w_d)$ and $n$ samples.",
                  "Scores are scaled by $\\frac{1}{\\sqrt{d}}$; $n$ counts samples.",
                  "We use d-dimensional inputs and $n$ samples."):
        steps = doc_steps(f"{prose}\n\n$$d(n + 1) = dn + d$$\n\n$$d(n + 1) = dn$$\n")
        assert [s.verdict.value for s in steps] != ["FAILED", "PROVED"], [s.message for s in steps]
        assert all("as a differential" not in (s.message or "") for s in steps), [s.message for s in steps]


def test_a_chain_writing_d_alone_keeps_the_product_reading() -> None:
    steps = doc_steps("Let $n$ be the number of samples.\n\n$$d(n + 1) = dn + d$$\n")
    assert [s.verdict.value for s in steps] != ["FAILED"], [s.message for s in steps]


def test_a_defined_name_written_under_d_varies() -> None:
    notes = "Let $x$ and $y$ be scalars and $u = x^2$.\n\n$$d(u y) = {}$$\n"
    verdict, why = _one(notes.replace("{}", "u\\, dy"))  # du dropped: right only if x is constant
    assert verdict not in GREEN, why
    verdict, why = _one(notes.replace("{}", "u\\, dy + y\\, du"))
    assert verdict in GREEN, why
    verdict, why = _one(notes.replace("{}", "u\\, dy + 2xy\\, dx"))
    assert verdict in GREEN, why
    verdict, why = _one(notes.replace("{}", "u\\, dy + xy\\, dx"))
    assert verdict == "FAILED", why


def test_an_upright_d_is_a_differential_where_the_notes_name_d() -> None:
    notes = ("A $2 \\times 2$ determinant is $ad - bc$, and $\\frac{\\partial}{\\partial a}(ad - bc) = d$. Of "
             "$A, B, X \\in \\mathbb{R}^{n \\times n}$: for constant $A$ and $B$, "
             "$\\mathrm{d}\\operatorname{tr}(AXB) = \\operatorname{tr}({}\\,\\mathrm{d}X)$ by linearity.\n")
    steps = [s for s in doc_steps(notes.replace("{}", "BA")) if "AXB" in s.lhs_latex]
    assert [s.verdict.value for s in steps] in (["PROVED"], ["PASSED"]), [s.message for s in steps]
    steps = [s for s in doc_steps(notes.replace("{}", "AB")) if "AXB" in s.lhs_latex]
    assert [s.verdict.value for s in steps] == ["FAILED"], [s.message for s in steps]


def test_a_function_d_of_the_prose_is_no_differential() -> None:
    notes = "A distance $d(\\cdot, \\cdot)$ between scalars $x$ and $y$.\n\n$$d(2x) = 2\\,d(x)$$\n"
    verdict, why = _one(notes)
    assert verdict not in GREEN and "as a differential" not in why, why


def test_a_sized_bracket_after_d_does_not_name_d() -> None:
    # d\left( is a differential of a bracket, not d \le …: the notes' d stays free
    notes = "Let $t$ be a positive scalar.\n\n$$d\\left(\\frac{1}{t}\\right) = {}$$\n"
    verdict, why = _one(notes.replace("{}", "-\\frac{dt}{t^2}"))
    assert verdict in GREEN, why
    verdict, why = _one(notes.replace("{}", "\\frac{dt}{t^2}"))
    assert verdict == "FAILED", why
