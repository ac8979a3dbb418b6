r"""Cases rows that overlap at a point (``x \ge 0`` and ``x \le 0``) in ``verify doc`` (gaps68).

Rows that agree where they overlap are one function: ReLU's square's derivative with ``2z & z \ge 0`` and ``0 & z
\le 0`` is PROVED. ReLU's derivative with ``1`` and ``0`` on such rows stays green: 0 is its kink, where the value is
a convention. Where the rows give different values at the overlap and a step compares them with a formula that
agrees with the later row there (``\frac{d}{dz}\max(z, 2z) = \begin{cases} 2 & z \ge 0 \\ 1 & z \le 0 \end{cases}
= 1 + \mathbb{1}[z > 0]``),
the step was SKIPPED "the sides differ at z = 0 (2 against 1), a point no random sample reaches": true but it hid why.
The reason now says that two rows hold there with different values and the first was taken (the notes' cases
contradict themselves at that point: never green, never FAILED). A row wrong off the overlap is FAILED.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTES = r"""# ReLU

The ReLU is $\mathrm{ReLU}(z) = \max(0, z)$. Its derivative is

$$
DISPLAY
$$
"""


def _line(display: str) -> list[str]:
    return verdicts_by_line(NOTES.replace("DISPLAY", display))[6]


def test_rows_that_agree_where_they_overlap_are_proved() -> None:
    square = r"\frac{d}{dz}\mathrm{ReLU}(z)^2 = \begin{cases} 2z & z \ge 0 \\ 0 & z \le 0 \end{cases}"
    assert _line(square) == ["PROVED"]


def test_a_row_wrong_off_the_overlap_is_failed() -> None:
    square = r"\frac{d}{dz}\mathrm{ReLU}(z)^2 = \begin{cases} 2z & z \ge 0 \\ 1 & z \le 0 \end{cases}"
    assert _line(square) == ["FAILED"]


def test_the_derivative_at_its_kink_stays_green() -> None:
    assert _line(r"\frac{d}{dz}\mathrm{ReLU}(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z \le 0 \end{cases}")[0] in (
        "PROVED", "PASSED")


def test_rows_that_disagree_at_the_overlap_are_named_in_the_reason() -> None:
    from support import doc_steps

    text = NOTES.replace("DISPLAY", r"\frac{d}{dz}\max(z, 2z) = \begin{cases} 2 & z \ge 0 \\ 1 & z \le 0 \end{cases}"
                                    r" = 1 + \mathbb{1}[z > 0]")
    step = doc_steps(text)[-1]
    assert step.verdict.name == "SKIPPED", step.message
    assert "two rows of its cases hold there and give 2 and 1" in step.message, step.message
