r"""A recurrence holds in the problem that states it: Problem 2's ``h_t = 3h_{t-1}`` is not Problem 1's
``h_t = 2h_{t-1}`` restated (sound38; redteam37 left it: the SKIPPED reasons of Problem 2 cited Problem 1's rule).
A homework's problems name their own quantities (``partscope.across_problems``); a lecture's sections share
theirs. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.results import Verdict

_TWO = """# T

## Problem 1

The state follows

$$h_t = 2h_{t-1}$$

so unrolling once gives

$$h_t = 2 \\cdot 2 h_{t-2} = 4h_{t-2}$$

## Problem 2

Now the state follows

$$h_t = 3h_{t-1}$$

so unrolling once gives

$$h_t = 3 \\cdot 3 h_{t-2} = 9h_{t-2}$$

and with the first problem's factor

$$h_t = 4h_{t-2}$$
"""


def test_each_problem_unfolds_its_own_recurrence() -> None:
    by_line = verdicts_by_line(_TWO)
    assert by_line[11] == ["PROVED", "PROVED"], by_line  # Problem 1, by its h_t = 2h_{t-1}
    assert by_line[21] == ["PROVED", "PROVED"], by_line  # Problem 2, by its own h_t = 3h_{t-1}
    assert by_line[25] == ["FAILED"], by_line  # Problem 1's factor in Problem 2
    assert by_line[17] == ["SKIPPED"], by_line  # Problem 2's rule: a definition, not checked against Problem 1's


def test_a_skipped_worked_entry_cites_its_own_problems_rule() -> None:
    from support import doc_steps

    text = ("# T\n\n## Problem 1\n\n$$h_t = 2h_{t-1}$$\n\n$$h_1 = 3$$\n\n## Problem 2\n\n$$h_t = 3h_{t-1}$$\n\n"
            "$$h_1 = 2$$\n\n$$h_2 = 3 \\cdot 2 = 6$$\n")
    steps = doc_steps(text)
    messages = " ".join(s.message or "" for s in steps[-3:])  # Problem 2's h_1 and h_2
    assert "h_t = 2h_{t-1}" not in messages, messages
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_lectures_sections_share_a_recurrence() -> None:
    text = _TWO.replace("## Problem 1", "## The model").replace("## Problem 2", "## Unrolling")
    by_line = verdicts_by_line(text)
    assert by_line[11] == ["PROVED", "PROVED"], by_line
    assert "PROVED" not in by_line[21][:1], by_line  # the rule of the first section is still in force
