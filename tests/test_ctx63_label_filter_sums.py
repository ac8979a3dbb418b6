r"""``\sum_{t=c} u`` with no upper bound: the terms whose label t is c (a filter over the samples), as class-mean
derivations write it (``\sum_{y=j} x = m_j \mu_j``). Read as ``\sum_{i: t_i = c} u_i``, every name of the summand
that is not of class c (no subscript c) taken per term: a step that follows from the one before it under that
reading is PROVED, reported with the reading; none is FAILED under it (the sum may be a range from c). Notes of my
own: other letters than any corpus note."""

from __future__ import annotations

from types import SimpleNamespace

from support import doc_steps, verdicts_by_line

from verifier.documents.emptyfilters import label_sums
from verifier.results import StepResult, Verdict

_NOTES = r"""# Class averages

Setting the derivative to zero and collecting the terms of class $c$:

$$
\sum_{t=c} u = m_c \nu_c \quad \Rightarrow \quad
\nu_c = FINAL
.$$
"""


def _verdicts(final: str) -> dict[int, list[str]]:
    return verdicts_by_line(_NOTES.replace("FINAL", final))


def test_a_solved_class_mean_follows_from_the_filtered_sum() -> None:
    got = _verdicts(r"\frac{1}{m_c}\sum_{t=c} u")
    assert got[6] == ["SKIPPED"]  # the condition itself: an equation the notes solve
    assert got[7] == ["PROVED"]


def test_a_wrong_solution_is_not_green() -> None:
    got = _verdicts(r"m_c \sum_{t=c} u")
    assert got[7] != ["PROVED"] and got[7] != ["PASSED"]


def test_the_summand_is_taken_per_term() -> None:
    # read with u the same in every term, \sum_{t=c} u would be (the count) * u: not a step to call green
    got = verdicts_by_line("# Sums\n\nLet $m_c$ be the number of samples of class $c$.\n\n$$\\sum_{t=c} u = m_c u$$\n")
    assert got[5] not in (["PROVED"], ["PASSED"])


def test_no_failed_under_the_filter_reading() -> None:
    got = verdicts_by_line("# Sums\n\n$$\\sum_{t=c} (u + 1) = \\sum_{t=c} u$$\n")
    assert got[3] != ["FAILED"]


def test_the_reading_is_reported_with_the_step() -> None:
    steps = doc_steps(_NOTES.replace("FINAL", r"\frac{1}{m_c}\sum_{t=c} u"))
    assert steps[-1].verdict is Verdict.PROVED
    assert r"\sum_{t=c} read as the sum over the terms whose label t is c" in (steps[-1].message or "")


def test_a_failure_under_the_reading_is_skipped() -> None:
    # a step FAILED under the filter reading (at labels of the class): the sum may be a range from c, so the
    # post-pass leaves it SKIPPED, naming the reading; one that writes no such sum keeps its verdict
    def chain(left: str, right: str) -> SimpleNamespace:
        return SimpleNamespace(
            steps=[SimpleNamespace(left=0, right=1)],
            members=[SimpleNamespace(latex=left), SimpleNamespace(latex=right)],
        )

    failed = StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.FAILED, message="m")
    (got,) = label_sums(chain(r"\sum_{t=c} 2u", r"\sum_{t=c} u"), [failed])
    assert got.verdict is Verdict.SKIPPED and "whose label t is c" in got.message
    (limits,) = label_sums(chain(r"\sum\limits_{t=c} 2u", r"\sum\limits_{t=c} u"), [failed])
    assert limits.verdict is Verdict.SKIPPED
    (kept,) = label_sums(chain(r"\sum_{t=c}^{n} 2u", r"\sum_{t=c}^{n} u"), [failed])
    assert kept.verdict is Verdict.FAILED
