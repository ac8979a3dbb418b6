r"""The index case named at the end of the paragraph before a display: "Let p_i = … . For $i \neq
j$," or "and when $i = j$ the derivative is". The case restricts the index assignments checked; a
step that fails in its own case still fails. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.cases import lead_condition

SOFTMAX = r"""
Let $p_i = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}}$ for $z \in \mathbb{R}^K$. For $i \neq j$,

$$\frac{\partial p_i}{\partial z_j} = {OFF}$$

and when $i = j$ the derivative is

$$\frac{\partial p_i}{\partial z_j} = {ON}$$
"""


def _verdicts(off: str, on: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(SOFTMAX.replace("{OFF}", off).replace("{ON}", on))]


def test_cases_named_in_a_sentence_are_applied() -> None:
    assert _verdicts("-p_i p_j", "p_i(1 - p_i)") == ["PROVED", "PROVED"]


def test_a_wrong_case_is_failed() -> None:
    assert _verdicts("p_i p_j", "p_i(1 - p_i)") == ["FAILED", "PROVED"]
    # j is not "free on one side only" where the case sets it equal to i
    assert _verdicts("-p_i p_j", "p_i(1 + p_i)") == ["PROVED", "FAILED"]


def test_only_the_last_sentence_counts() -> None:
    display = r"\frac{\partial p_i}{\partial z_j}"
    assert lead_condition("We use $p_i$. For $i \\neq j$,", 1, display) == [
        ("i \\neq j", "'We use $p_i$. For $i \\neq j$,' at line 1")
    ]
    # a condition inside the sentence, not ending it, names no case of the display
    assert lead_condition("For $i \\neq j$ the terms cancel, so we write", 1, display) == []
