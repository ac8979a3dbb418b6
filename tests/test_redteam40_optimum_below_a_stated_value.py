r"""A stated optimum that the notes' own values contradict is no given (redteam40).

"We have $Q(s', a_1) = 3$ and $Q(s', a_2) = 4$, so $\max_{a'} Q(s', a') = 3$" (the student took the first action's
value): gaps39's stated optima made the maximum 3, and ``r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 3`` was
PROVED — though the maximum is at least 4. A maximum below a value the notes state in its section for the same
function at the same other arguments (a minimum above one) is not read as stated. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedoptima import stated_optima

NOTES = r"""
# A Q-learning target

In $s'$ we have $Q(s', a_1) = 3$ and $Q(s', a_2) = 4$, so $\max_{a'} Q(s', a') = BEST$. With $r = 1$ and
$\gamma = 0.9$,

$$
y = r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot BEST
$$
"""


def _verdicts(best: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("BEST", best))]


def test_a_maximum_below_a_stated_value_makes_no_green() -> None:
    assert _verdicts("3")[-1] not in ("PROVED", "PASSED")


def test_the_right_maximum_is_read() -> None:
    assert _verdicts("4")[-1] == "PROVED"


def test_which_statements_are_contradicted() -> None:
    assert not stated_optima(NOTES.replace("BEST", "3"))
    assert stated_optima(NOTES.replace("BEST", "4"))
    assert stated_optima(NOTES.replace("BEST", "5"))  # more actions than the two written: not contradicted
    low = NOTES.replace("\\max", "\\min")
    assert not stated_optima(low.replace("BEST", "4"))
    assert stated_optima(low.replace("BEST", "3"))
    other = NOTES.replace("Q(s', a_2) = 4", "Q(s'', a_2) = 4")  # another state's value says nothing
    assert stated_optima(other.replace("BEST", "3"))
    section = NOTES.replace("In $s'$ we have", "In $s'$ we have $Q(s', a_2) = 4$.\n\n# Another problem\n\nWe have")
    assert stated_optima(section.replace("Q(s', a_2) = 4$, so", "Q(s', a_3) = 1$, so").replace("BEST", "3"))
