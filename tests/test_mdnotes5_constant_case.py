r"""A sentence that calls an entry constant states the case: ``$e^{z_c}$ is a constant`` before ∂/∂z_j.

Taking ``e^{z_c}`` out of a derivative by ``z_j`` holds only where j ≠ c; notes say so by calling it
constant ("For another class $j$, $e^{z_c}$ is a constant,"). The step was SKIPPED as "a case split
the notes may assume"; documents.constants reads the sentence as the condition ``j \neq c``, which
only restricts the index assignments checked: a wrong sign under that case is still FAILED.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.constants import constant_condition
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
Scores $z$ give the probabilities

$$ q_j = \frac{e^{z_j}}{\sum_{i} e^{z_i}} $$

and the loss for the true class $c$ is

$$ L = -\log(q_c) $$

SAID

$$
\frac{\partial L}{\partial z_j} = -\frac{1}{q_c}\frac{\partial q_c}{\partial z_j}
= -\frac{e^{z_c}}{q_c}\frac{\partial}{\partial z_j}\Bigg(\frac{1}{\sum_{i} e^{z_i}}\Bigg) = RHS
$$
"""

_SAID = "For another class $j$, $e^{z_c}$ is a constant,"


def _chain(said: str, rhs: str) -> tuple[list[str], str]:
    check = check_text(_NOTES.replace("SAID", said).replace("RHS", rhs), "t.md", FAST)
    chain = check.chains[-1]
    return [s.verdict.value for s in chain.result.steps], chain.result.message or ""


def test_the_sentence_is_the_case_of_the_display() -> None:
    verdicts, notes = _chain(_SAID, "q_j")
    assert verdicts[1:] == ["PROVED", "PROVED"], verdicts
    assert "j \\neq c" in notes


def test_without_the_sentence_the_step_is_a_case_split() -> None:
    verdicts, _ = _chain("For another class $j$ we get", "q_j")
    assert verdicts[1] == "SKIPPED"


def test_a_wrong_sign_under_the_case_is_failed() -> None:
    verdicts, _ = _chain(_SAID, "-q_j")
    assert verdicts[-1] == "FAILED"


def test_only_an_entry_of_the_family_differentiated_by_and_no_summed_index() -> None:
    by_zj = r"\frac{\partial L}{\partial z_j} = z_k \frac{\partial g}{\partial z_j}"
    assert constant_condition("Treating $z_k$ as a constant:", 1, by_zj)[0][0] == "j \\neq k"
    # q_k is not an entry of z
    assert constant_condition("Here $q_k$ is a constant:", 1, r"\frac{\partial q_k}{\partial z_j} = 0") == []
    # i is summed in the display: no case of the indices
    summed = r"\frac{\partial}{\partial z_k}\sum_{i} e^{z_i} = e^{z_k}"
    assert constant_condition("Here $e^{z_i}$ are constants:", 1, summed) == []
    # a numerator is not what the display differentiates by
    assert constant_condition("$z_j$ is a constant,", 1, r"\frac{\partial z_k}{\partial q_c} = 0") == []
