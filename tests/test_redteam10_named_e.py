r"""An ``e`` the notes define is a name, not Euler's number (redteam10).

``\mathbf{e} = \mathbf{y} - \mathbf{X}\mathbf{w}`` (the residual vector) was not learned: ``e`` is
reserved for Euler's number, so the display was "a scalar against a vector" and the loss
``J(\mathbf{w}) = \frac12 \mathbf{e}^T\mathbf{e} + \frac\lambda2 \mathbf{w}^T\mathbf{w}`` read e as
the constant 2.718…: the gradient without the residual's term, ``\lambda\mathbf{w}``, was PROVED. A
definition of e whose body writes the notes' names (a number worked out, or a series for Euler's
number, names none) is the notes' e. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_BOLD = r"""
# Residuals

$$\mathbf{e} = \mathbf{y} - \mathbf{X}\mathbf{w}$$

$$J(\mathbf{w}) = \frac12 \mathbf{e}^T\mathbf{e} + \frac{\lambda}{2}\mathbf{w}^T\mathbf{w}$$

$$\frac{\partial J}{\partial \mathbf{w}} = {rhs}$$
"""

_PLAIN = r"""
# Residual

Let the error be

$$e = y - wx$$

$$L = \frac12 e^2$$

$$\frac{dL}{dw} = {rhs}$$
"""


def test_the_gradient_without_the_residual_term_is_not_green() -> None:
    step = doc_steps(_BOLD.replace("{rhs}", r"\lambda\mathbf{w}"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_gradient_through_the_bold_residual_is_proved() -> None:
    step = doc_steps(_BOLD.replace("{rhs}", r"-\mathbf{X}^T\mathbf{e} + \lambda\mathbf{w}"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_plain_e_the_notes_define_is_read_through() -> None:
    assert doc_steps(_PLAIN.replace("{rhs}", "-ex"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_PLAIN.replace("{rhs}", "e"))[-1].verdict is Verdict.FAILED


def test_euler_number_stays_a_constant() -> None:
    notes = "# Growth\n\n$$f(x) = e x^2$$\n\n$$f'(x) = 2ex$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
    notes = "# Euler\n\n$$e = \\sum_{k=0}^{\\infty} \\frac{1}{k!}$$\n\n$$\\frac{d}{dx}(e x) = e$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED


def test_a_dropped_factor_through_a_plain_e_is_not_green() -> None:
    notes = _PLAIN.replace("$$L = \\frac12 e^2$$\n\n", "").replace("\\frac{dL}{dw} = {rhs}", "\\frac{d}{dw}(e x) = 0")
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)
    notes = _PLAIN.replace("{rhs}", "0")
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_the_exponential_stays_beside_a_defined_e() -> None:
    notes = _PLAIN.replace("$$L = \\frac12 e^2$$", "$$s(z) = e^{-z}$$")
    notes = notes.replace("\\frac{dL}{dw} = {rhs}", "s'(z) = -e^{-z}")
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
