r"""fresh18: a condition the sentence before a display states and the checker does not read ("When
$\|g\| > c$ the clipped gradient has norm $c$,") keeps a step that fails without it from FAILED
(documents.unreadconditions); it never makes one green, and a range the checker reads stays in force."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.unreadconditions import stated_condition
from verifier.results import Verdict

_CLIP = """
# Clipping

Take a vector $g \\in \\mathbb{{R}}^d$ and a threshold $c > 0$. {said} the factor is

$$
\\min\\left(1, \\frac{{c}}{{\\|g\\|}}\\right) = \\frac{{c}}{{\\|g\\|}}
$$
"""


@pytest.mark.slow(3)
def test_a_stated_inequality_keeps_a_step_that_rests_on_it_from_failed() -> None:
    (step,) = doc_steps(_CLIP.format(said="When $\\|g\\| > c$"))
    assert step.verdict is Verdict.SKIPPED
    assert "\\|g\\| > c" in step.message


@pytest.mark.slow(3)
def test_without_the_condition_the_step_fails() -> None:
    (step,) = doc_steps(_CLIP.format(said="In every case"))
    assert step.verdict is Verdict.FAILED


def test_stated_condition_reads_the_sentence_that_leads_into_the_display() -> None:
    assert stated_condition("When $\\|g\\| > c$ the clipped gradient has norm") == "\\|g\\| > c"
    assert stated_condition("Stated before. If $x_1 - x_2 \\geq y$, we get") == "x_1 - x_2 \\geq y"
    assert stated_condition("in the region where $a^\\top x < b$,") == "a^\\top x < b"
    assert stated_condition("When $\\|g\\| > c$ it is clipped. The norm is") is None  # another sentence
    assert stated_condition("For $x > 0$,") is None  # a range the checker reads (documents.ranges)
    assert stated_condition("for $i \\neq j$,") is None  # an index case (documents.cases)
    assert stated_condition("It is not true that when $x > y$") is None
    assert stated_condition("We plot $x > y$ below.") is None  # no cue: not a condition
    # names and numbers alone are read elsewhere (a size order "when $n < d$", a bound "for $t \\ge 3$")
    assert stated_condition("When $n < d$ the system") is None
    assert stated_condition("For $t \\ge 3$,") is None
    assert stated_condition("For $0 < x$,") is None
    assert stated_condition("where $\\alpha = s(1-s) > 0$,") is None  # a definition, its sign a remark
