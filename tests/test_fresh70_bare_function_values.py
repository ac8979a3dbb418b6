r"""A function written bare in another definition reaches its parameters' stated values (fresh70).

Knowledge-graph notes define the score as a function, ``f(h, r, t) = \sum_i h_i r_i t_i``, and the loss from it
written bare, ``L = \log(1 + e^{-f})``: f there is the score of the triple, f at (h, r, t). A worked gradient
``\nabla_h L = -0.7311\,(1, -1)`` after "$h = (1, 2)$, $r = (0.5, 1)$, $t = (2, -1)$" is checked at those values.
Only h (written in the step) was read at its value; r and t, reached through the bare f, were left free, and
the step FAILED at r = t = 0 — a false alarm. They are now read at their stated values too: the right gradient
is no longer FAILED (it is SKIPPED: only the entry the check compared is known to round right, documents.
workedrounding), and a wrong one (the sign of the second entry) is still never green."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Scores

The score of a triple is

$$f(h, r, t) = \sum_{i=1}^{k} h_i r_i t_i,$$

and a true triple is trained with the loss $L = \log(1 + e^{-f})$.

Let $k = 2$ and

$$h = (1, 2), \qquad r = (0.5, 1), \qquad t = (2, -1).$$

The score is $-1$ and $\sigma(1) \approx 0.7311$, so

$$\nabla_h L = -0.7311\,(1, -1) = (-0.7311, 0.7311).$$
"""
_LINE = 15


def test_a_gradient_through_a_bare_function_is_read_at_every_stated_value() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[_LINE][0] != "FAILED", verdicts[_LINE]


def test_a_wrong_gradient_through_a_bare_function_is_not_green() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"(1, -1) = (-0.7311, 0.7311)", r"(1, 1) = (-0.7311, -0.7311)"))
    assert verdicts[_LINE][0] not in {"PROVED", "PASSED"}, verdicts[_LINE]


def test_without_the_other_values_the_step_is_not_green() -> None:
    note = _NOTE.replace(r"$$h = (1, 2), \qquad r = (0.5, 1), \qquad t = (2, -1).$$", "$$h = (1, 2).$$")
    verdicts = verdicts_by_line(note)
    assert verdicts[_LINE][0] not in {"PROVED", "PASSED"}, verdicts[_LINE]


_PARTIAL = r"""# Scores

The score of a triple is

$$f(h, r, t) = \sum_{i=1}^{k} h_i r_i t_i,$$

and a true triple is trained with the loss $L = \log(1 + e^{-f})$. By the chain rule

$$\frac{\partial L}{\partial t_i} = -\sigma(-f)\, RIGHT .$$
"""


def test_the_other_parameters_of_the_bare_function_are_held_fixed() -> None:
    # h and r, reached through the bare f, are f's other inputs: they cannot depend on t (no doubt excuses this)
    verdicts = verdicts_by_line(_PARTIAL.replace("RIGHT", "r_i t_i"))
    assert verdicts[9] == ["FAILED"], verdicts[9]
    verdicts = verdicts_by_line(_PARTIAL.replace("RIGHT", "h_i r_i"))
    assert verdicts[9] == ["PROVED"], verdicts[9]
