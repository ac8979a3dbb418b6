r"""A bold name under a hat (``\hat{\mathbf{y}}``) or with a layer label (``\mathbf{b}^{(2)}``) is a
vector like ``\mathbf{y}``: both were read as scalars ("no other evidence"), so the output-layer
bias gradient ``\partial L/\partial \mathbf{b}^{(2)} = \hat{\mathbf{y}} - \mathbf{y}`` was SKIPPED as a
shape clash. Every example is written here."""

from __future__ import annotations

from verifier.documents.annotations import annotations_of
from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = r"""
The output is $\hat{\mathbf{y}} = W^{(2)}\mathbf{h} + \mathbf{b}^{(2)}$ and the loss is
$L = \frac{1}{2}\|\hat{\mathbf{y}} - \mathbf{y}\|^2$.

$$\frac{\partial L}{\partial \mathbf{b}^{(2)}} = {RHS}$$
"""


def verdicts(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_bold_hat_and_bold_layer_names_are_vectors() -> None:
    bold = annotations_of(r"$\hat{\mathbf{y}}$, $\mathbf{b}^{(2)}$, $\widehat{\boldsymbol{\theta}}$, $\hat{y}$").bold
    assert {("yhat", ()), ("b^(2)", ()), ("thetahat", ())} <= bold
    assert ("xhat", ()) not in annotations_of(r"$\hat{x}$ and $\mathbf{x}$").bold  # a plain \hat{x} is not bold


def test_output_bias_gradient_is_proved() -> None:
    found = verdicts(NOTES.replace("{RHS}", r"\hat{\mathbf{y}} - \mathbf{y}"))
    assert [v for v, _ in found] == ["PROVED"], found


def test_sign_flip_of_the_output_bias_gradient_is_failed() -> None:
    found = verdicts(NOTES.replace("{RHS}", r"\mathbf{y} - \hat{\mathbf{y}}"))
    assert [v for v, _ in found] == ["FAILED"], found
