r"""A name the prose gives a role only a number plays ("temperature $T$", "$\lambda$ is the
regularization parameter") is a scalar, however it is written. A capital T read as a scalar only for
want of evidence was doubted as a matrix (documents.weights), so the correct softmax-with-temperature
derivative was SKIPPED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.annotations import key_of_text
from verifier.documents.scalarroles import scalar_roles
from verifier.results import Verdict

NOTES = (
    "Softmax with temperature $T$: $p_i = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$, and "
    "$\\frac{\\partial p_i}{\\partial z_i} = RHS$.\n"
)


@pytest.mark.parametrize(
    ("rhs", "verdict"),
    [
        (r"\frac{1}{T} p_i (1 - p_i)", Verdict.PROVED),
        (r"p_i (1 - p_i)", Verdict.FAILED),  # the 1/T dropped
        (r"T p_i (1 - p_i)", Verdict.FAILED),  # T multiplied instead of divided
    ],
)
def test_a_temperature_is_a_scalar(rhs: str, verdict: Verdict) -> None:
    steps = [s for s in doc_steps(NOTES.replace("RHS", rhs)) if "partial" in s.lhs_latex]
    assert [s.verdict for s in steps] == [verdict], [s.message for s in steps]
    if verdict is Verdict.PROVED:
        assert "the prose calls it the temperature" in steps[0].message


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("with temperature $T$ and learning rate $\\eta$", {"T": "temperature", "eta": "learning rate"}),
        ("where $C$ is the regularization strength", {"C": "regularization strength"}),
        ("$\\alpha_t$ denotes a small positive step size", {"alpha": "step size"}),
        ("multiply by a scalar $c$", {"c": "scalar"}),
        ("a learning-rate vector $R$ per coordinate", {}),  # a vector of rates is not a number
        ("$T$ is the number of steps", {}),  # not a role of this list
    ],
)
def test_the_roles_read_from_the_prose(text: str, names: dict[str, str]) -> None:
    found = {key[0]: role for key, role in scalar_roles(text, key_of_text).items()}
    assert found == names


def test_a_role_ending_a_line_does_not_name_the_formula_on_the_next() -> None:
    r""""… the loss is a scalar\n$W$ is the weight matrix": the sentence ended without its full stop; W is
    no scalar (it was, so ``\partial L/\partial \mathbf{h} = W\mathbf{v}`` was PROVED)."""
    assert scalar_roles("so the loss is a scalar\n$W$ is the weight matrix", key_of_text) == {}
    assert {k[0] for k in scalar_roles("with a scalar $c$ here", key_of_text)} == {"c"}
