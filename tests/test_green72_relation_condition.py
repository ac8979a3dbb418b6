r"""A condition between names the prose states before a claim: "For $r > \delta$, $h'(r) = \delta$" (green72).

The Huber loss defined by cases (``\frac12 r^2`` for ``|r| \le \delta``, ``\delta(|r| - \frac12\delta)`` otherwise),
then "For $r > \delta$, $h'(r) = \delta$": the right derivative on the large side was FAILED "at r = 0, delta = 1" —
a point where the condition the prose states does not hold. The prose's ranges are read only against numbers (``x >
1``: sampled there); a relation between names (``r > \delta``, ``|r| \le \delta``) cannot be sampled, so a failure
only where it does not hold is no mistake of the notes: SKIPPED, naming it (documents.relationcases). A failure at a
point where it holds stays FAILED. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.relationcases import stated_relation, violated

_NOTE = r"""# The Huber loss

For a threshold $\delta > 0$ the Huber loss of a residual $r$ is

$$
h(r) = \begin{cases} \frac12 r^2 & |r| \le \delta \\ \delta(|r| - \frac12 \delta) & \text{otherwise} \end{cases}
$$

CLAIM
"""


def test_the_right_derivative_on_the_large_side_is_not_failed() -> None:
    for claim in ("For $r > \\delta$, $h'(r) = \\delta$.", "For $r > \\delta$ the derivative is $h'(r) = \\delta$.",
                  "When $r < -\\delta$ we have $h'(r) = -\\delta$."):
        assert verdicts_by_line(_NOTE.replace("CLAIM", claim))[9] != ["FAILED"], claim


def test_a_wrong_derivative_there_is_not_green() -> None:
    for claim in ("For $r > \\delta$, $h'(r) = 2\\delta$.", "For $r > \\delta$, $h'(r) = r$."):
        assert verdicts_by_line(_NOTE.replace("CLAIM", claim))[9] not in (["PROVED"], ["PASSED"]), claim


def test_a_bound_against_a_number_is_not_this_reading() -> None:
    # r > 0 is the ranges' reading (sampled there): its failure stays FAILED, whatever point it is reported at
    note = _NOTE.replace("CLAIM", "For $r > 0$, $h'(r) = 2\\delta + 1$.")
    assert verdicts_by_line(note)[9] == ["FAILED"]


def test_violated_reads_the_condition_at_the_point() -> None:
    assert violated(r"r > \delta", {"r": "0", "delta": "1"}) is True
    assert violated(r"r > \delta", {"r": "2", "delta": "1"}) is False
    assert violated(r"|r| \le \delta", {"r": "-3", "delta": "1"}) is True
    assert violated(r"0 < r < \delta", {"r": "0.5", "delta": "1"}) is False
    assert violated(r"r > \delta", {"r": "2"}) is None  # delta not given: undecided


def test_only_a_relation_between_names_in_a_lead_of_condition_is_read() -> None:
    assert stated_relation("For $r > \\delta$, ") == r"r > \delta"
    assert stated_relation("Let $h$ be as above. When $|r| \\le \\delta$ we have ") == r"|r| \le \delta"
    assert stated_relation("For $r > 0$, ") is None
    assert stated_relation("For $r > \\delta$ it is linear. Now ") is None  # another sentence
    assert stated_relation("Note that $r > \\delta$ and ") is None  # no lead of condition
