r"""The notes' earlier results about expectations (``𝔼[y\hat f] = f𝔼[\hat f]``, worked out in a display of its
own) are hypotheses of a later chain that linearity alone cannot check (documents.lemmas): the step that
brings the terms together holds under them, reported so; a wrong one stays unchecked, never green. A result
whose own chain is SKIPPED (it needs independence, which nothing checks) is no evidence: the step is
SKIPPED, naming it (redteam39)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.lemmas import earlier_results
from verifier.documents.members import _Chain, _Member
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    The target is a deterministic function $f$ plus random error $\epsilon$: $y = f + \epsilon$, with
    $\epsilon \sim \mathcal{N}(0, \sigma^2)$.

    The error and the estimate are independent:

    $$\mathbb{E}\left[y\widehat{f}\right] = \mathbb{E}\left[\left(f + \epsilon\right)\widehat{f}\right]
    = f\mathbb{E}\left[\widehat{f}\right]$$

    Together:

    $$\mathbb{E}\left[\left(y - \widehat{f}\right)^2\right]
    = \sigma^2 + f^2 + \mathbb{E}\left[\widehat{f}^2\right] - 2f\mathbb{E}\left[\widehat{f}\right]$$
    """


def _steps(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [s for c in check_document(doc, Settings()).chains for s in c.result.steps]


def test_only_a_lone_expectation_is_a_result() -> None:
    chains = [
        _Chain(3, [_Member(r"\mathbb{E}\left[y\right]", 3), _Member("f", 3)], []),
        _Chain(5, [_Member(r"\mathbb{E}[y] + 1", 5), _Member("f + 1", 5)], []),
        _Chain(9, [_Member(r"\mathbb{E}[y^2]", 9), _Member(r"\sigma^2", 9)], []),
    ]
    assert earlier_results(chains, 8) == [(r"\mathbb{E}\left[y\right] = f", "the notes' result at line 3")]


def test_the_step_that_brings_the_terms_together(tmp_path: Path) -> None:
    step = _steps(tmp_path, NOTES)[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "the notes' result at line" in step.message
    assert "needs facts beyond linearity that nothing checked" in step.message


def test_without_the_earlier_result_it_is_not_checked(tmp_path: Path) -> None:
    alone = NOTES.replace("\n    = f\\mathbb{E}\\left[\\widehat{f}\\right]$$", "$$", 1)
    assert alone != NOTES
    step = _steps(tmp_path, alone)[-1]
    assert step.verdict is Verdict.SKIPPED


def test_a_wrong_step_is_not_green(tmp_path: Path) -> None:
    wrong = NOTES.replace(r"- 2f\mathbb{E}\left[\widehat{f}\right]$$", r"+ 2f\mathbb{E}\left[\widehat{f}\right]$$")
    step = _steps(tmp_path, wrong)[-1]
    assert step.verdict in (Verdict.SKIPPED, Verdict.FAILED)
