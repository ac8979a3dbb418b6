r"""A name the notes define for a pair of indices, used without them (fresh52).

UMAP notes write "two embedded points at distance $d = \|y_i - y_j\|$" and then only d:
``-\log q(d) = \log(1 + d^2)``, ``\frac{\partial}{\partial d}\log(1 + d^2) = \frac{2d}{1 + d^2}``. The line writes
no i or j, so the definition's indices had no value and every such line was SKIPPED ("index j is free here but
has no value"), a wrong factor too. The indices a plain definition's body writes once each (a pair, not an
implied sum) are the line's too: they are enumerated like the line's own (equal and distinct). (An index
written twice, ``z = w_i x_i``, is an implied sum, read as before.) Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_PAIR = r"""
# Distances

Two points at distance $d = \|y_i - y_j\|$ have similarity

$$q(d) = \frac{{1}}{{1 + d^2}}.$$

$$\frac{{\partial}}{{\partial d}}\log\left(1 + d^2\right) = {rhs}$$
"""


def _last(rhs: str):
    return doc_steps(_PAIR.format(rhs=rhs))[-1]


def test_a_derivative_in_a_pair_distance_is_checked() -> None:
    step = _last(r"\frac{2d}{1 + d^2}")
    assert step.verdict in _GREEN, step.message


def test_a_dropped_factor_there_is_failed() -> None:
    step = _last(r"\frac{d}{1 + d^2}")
    assert step.verdict is Verdict.FAILED, step.message



_MARGIN = r"""
# A preference margin

The margin is $h = \theta_w - \theta_l$ and the loss is

$$L = (h - 2)^2 .$$

$$\frac{{\partial L}}{{\partial \theta_l}} = {rhs}$$
"""


def test_a_line_writing_one_index_of_the_pair_is_checked_with_the_other_distinct() -> None:
    # w and l are the preferred and the rejected answer: two, not a case split at w = l
    step = doc_steps(_MARGIN.format(rhs=r"-2(h - 2)"))[-1]
    assert step.verdict in _GREEN, step.message


def test_a_sign_slip_in_the_margin_gradient_is_failed() -> None:
    step = doc_steps(_MARGIN.format(rhs=r"2(h - 2)"))[-1]
    assert step.verdict is Verdict.FAILED, step.message


_REPULSION = r"""
# Repulsion

Two points at distance $d = \|y_i - y_j\|$ push apart with

$$\frac{{2ab\, d^{{2b - 1}}}}{{1 + a d^{{2b}}}} - \frac{{2b}}{{d}} = {rhs}$$
"""


def test_points_of_a_pair_are_not_read_as_one_hot_labels() -> None:
    # y here are points; read as a one-hot label, d could only be 0, 1 or √2, and at d = 1 this wrong
    # right side (1/d dropped) equals the left: it was PASSED "with the labels y/t one-hot"
    step = doc_steps(_REPULSION.format(rhs=r"-\frac{2b}{1 + a d^{2b}}"))[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_the_right_repulsion_is_green() -> None:
    step = doc_steps(_REPULSION.format(rhs=r"-\frac{2b}{d\left(1 + a d^{2b}\right)}"))[-1]
    assert step.verdict in _GREEN, step.message



def test_the_index_of_a_sum_in_a_definition_is_no_pair() -> None:
    # z = (1/N) Σ_i x_i binds i: the gate's gradient without its factor z is not "free on one side only" in i
    # (such a slip was FAILED before the pair reading, and SKIPPED by its first version)
    step = doc_steps(r"""
    # A gate

    For one channel the squeeze is $z = \frac{1}{N}\sum_{i=1}^{N} x_i$, the gate is $s = \sigma(w z)$ and the
    outputs are $y_i = s x_i$. With $g_i = \partial L / \partial y_i$,

    $$\frac{\partial L}{\partial w} = \left(\sum_{i=1}^{N} g_i x_i\right) s(1 - s)$$
    """)[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_an_index_inside_a_sum_of_a_definition_is_no_pair() -> None:
    # Z = Σ_{k≠l} w_{kl} is a sum over ordered pairs; the reading leaves l free. Given a value, l made the right
    # gradient below FAILED (fresh26's t-SNE); it stays unread as before
    step = doc_steps(r"""
    # A normaliser

    Write $Z = \sum_{k \ne l} w_{kl}$ and $C = \log Z$.

    $$\frac{\partial C}{\partial w_{12}} = \frac{1}{Z}$$
    """)[-1]
    assert step.verdict is not Verdict.FAILED, step.message
