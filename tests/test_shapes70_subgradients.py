r"""``\partial J(w) = …`` (a subgradient) read as ``\nabla_w J(w)`` where J is differentiable (shapes70, item 1).

"A subgradient is $$\partial J(w) = \lambda w - \frac{1}{n}\sum_i \mathbb{1}[y_i w^\top x_i < 1]\, y_i x_i$$" was
SKIPPED "'\partial' outside a fraction". documents.subgradients writes ``\partial F(v)`` as ``\nabla_{v} F(v)``: the
checker samples where the hinge is differentiable, so the right subgradient is green and a slip FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.subgradients import as_gradients, note
from verifier.results import Verdict

HINGE = r"""
# The hinge objective

For labels $y_i \in \{-1, +1\}$ the regularised hinge objective is

$$J(w) = \frac{\lambda}{2}\|w\|^2 + \frac{1}{n}\sum_{i=1}^n \max(0, 1 - y_i w^\top x_i),$$

and a subgradient is

$$\partial J(w) = SUBGRADIENT.$$
"""

RIGHT = r"\lambda w - \frac{1}{n}\sum_{i=1}^n \mathbb{1}[y_i w^\top x_i < 1]\, y_i x_i"


def _last(subgradient: str) -> Verdict:
    return doc_steps(HINGE.replace("SUBGRADIENT", subgradient))[-1].verdict


def test_the_subgradient_is_green() -> None:
    assert _last(RIGHT) in (Verdict.PROVED, Verdict.PASSED)  # SKIPPED on the base: '\partial' outside a fraction


def test_a_doubled_regulariser_is_failed() -> None:
    assert _last(RIGHT.replace(r"\lambda w", r"2\lambda w")) is Verdict.FAILED  # SKIPPED on the base


def test_the_hinge_term_with_its_sign_flipped_is_failed() -> None:
    assert _last(RIGHT.replace(r"\lambda w -", r"\lambda w +")) is Verdict.FAILED  # SKIPPED on the base


def test_only_a_lone_partial_of_a_call_is_a_subgradient() -> None:
    assert as_gradients(r"\partial J(w)") == r"\nabla_{w} J(w)"
    assert as_gradients(r"\partial \ell(\theta) = g") == r"\nabla_{\theta} \ell(\theta) = g"
    assert note(r"\partial J(w)") and not note(r"\nabla_w J(w)")
    for kept in (
        r"\frac{\partial f(x)}{\partial x}",  # a derivative's numerator
        r"\partial f(x)/\partial x",  # written with a slash
        r"\partial_x f(x, y)",  # a partial derivative by x
        r"\partial \Omega",  # the boundary of a set
        r"\partial f(x, y)",  # two arguments: which variable?
    ):
        assert as_gradients(kept) == kept, kept
