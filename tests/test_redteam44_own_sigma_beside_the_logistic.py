r"""A line that calls σ the sigmoid or the logistic function while the notes' own σ is in force is not read with the
notes' σ (redteam44, documents.ownbuiltins).

sound43 reads ``\sigma(`` as the notes' function from "Let the noise schedule be $\sigma(t) = 0.25t$." to the next
definition of σ. A later line "The gate uses the logistic sigmoid, and at $x = 4$ it gives $$\sigma(4) = 1.$$" (the
logistic gives 0.982) was PROVED at the schedule, and "The classifier on top is logistic: $$\sigma(0) = 0.5.$$"
FAILED (the schedule gives 0). Which σ such a line means is not decided: SKIPPED, never green, never FAILED. The
schedule's own lines keep their verdicts. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = "# Diffusion\n\nLet the noise schedule be $\\sigma(t) = 0.25t$.\n\n"


def test_a_line_naming_the_logistic_is_not_read_with_the_notes_sigma() -> None:
    gate = _NOTES + "The gate uses the logistic sigmoid, and at $x = 4$ it gives $$\\sigma(4) = 1.$$\n"
    assert verdicts_by_line(gate)[5] == ["SKIPPED"]
    top = _NOTES + "The classifier on top is logistic: $$\\sigma(0) = 0.5.$$\n"
    assert verdicts_by_line(top)[5] == ["SKIPPED"]


def test_the_schedules_own_lines_keep_their_verdicts() -> None:
    assert verdicts_by_line(_NOTES + "At the end of training, $$\\sigma(4) = 1.$$\n")[5] == ["PROVED"]
    assert verdicts_by_line(_NOTES + "At the end of training, $$\\sigma(4) = 0.98.$$\n")[5] == ["FAILED"]
