r"""A green 0 = 0 through a loss the notes never define is no evidence (fresh42, documents.vacuous).

"$L = \frac1B\sum_b \ell_b$" with ``\ell_b`` defined nowhere (a per-example loss of the batch), then the chain rule
through a centring ``z_b = x_b - \bar x``: ``\frac{\partial L}{\partial x_c} = \sum_b \frac{\partial L}{\partial
z_b}(\delta_{bc} - \frac1B) = \frac{\partial L}{\partial z_c} - \sum_b \frac{\partial L}{\partial z_b}`` (the 1/B
dropped) was PROVED: read literally, L reaches no z and no x, so every derivative is 0 and both links are 0 = 0.
The loss ℓ_b is a placeholder whose dependence the notes leave unsaid: such a green is SKIPPED. Every example is
written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Centring

The loss is $L = \frac1B\sum_{b=1}^B \ell_b$, and the batch is centred, $z_b = x_b - \bar x$.

$$\frac{\partial L}{\partial x_c} = \sum_b \frac{\partial L}{\partial z_b}\left(\delta_{bc} - \frac1B\right) = RIGHT .$$
"""


def test_a_dropped_factor_is_not_green() -> None:
    wrong = r"\frac{\partial L}{\partial z_c} - \sum_b \frac{\partial L}{\partial z_b}"
    assert not {"PROVED", "PASSED"} & set(verdicts_by_line(_NOTE.replace("RIGHT", wrong))[5])
