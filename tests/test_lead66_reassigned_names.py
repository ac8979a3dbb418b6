r"""A worked update written with the name itself: ``$$w = (0, 0) + (-1)(2, 1) = (-2, -1)$$`` after "Start from
$w = (0, 0)$" gives w its new value (a perceptron's or gradient descent's step written without an iterate's
subscript); it is no claim that the old w equals the new one (stop 66: three false FAILED on a perceptron note),
and the lines after it read w at the value the display computed."""

from support import doc_steps, verdicts_by_line

PERCEPTRON = r"""# A perceptron update

The perceptron predicts $\hat y = \operatorname{sign}(w^\top x)$ and on a mistake updates $w \leftarrow w + y x$.
Start from $w = (0, 0)$ and see $x_1 = (2, 1)$ with $y_1 = -1$. Since $w^\top x_1 = 0$ we count it a mistake, and

$$w = (0, 0) + (-1)(2, 1) = (-2, -1).$$

Next $x_2 = (1, 3)$ with $y_2 = 1$: $w^\top x_2 = -2 - 3 = -5 < 0$, another mistake, so

$$w = (-2, -1) + (1, 3) = (-1, 2).$$
"""

GRADIENT_STEP = r"""# One step of gradient descent

Take $f(w) = (w - 3)^2$, start at $w = 0$ and use $\eta = 0.1$. The gradient is $f'(w) = 2(w - 3)$, so $f'(0) = -6$ and

$$w = 0 - 0.1 \cdot (-6) = 0.6.$$

At the new point $f'(w) = 2(0.6 - 3) = -4.8$.
"""


def _flat(text: str) -> dict[int, list[str]]:
    return verdicts_by_line(text)


def test_a_perceptron_update_written_with_the_same_name_is_not_failed() -> None:
    verdicts = _flat(PERCEPTRON)
    assert not any("FAILED" in v for vs in verdicts.values() for v in vs), verdicts
    assert verdicts[6] == ["SKIPPED", "PROVED"], verdicts[6]  # the update itself is no claim; its arithmetic is


def test_the_line_after_the_update_reads_the_new_value() -> None:
    verdicts = _flat(PERCEPTRON)
    assert "PROVED" in verdicts[8][0], verdicts[8]  # wᵀx₂ = −2 − 3 at w = (−2, −1)


def test_a_wrong_update_is_still_failed() -> None:
    wrong = PERCEPTRON.replace("= (-2, -1).$$", "= (-2, 1).$$")
    assert any("FAILED" in v for v in _flat(wrong)[6])


def test_a_wrong_use_of_the_new_value_is_failed() -> None:
    wrong = PERCEPTRON.replace("w^\\top x_2 = -2 - 3 =", "w^\\top x_2 = -2 + 3 =")
    assert "FAILED" in _flat(wrong)[8]


def test_a_scalar_gradient_step_gives_the_next_line_its_point() -> None:
    verdicts = _flat(GRADIENT_STEP)
    assert not any("FAILED" in v for vs in verdicts.values() for v in vs), verdicts
    assert "PROVED" in verdicts[7][0], verdicts[7]  # f'(w) = 2(0.6 − 3) at w = 0.6


def test_a_wrong_scalar_step_is_failed() -> None:
    wrong = GRADIENT_STEP.replace("= 0.6.$$", "= 0.5.$$")
    assert _flat(wrong)[5] == ["SKIPPED", "FAILED"]


def test_the_update_link_says_it_gives_a_new_value() -> None:
    steps = [s for s in doc_steps(PERCEPTRON) if s.verdict.value == "SKIPPED" and "new value" in (s.message or "")]
    assert len(steps) == 2, [s.message for s in doc_steps(PERCEPTRON)]
