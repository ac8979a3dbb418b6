"""An answer key's "common error" line: the wrong formula a marking scheme quotes to say what earns fewer marks
("A common error is to drop the inner derivative and write $…$", "Deduct a mark for the common slip $…$") is
the notes rejecting it, as "A common mistake is $…$" already was; a FAILED reported the key's own warning as
its mistake (fresh66)."""

from __future__ import annotations

from support import line_of, verdicts_by_line

KEY = r"""Let $f(w) = (w x - y)^2$.

$$
f'(w) = 2 (w x - y) x
$$

A common error is to drop the inner derivative and write $f'(w) = 2 (w x - y)$; award at most 1 mark.
"""

SLIP = r"""Let $g(t) = t^3$.

$$
g'(t) = 3 t^2
$$

Deduct one mark for the common slip $g'(t) = 3 t^3$ (the power not lowered).
"""


def test_common_error_to_write_is_rejected_not_failed() -> None:
    verdicts = verdicts_by_line(KEY)
    assert verdicts[line_of(KEY, "A common error")] == ["SKIPPED"]
    assert verdicts[line_of(KEY, "f'(w) = 2 (w x - y) x")] == ["PROVED"]


def test_common_slip_is_rejected_not_failed() -> None:
    assert verdicts_by_line(SLIP)[line_of(SLIP, "common slip")] == ["SKIPPED"]


def test_an_error_that_names_a_loss_is_no_rejection() -> None:
    # "the squared error is $…$" defines; written wrong it is the notes' mistake
    text = "Let $g(t) = t^3$. The squared error is large, and $g'(t) = 3 t^3$ is what we use.\n"
    assert verdicts_by_line(text)[1] == ["FAILED"]
    text = "Let $g(t) = t^3$. The mean squared error is $g'(t) = 3 t^3$.\n"
    assert verdicts_by_line(text)[1] == ["FAILED"]
