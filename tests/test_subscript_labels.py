r"""A loss or divergence named by a subscript (``D_{KL}(p, q)``, ``L_{CE}``, ``L_{MSE}(w)``) is one
function, defined where the notes define it. ``L_{CE}`` could not be read ("function CE needs a
parenthesised argument"), ``D_{KL}`` was D indexed by K and L, and ``L_{MSE}(w) = …`` was never learned
(its label was looked for as a command ``\MSE``), so every derivative of them was SKIPPED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import parse_latex
from verifier.results import Verdict


def _claims(text: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(text) if any(k in s.lhs_latex for k in ("partial", "d L", "'"))]


@pytest.mark.parametrize(
    ("rhs", "verdict"),
    [(r"-\frac{p}{q} + \frac{1-p}{1-q}", Verdict.PROVED), (r"\frac{p}{q} - \frac{1-p}{1-q}", Verdict.FAILED)],
)
def test_a_divergence_named_d_kl(rhs: str, verdict: Verdict) -> None:
    text = (
        "The divergence\n\n$$D_{KL}(p, q) = p \\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
        f"has\n\n$$\\frac{{\\partial D_{{KL}}}}{{\\partial q}} = {rhs}$$\n"
    )
    assert _claims(text) == [verdict]


@pytest.mark.parametrize(("rhs", "verdict"), [(r"-(y - wx)x", Verdict.PROVED), (r"(y - wx)x", Verdict.FAILED)])
def test_a_loss_named_l_mse(rhs: str, verdict: Verdict) -> None:
    text = f"Take\n\n$$L_{{MSE}}(w) = \\frac{{1}}{{2}}(y - w x)^2$$\n\nso\n\n$$\\frac{{d L_{{MSE}}}}{{dw}} = {rhs}$$\n"
    assert _claims(text) == [verdict]


@pytest.mark.parametrize(("rhs", "verdict"), [(r"\sigma(z) - 1", Verdict.PROVED), (r"1 - \sigma(z)", Verdict.FAILED)])
def test_a_loss_named_l_ce_in_text(rhs: str, verdict: Verdict) -> None:
    text = f"Take\n\n$$L_{{\\text{{CE}}}}(z) = -\\log \\sigma(z), \\qquad L_{{\\text{{CE}}}}'(z) = {rhs}$$\n"
    assert _claims(text) == [verdict]


def test_a_labelled_function_used_beside_its_definition() -> None:
    r"""``$$L_\lambda(w) = …, \qquad \frac{dL_\lambda}{dw} = …$$``: the claim after ``\qquad`` is not part
    of the definition's body (it made λ look like an index of a family)."""
    text = "Take\n\n$$L_{\\lambda}(w) = \\frac{1}{2}(y - w x)^2 + \\frac{\\lambda}{2} w^2, \\qquad " \
           "\\frac{d L_\\lambda}{dw} = -(y - wx)x + \\lambda w$$\n"  # fmt: skip
    assert _claims(text) == [Verdict.PROVED]


def test_two_capitals_that_name_nothing_stay_indices() -> None:
    assert str(parse_latex("A_{IJ}")) == "A[I, J]"
    assert str(parse_latex("D_{KL}")) == "D_KL"
