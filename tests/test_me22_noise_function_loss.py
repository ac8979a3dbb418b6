r"""A loss the notes define as a function of the data, used bare, is a fit of a noise model too.

``\mathbf{t} = A\mathbf{b} + \eta`` with η noise, then ``J(A, \mathbf{t}, \mathbf{b}) = \frac12(\mathbf{t} -
A\mathbf{b})^T(\mathbf{t} - A\mathbf{b})`` and ``\partial J/\partial\mathbf{b}``: J written alone is applied
to the names its parameters name, so its t is the modelled data. Read through the model, J is
``\frac12\eta^T\eta`` and the wrong ``\partial J/\partial\mathbf{b} = 0`` was PROVED
(documents.noisemodel looked for the data only in the definitions J reaches, and a function's parameters
are not reached). Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
The targets follow the model $\mathbf{t} = \mathbf{A}\mathbf{b} + \eta$, where $\eta$ is the noise.

$$ J\left(\mathbf{A}, \mathbf{t}, \mathbf{b}\right) = \frac{1}{2}
   \left(\mathbf{t} - \mathbf{A}\mathbf{b}\right)^{T} \left(\mathbf{t} - \mathbf{A}\mathbf{b}\right) $$

$$\frac{\partial J}{\partial \mathbf{b}} = {}$$
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{}", rhs))[-1]
    return step.verdict.value, step.message


def test_a_zero_gradient_of_a_function_loss_through_the_model_is_not_green() -> None:
    verdict, message = _last("0")
    assert verdict not in GREEN, message


def test_the_gradient_with_the_data_held_fixed_is_green() -> None:
    verdict, message = _last(r"\mathbf{A}^T\mathbf{A}\mathbf{b} - \mathbf{A}^T\mathbf{t}")
    assert verdict in GREEN, message
    assert "held fixed" in message
