r"""A class an indicator compares with an index whose range nothing sizes is not enumerated over an invented range
(sound57).

fresh54 made y of ``q_j = \mathbb{1}[j = y]`` one of j's values, and where a line reaches y only through the family's
definition, one of the line's free indices, enumerated. With "$y \in \{0, 1\}$ … for $j = 0, 1$" and the step
``q_0 + q_1 = 1`` nothing sizes j: its range is one inference invents (n₃, from 1), so y was enumerated up to 3, a
class no entry the step writes has, and the right step was FAILED "at n₃=3, y=3" (SKIPPED before fresh54). The
enumeration is kept for a range the notes size (the smoothed target's ``\sum_{k=1}^{K} q_k``, fresh54's tests).
Every note here is written for this test."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Labels

Let $y \\in \\{0, 1\\}$ be the label and $q_j = \\mathbb{1}[j = y]$ for $j = 0, 1$.

$$
q_0 + q_1 = 1
$$
"""


def test_two_written_entries_of_an_unsized_family_are_not_failed_at_an_invented_class() -> None:
    step = doc_steps(_NOTES)[-1]
    assert step.verdict is not Verdict.FAILED, step.message
