r"""A definition the notes solve back for its input is no new definition (fresh52).

Notes on an invertible layer write ``y = s x + b`` and then "its inverse is $x = (y - b)/s$". The second line
reads ``y`` and the first reads ``x``: a loop, and the reader used to set aside the *earlier* one (it refers
forward to x). y then was a loose name held fixed under ``\partial L / \partial s`` although the notes say
``\partial y / \partial s = x``: the right gradient ``y x - 1/s`` was FAILED (a false alarm). The later line is the
earlier one solved for its input (put ``s x + b`` in for y and it gives x back), so it is the one set aside.
A loop whose later line is not the earlier one solved back is set aside as before; a name whose definition
a loop set aside is not held fixed by a derivative. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_LAYER = r"""
# An affine layer

The layer scales and shifts its input:

$$y = s x + b.$$

Its inverse is $x = {inverse}$. The loss of one input is

$$L = \frac12 y^2 - \log s .$$

$$\frac{{\partial L}}{{\partial s}} = {rhs}$$
"""


def _last(inverse: str, rhs: str):
    return doc_steps(_LAYER.format(inverse=inverse, rhs=rhs))[-1]


def test_the_gradient_through_a_layer_with_its_inverse_written_is_not_failed() -> None:
    step = _last(r"(y - b)/s", r"y x - \frac{1}{s}")
    assert step.verdict in _GREEN, step.message


def test_a_wrong_sign_there_is_failed() -> None:
    step = _last(r"(y - b)/s", r"y x + \frac{1}{s}")
    assert step.verdict is Verdict.FAILED, step.message


def test_a_later_line_that_is_not_the_inverse_is_no_reason_to_hold_y_fixed() -> None:
    # x = (y + b)/s does not give x back: the loop is set aside as before (the earlier y), and y, whose
    # definition reads s, may depend on s: not FAILED
    step = _last(r"(y + b)/s", r"y x - \frac{1}{s}")
    assert step.verdict is not Verdict.FAILED, step.message
