r"""review21c: prose that does not state a free index lies outside a sum is no statement of it
(documents.outsideindex.said_outside): a negated or hedged wording, a condition, another letter, another
set, a sentence that also writes t = m. Read as stated, a step right only outside the sum went green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.outsideindex import Outside, said_outside
from verifier.results import Verdict

_T = Outside("t", "q", 0, "M", "m")

_NOT_STATED = [
    "Sampling does not exclude the target $t$ from the negatives.",
    "We do not assume that $t$ is different from every $m$.",
    "The target $t$ is not different from every $m$.",
    "Here $t$ may be among the $M$ negatives; padding tokens are excluded.",
    "Here $t$ may be among the $M$ negatives and padding tokens are excluded.",
    "For the target $t$ and a word $s$ not among the negatives we write the loss.",
    "The target $t$ is drawn from the data, and $M$ is not in general larger than 20.",
    r"Let $\delta_{tm}$ be 1 when $t = m$ and 0 for $t \neq m$.",
    r"The weight is 0 for all $m \neq t$.",
    r"The word $w_t \notin \mathcal{S}$ is not a stop word, and $t$ may be one of the $M$ negatives.",
    r"Here $t \notin \mathcal{S}$, the stop words.",
    r"If $t \notin \{1, \dots, M\}$ the gradient is simpler.",
    "When $t$ is not among the negatives the gradient is simpler.",
    "Is $t$ not among the negatives? if so, the gradient is simpler.",
    "Here $t$ indexes the words excluded from the vocabulary, and the $M$ negatives are drawn.",
]


@pytest.mark.parametrize("prose", _NOT_STATED)
def test_a_wording_that_does_not_state_the_index_outside_states_nothing(prose: str) -> None:
    assert said_outside("Some prose first.\n" + prose, [_T]) is None


_STATED = [
    "Note that $t$ is not among the negatives.",
    "The target $t$ is never one of the negatives.",
    r"Here $t \notin \{1, \dots, M\}$.",
    r"We assume $m \neq t$ for every term of the sum.",
    "The negatives exclude the target $t$.",
    "The index $t$ is different from every $m$.",
    "Each $q_m$ is distinct from $q_t$.",
    r"with $q_t \not\in \{q_1, \dots, q_M\}$",
    r"For simplicity, note that $t \notin \{1, \dots, M\}$.",
    r"Here $a$ is the positive and the others are summed, with $t \neq m$:",
    "The target $t$ is by construction not among the negatives.",
    "The target $t$ is assumed to be different from every $m$.",
]


@pytest.mark.parametrize("prose", _STATED)
def test_a_statement_of_the_index_outside_is_still_read(prose: str) -> None:
    assert said_outside("Some prose first.\n" + prose, [_T]) is not None


_NOTES = r"""%s
$$J = -\log\sigma(q_t^T h) - \sum_{m=1}^M \log \sigma(-q_m^T h)$$
$$\frac{\partial J}{\partial q_t} = (\sigma(q_t^T h) - 1) h$$
"""


@pytest.mark.parametrize("prose", [
    "Sampling does not exclude the target $t$ from the $M$ negatives.",
    r"Let $\delta_{tm}$ be 1 when $t = m$ and 0 for $t \neq m$.",
])  # fmt: skip
def test_a_step_right_only_outside_the_sum_is_not_green_where_the_prose_does_not_say_so(prose: str) -> None:
    check = check_text(_NOTES % prose, "notes.md")
    step = next(s for ch in check.chains for s in ch.result.steps if "\\partial J" in s.lhs_latex)
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED)
