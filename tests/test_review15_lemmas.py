r"""A notes' earlier result is a hypothesis of a later chain only when its own chain holds (documents.lemmas):
``𝔼[X] = 𝔼[X + 1] = 5`` is refuted under linearity whatever the expectations are, so its conclusion
``𝔼[X] = 5`` must not make ``𝔼[X]^2 = 25`` PROVED; a result whose chain only needs facts beyond
linearity is still tried, but a step green only under it is SKIPPED (redteam39: nothing checked it)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.lemmas import established_only
from verifier.documents.records import CheckedChain
from verifier.engine import Settings
from verifier.results import IdentityResult, StepResult, Verdict

REFUTED = r"""
    A first result.

    $$
    \mathbb{E}[X] = \mathbb{E}[X + 1] = 5
    $$

    Then the square.

    $$
    \mathbb{E}[X]^2 = 25
    $$
    """


def _chains(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [c.result for c in check_document(doc, Settings()).chains]


def test_a_refuted_result_is_no_hypothesis(tmp_path: Path) -> None:
    first, later = _chains(tmp_path, REFUTED)
    assert "differ whatever" in first.steps[0].message
    (step,) = later.steps
    assert step.verdict is Verdict.SKIPPED
    assert later.verdict is Verdict.SKIPPED
    assert "does not hold" in step.message


def test_a_result_that_needs_facts_is_used_but_not_as_evidence(tmp_path: Path) -> None:
    # redteam39: the result is SKIPPED (nothing checks 𝔼[X] = 5), so the step under it is not green either
    # (a relation between expectations: a number stated for 𝔼[X] is a given, documents.statedmoments)
    notes = REFUTED.replace(r"\mathbb{E}[X] = \mathbb{E}[X + 1] = 5", r"\mathbb{E}[X] = 2\mathbb{E}[Y]")
    first, later = _chains(tmp_path, notes.replace(r"\mathbb{E}[X]^2 = 25", r"\mathbb{E}[X]^2 = 4\mathbb{E}[Y]^2"))
    assert first.steps[0].verdict is Verdict.SKIPPED
    assert later.steps[0].verdict is Verdict.SKIPPED
    assert "the notes' result at line" in later.steps[0].message


def test_a_moment_stated_as_a_number_is_a_given(tmp_path: Path) -> None:
    # gaps39 with redteam39: 𝔼[X] = 5 written on its own states a value (as x = 3 does), not an unchecked lemma
    first, later = _chains(tmp_path, REFUTED.replace(r"\mathbb{E}[X] = \mathbb{E}[X + 1] = 5", r"\mathbb{E}[X] = 5"))
    assert first.steps[0].verdict is Verdict.SKIPPED
    assert later.steps[0].verdict is Verdict.PROVED
    assert "stated at line" in later.steps[0].message


def _chain(line: int, verdict: Verdict, message: str = "") -> CheckedChain:
    step = StepResult(1, "a", "b", "a", "b", verdict, message=message)
    return CheckedChain(IdentityResult(f"n.md:{line}", "t", "a = b", verdict, (step,)), [line], [True])


def test_a_result_proved_only_under_a_broken_one_is_broken_too() -> None:
    chains = [
        _chain(1, Verdict.FAILED),
        _chain(2, Verdict.PROVED, "under the hypothesis … (the notes' result at line 1)"),
        _chain(3, Verdict.PROVED, "under the hypothesis … (the notes' result at line 2)"),
    ]
    out = established_only([1, 2, 3], chains)
    assert [c.result.verdict for c in out] == [Verdict.FAILED, Verdict.SKIPPED, Verdict.SKIPPED]
