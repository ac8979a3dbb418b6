r"""worked72: a root stated in the sentence after a displayed derivative is checked against it (documents.solvedprose):
"$$g'(t) = 6t - 12$$ so the critical point is $t = 2$" (red72's z05, no step on the base)."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A parabola

Let $g(t) = 3t^2 - 12t$. Then
$$g'(t) = 6t - 12$$
CUE $t = ROOT$.
"""


def _at_root(cue: str, root: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("CUE", cue).replace("ROOT", root)).get(5, [])


def test_wrong_root_after_a_displayed_derivative_is_failed() -> None:
    assert _at_root("so the critical point is", "3") == ["FAILED"]


def test_right_root_after_a_displayed_derivative_is_proved() -> None:
    assert _at_root("so the critical point is", "2") == ["PROVED"]


def test_stationary_point_and_minimiser_cues() -> None:
    assert _at_root("hence the stationary point is", "4") == ["FAILED"]
    assert _at_root("so the minimiser is", "2") == ["PROVED"]


def test_plain_so_after_an_equation_set_to_zero() -> None:
    text = "# Root\n\nThe condition is\n$$6t - 12 = 0$$\nso $t = 5$.\n"
    assert verdicts_by_line(text).get(5) == ["FAILED"]


def test_plain_so_after_a_derivative_not_set_to_zero_is_no_root() -> None:
    # "so $t = 3$" after g'(t) = 6t - 12 need not be its root (a point where the slope is read next): not FAILED
    assert "FAILED" not in _at_root("so at", "3")
    text = "# Value\n\nWe have\n$$z = 3t + 1$$\nso $t = 5$ gives a large z.\n"
    assert "FAILED" not in verdicts_by_line(text).get(5, [])
