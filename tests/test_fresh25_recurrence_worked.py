r"""A recurrence worked by hand at numbered entries: ``\bar\theta_2 = 4 + \frac{1}{2}(2 - 4) = 3``.

After ``\bar\theta_t = \bar\theta_{t-1} + \frac{1}{t}(\theta_t - \bar\theta_{t-1})`` notes work the running
mean by hand. The unfolded reading (documents.recurrence) was refused for a numbered floor (no index range
to narrow), so the worked entry was read as a free value and the correct line FAILED (fresh25, Polyak
averaging). Now the recurrence is applied: with the entry below stated ("starting from $h_1 = 4$") the line
is checked — PROVED, or FAILED where the hand computation is wrong; where the failure rests on a value the
reader does not hold (the entry below not stated, an input given in prose) it is SKIPPED, not FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_REC = "The state is\n\n$$h_t = 0.5 h_{t-1} + 1$$\n\n"
_MEAN = "The running mean is\n\n$$m_t = m_{t-1} + \\frac{1}{t}(x_t - m_{t-1})$$\n\n"


def _worked(head: str, prose: str, display: str) -> list[Verdict]:
    steps = doc_steps(f"{head}{prose}\n\n$${display}$$\n")
    return [s.verdict for s in steps[1:]]  # the recurrence's own line is SKIPPED as a definition


def test_a_worked_entry_from_a_stated_start_is_proved() -> None:
    assert _worked(_REC, "With $h_1 = 4$:", r"h_2 = 0.5 \cdot 4 + 1 = 3") == [Verdict.PROVED, Verdict.PROVED]


def test_a_worked_entry_from_the_wrong_start_is_failed_at_its_link() -> None:
    assert _worked(_REC, "With $h_1 = 4$:", r"h_2 = 0.5 \cdot 6 + 1 = 4") == [Verdict.FAILED, Verdict.PROVED]


def test_a_worked_entry_whose_start_is_not_stated_is_not_failed() -> None:
    assert _worked(_REC, "Then", r"h_2 = 0.5 \cdot 4 + 1 = 3") == [Verdict.SKIPPED, Verdict.PROVED]


def test_a_worked_running_mean_is_not_failed() -> None:
    # the input x_2 the recurrence reads is stated in the prose: read at it, the hand computation is proved (it was
    # SKIPPED while the recurrence's inputs were sampled, lead65: documents.recurrencestart.recurrence_inputs)
    assert _worked(_MEAN, "With $m_1 = 4$ and $x_2 = 2$:", r"m_2 = 4 + \frac{1}{2}(2 - 4) = 3") == [
        Verdict.PROVED, Verdict.PROVED]  # fmt: skip


def test_a_wrong_hand_computation_of_it_stays_failed() -> None:
    verdicts = _worked(_MEAN, "With $m_1 = 4$ and $x_2 = 2$:", r"m_2 = 4 + \frac{1}{3}(2 - 4) = 3")
    assert verdicts[1] is Verdict.FAILED and Verdict.PROVED not in verdicts


def test_an_identity_at_the_recurrence_letter_still_fails() -> None:
    # h_t written at its letter: the floor h_{t-1} is a free value, and a failure there is the notes' own
    assert _worked(_REC, "Hence", r"h_t - 1 = 0.5 (h_{t-1} + 1)") == [Verdict.FAILED]


def test_a_worked_entry_whose_unfolding_cannot_be_read_is_not_failed() -> None:
    # θ_4 is outside the size the recurrence line gave θ (3): the unfolded reading is not read, and the
    # literal one draws the worked entry at random — no mistake of the notes
    head = ("The running mean is\n\n"
            "$$\\bar\\theta_t = \\frac{t - 1}{t}\\,\\bar\\theta_{t-1} + \\frac{1}{t}\\,\\theta_t$$\n\n")
    prose = r"The iterates are $\theta_1 = 4$, $\theta_2 = 2$, $\theta_3 = 3$, $\theta_4 = 1$."
    assert _worked(head, prose, r"\bar\theta_4 = 3 + \frac{1}{4}(1 - 3) = 2.5") == [Verdict.SKIPPED, Verdict.PROVED]
