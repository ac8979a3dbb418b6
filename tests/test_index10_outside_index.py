r"""documents.outsideindex: a free index written beside a sum over the same family may lie outside
the sum's range (a target among negatives); where the notes say so, it does."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.outsideindex import Outside, said_outside
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""The loss for a target $t$ with $M$ negative samples is
$$J = -\log\sigma(q_t^T h) - \sum_{m=1}^M \log \sigma(-q_m^T h)$$
%s
$$\frac{\partial J}{\partial q_t} = %s$$
"""
_RIGHT = r"(\sigma(q_t^T h) - 1) h"
_DROPPED_H = r"(\sigma(q_t^T h) - 1)"
_SIGN = r"(1 - \sigma(q_t^T h)) h"
_INSIDE = r"(\sigma(q_t^T h) - 1) h + \sigma(q_t^T h) h"  # right only when t is one of 1..M
_SAID = "Note that $t$ is not among the negatives."


def _step(text: str, lhs: str = "\\partial J") -> tuple[Verdict, str]:
    check = check_text(text, "notes.md")
    step = next(s for ch in check.chains for s in ch.result.steps if lhs in s.lhs_latex)
    return step.verdict, step.message or ""


@pytest.mark.slow(2)
def test_unsaid_the_step_right_outside_the_sum_is_not_failed() -> None:
    verdict, message = _step(_NOTES % ("", _RIGHT))
    assert verdict is Verdict.SKIPPED
    assert "outside 1..M" in message and "do not say" in message


@pytest.mark.parametrize("said", ["", _SAID])
@pytest.mark.parametrize("rhs", [_DROPPED_H, _SIGN])
def test_a_planted_mistake_fails_under_every_reading(said: str, rhs: str) -> None:
    assert _step(_NOTES % (said, rhs))[0] is Verdict.FAILED


def test_said_the_outside_reading_is_the_reading_and_reported() -> None:
    verdict, message = _step(_NOTES % (_SAID, _RIGHT))
    assert verdict in _GREEN
    assert "t: an index M+1" in message and "not among the negatives" in message


def test_said_a_step_right_only_inside_the_sum_is_not_green() -> None:
    assert _step(_NOTES % (_SAID, _INSIDE))[0] not in _GREEN


def test_unsaid_a_step_right_inside_the_sum_stays_green_by_the_literal_reading() -> None:
    verdict, message = _step(_NOTES % ("", _INSIDE))
    assert verdict in _GREEN and "outside" not in message


@pytest.mark.slow(2)
def test_other_letters_and_a_not_in_set_statement() -> None:
    notes = r"""Draw $K$ negative words $w_1, \dots, w_K$; note that $o \notin \{w_1, \dots, w_K\}$.
$$L = -\log\sigma(u_o^T v) - \sum_{k=1}^K \log\sigma(-u_k^T v)$$
$$\frac{\partial L}{\partial u_o} = %s$$
"""
    assert _step(notes % r"(\sigma(u_o^T v) - 1) v", "\\partial L")[0] in _GREEN
    assert _step(notes % r"(\sigma(u_o^T v) + 1) v", "\\partial L")[0] is Verdict.FAILED


@pytest.mark.slow(2)
def test_a_neq_statement_with_the_summed_letter() -> None:
    notes = r"""Here $a$ is the positive and the others are summed, with $a \neq j$:
$$C = -\log\sigma(s_a) - \sum_{j=1}^N \log\sigma(-s_j)$$
$$\frac{\partial C}{\partial s_a} = %s$$
"""
    assert _step(notes % r"\sigma(s_a) - 1", "\\partial C")[0] in _GREEN
    assert _step(notes % r"\sigma(s_a)", "\\partial C")[0] is Verdict.FAILED


def test_a_question_states_nothing() -> None:
    verdict, _ = _step(_NOTES % ("Is $t$ not among the negatives?", _INSIDE))
    assert verdict in _GREEN  # the literal reading, the question not taken as a statement


def test_a_free_index_the_formula_does_not_write_beside_the_sum_keeps_its_range() -> None:
    # the derivative's own index only: nothing suggests k lies outside 1..n
    notes = r"""$$S = \sum_{i=1}^n x_i^2$$
$$\frac{\partial S}{\partial x_k} = 0$$
"""
    verdict, message = _step(notes, "\\partial S")
    assert verdict not in _GREEN and "outside" not in message
    assert _step(notes.replace("= 0", "= 4 x_k"), "\\partial S")[0] is Verdict.FAILED


_CANDIDATE = Outside("t", "q", 0, "M", "m")


@pytest.mark.parametrize(
    "said",
    [
        "The target $t$ is never one of the negatives.",
        r"Here $t \notin \{1, \dots, M\}$.",
        r"We assume $m \neq t$ for every term of the sum.",
        "The negatives exclude the target $t$.",
        "The index $t$ is different from every $m$.",
        "Each $q_m$ is distinct from $q_t$.",
        r"with $q_t \not\in \{q_1, \dots, q_M\}$",
    ],
)
def test_other_wordings_state_it(said: str) -> None:
    assert said_outside("Some prose first.\n" + said, [_CANDIDATE]) is not None


@pytest.mark.parametrize(
    "unsaid",
    [
        "The target $t$ is one of the negatives.",
        "The vocabulary excludes rare words; $t$ indexes the target.",
        "Is $t$ different from every $m$?",
        "$$t \\notin S$$",  # a display is no prose of the notes: the chain's own members are not read
        r"Here $s \notin \{1, \dots, M\}$.",
    ],
)
def test_wordings_that_do_not_state_it(unsaid: str) -> None:
    assert said_outside(unsaid, [_CANDIDATE]) is None


@pytest.mark.slow(2)
def test_a_stated_wording_reads_the_step_outside() -> None:
    said = "The negatives exclude the target $t$."
    assert _step(_NOTES % (said, _RIGHT))[0] in _GREEN
    assert _step(_NOTES % (said, _INSIDE))[0] not in _GREEN


def test_a_family_also_written_whole_keeps_its_range() -> None:
    notes = r"""Note that $t$ is not among the negatives.
$$J = -\log\sigma(q_t h) - \sum_{m=1}^M \log \sigma(-q_m h) + q^T q$$
$$\frac{\partial J}{\partial q_t} = (\sigma(q_t h) - 1) h + 2 q_t$$
"""
    assert "an index M+1" not in _step(notes)[1]
