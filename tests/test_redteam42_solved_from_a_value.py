r"""A value given after "so" is no root of a stated value, nor a claim proved by itself (redteam42).

gaps41's solvedprose links "…, so $w = c$" to the sentence's last formula before the cue. Two ways it went wrong:

* "We iterate $w = 0.5w + 1$ from $w = 0$, so $w = 1$ after one step." linked w = 1 to the starting value ``w = 0``
  and FAILED "w = 1 does not solve the equation before it (w = 0)". A formula that is itself a name set to a number
  is a stated value (a start, a case), nothing to solve: no link.
* "From $w_0 = 2$ the update $w_1 = w_0 - 0.1(2w_0 - 6)$ gives $w = 2.5$." (w₁ = 2.2): the equation is in w₁, so no
  root is checked, and the one-link chain ``w = 2.5`` was PROVED "under the hypothesis w = 2.5 (stated in the notes
  (line 3))" — its own formula read as a stated value. A solved chain is never read at its own value."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _verdicts(notes: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes)]


def test_a_new_value_after_a_starting_value_is_not_failed() -> None:
    assert "FAILED" not in _verdicts("# GD\n\nWe iterate $w = 0.5 w + 1$ from $w = 0$, so $w = 1$ after one step.\n")


def test_a_value_after_an_update_in_other_names_is_not_proved_by_itself() -> None:
    notes = "# GD\n\nFrom $w_0 = 2$ the update $w_1 = w_0 - 0.1(2w_0 - 6)$ gives $w = 2.5$.\n"
    assert not set(_verdicts(notes)) & set(GREEN)


def test_a_root_of_an_equation_is_still_checked() -> None:
    assert _verdicts("# Root\n\nSetting the derivative to zero gives $2w - 6 = 0$, so $w = 2$.\n")[-1] == "FAILED"
    assert _verdicts("# Root\n\nSetting the derivative to zero gives $2w - 6 = 0$, so $w = 3$.\n")[-1] == "PROVED"
