r"""``w = 0`` for a weight vector of a model over samples $x_i \in \mathbb{R}^d$: the zero vector of x_i's length.

lead71's logistic notes: "examples $x_i \in \mathbb{R}^d$ and the model $p_i = \sigma(w^\top x_i)$ … With $w = 0$ we
get $p_1 = \sigma(0) = 0.5$". The zero hypothesis was read (a scalar 0 against a vector is its zero:
documents.hypotheses), but w's length was inferred apart from d (the annotated sample x_i inside the definition of
p_i gave no shape to the product w^T x_i), so the worked number failed on a "dimension mismatch: a 1×2 factor times a
3×1 factor" and was SKIPPED. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""# Logistic model

We have examples $x_i \in \mathbb{R}^d$ and the model $p_i = \sigma(w^\top x_i)$, where $\sigma(t) = 1/(1 + e^{-t})$.

With $w = 0$ we get $p_1 = \sigma(ARG) = VALUE$.
"""

_DISPLAYED = r"""# Logistic model

We have examples $x_i \in \mathbb{R}^d$ and the model

$$
p_i = \sigma(w^\top x_i) .
$$

With $w = 0$ we get $p_1 = \sigma(ARG) = VALUE$.
"""


@pytest.mark.parametrize("note, line", [(_NOTE, 5), (_DISPLAYED, 9)])
def test_a_worked_number_at_the_zero_weight_vector_is_proved(note: str, line: int) -> None:
    assert verdicts_by_line(note.replace("ARG", "0").replace("VALUE", "0.5"))[line] == ["PROVED", "PROVED"]


@pytest.mark.parametrize("note, line", [(_NOTE, 5), (_DISPLAYED, 9)])
def test_a_wrong_value_at_the_zero_weight_vector_fails(note: str, line: int) -> None:
    assert verdicts_by_line(note.replace("ARG", "0").replace("VALUE", "0.7"))[line] == ["PROVED", "FAILED"]


@pytest.mark.parametrize("note, line", [(_NOTE, 5), (_DISPLAYED, 9)])
def test_a_wrong_argument_at_the_zero_weight_vector_is_not_green(note: str, line: int) -> None:
    # w^T x_1 = 0 at w = 0, not 1: the planted sigma(1) is no PROVED step (and its number 0.5 FAILED against it)
    verdicts = verdicts_by_line(note.replace("ARG", "1").replace("VALUE", "0.5"))[line]
    assert verdicts[0] not in ("PROVED", "PASSED") and verdicts[1] == "FAILED"


_BOLD = r"""# Logistic model

We have examples $x_i \in \mathbb{R}^d$ and the model $p_i = \sigma(\theta^\top x_i)$.

We initialise at $\theta = ZERO$, so that $p_1 = \sigma(0) = VALUE$.
"""


@pytest.mark.parametrize("zero", [r"\mathbf{0}", r"\boldsymbol{0}", r"\vec 0", r"\bm 0"])
def test_the_bold_zero_is_a_stated_value_of_the_weight_vector(zero: str) -> None:
    # \theta = \mathbf{0} stated no value at all (only numbers were values): the worked number stayed SKIPPED
    assert verdicts_by_line(_BOLD.replace("ZERO", zero).replace("VALUE", "0.5"))[5] == ["PROVED", "PROVED"]


def test_a_wrong_value_at_the_bold_zero_fails() -> None:
    assert verdicts_by_line(_BOLD.replace("ZERO", r"\mathbf{0}").replace("VALUE", "0.25"))[5] == ["PROVED", "FAILED"]


def test_a_bold_one_is_no_zero() -> None:
    # \theta = \mathbf{1}: the all-ones vector, never read as 0 (w^T x_1 = sum of x_1's entries, no number)
    verdicts = verdicts_by_line(_BOLD.replace("ZERO", r"\mathbf{1}").replace("VALUE", "0.5"))[5]
    assert verdicts[0] not in ("PROVED", "PASSED")


_SINGLE = r"""# Logistic model

We have examples $x_i \in \mathbb{R}^d$ with labels $y_i$ and the model $p_i = \sigma(w^\top x_i)$.
The gradient of the loss is $g_i = (p_i - y_i)\, x_i$.

For a single example with $x = (1, 2)^\top$, $y = 1$ and $w = 0$ we get $p = \sigma(0) = 0.5$, and
the gradient is $(p - y)\, x = GRADIENT^\top$.
"""


def test_a_wrong_single_example_gradient_is_not_green() -> None:
    # (p - y) x = (0.5 - 1)(1, 2) = (-0.5, -1): the planted -2 is never green (SKIPPED on the base, FAILED now)
    assert not set(verdicts_by_line(_SINGLE.replace("GRADIENT", "(-0.5, -2)"))[7]) & {"PROVED", "PASSED"}
