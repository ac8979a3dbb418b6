r"""An iteration written with the next iterate on the left (``x_{k+1} = x_k - f'(x_k)/f''(x_k)``,
``w^{(t+1)} = w^{(t)} - \eta g``, ``h_t = \tanh(w h_{t-1} + u x_t)``) defines that iterate from the
previous one: a recurrence, not an identity. Read as an identity between entries of one array it
fails, and a correct Newton step was FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.updaterule import is_update_rule

NEWTON = r"""
To minimise $f(x) = e^{x} - 3x$ we iterate

$$x_{k+1} = x_k - \frac{f'(x_k)}{f''(x_k)}.$$
"""

NEWTON_WORKED = r"""
To minimise $f(x) = e^{x} - 3x$ we iterate

$$x_{k+1} = x_k - \frac{e^{x_k} - 3}{e^{x_k}} = x_k - 1 + 3e^{-x_k}.$$
"""

GD = r"""
Let $g(w) = (w - 2)^2$. Gradient descent:

$$w^{(t+1)} = w^{(t)} - \eta g'(w^{(t)})$$
"""


def test_a_newton_update_is_a_recurrence_not_failed() -> None:
    (step,) = doc_steps(NEWTON)
    assert step.verdict.value == "SKIPPED", step.message
    assert "update rule" in step.message


def test_a_gradient_descent_update_with_a_bracketed_superscript_is_not_failed() -> None:
    (step,) = doc_steps(GD)
    assert step.verdict.value == "SKIPPED", step.message


def test_the_worked_algebra_after_an_update_is_still_checked() -> None:
    first, second = doc_steps(NEWTON_WORKED)
    assert first.verdict.value == "SKIPPED", first.message
    assert second.verdict.value == "PROVED", second.message


def test_a_sign_slip_in_the_worked_algebra_after_an_update_is_not_green() -> None:
    _first, second = doc_steps(NEWTON_WORKED.replace("- 1 + 3e", "- 1 - 3e"))
    assert second.verdict.value == "FAILED", second.message


def test_an_index_shift_alone_is_no_update_rule() -> None:
    # the next entry is not written from the current one: nothing defines it, it stays checked
    (step,) = doc_steps(r"""
    For the vector $x$:

    $$x_{k+1} - x_k = x_k - x_{k+1}$$
    """)
    assert step.verdict.value == "FAILED", step.message


def test_a_defined_sequence_keeps_its_failed_recurrence() -> None:
    # s is defined by the notes: s_t = s_{t-1} - x_t is a claim about it, and a wrong one
    steps = doc_steps(r"""
    Let the running sum be $s_t = \sum_{i=1}^{t} x_i$. Then

    $$s_t = s_{t-1} - x_t$$
    """)
    assert steps[-1].verdict.value != "PROVED", steps[-1].message
    assert "update rule" not in steps[-1].message


def test_the_iterate_is_one_name() -> None:
    assert is_update_rule(r"\theta^{(t+1)}", r"\theta^{(t)} - \eta g") == (r"\theta^{(t+1)}", r"\theta^{(t)}")
    assert is_update_rule(r"h_t", r"\tanh(w h_{t-1} + u x_t)") == ("h_t", "h_{t-1}")
    assert is_update_rule(r"Az^{(i+1)}", r"Az^{(i)} - g") is None  # a product, not one iterate
    assert is_update_rule(r"x_{k+1}", r"x_{k+1} - g") is None  # no earlier iterate on the right
