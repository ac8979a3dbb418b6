r"""A "where" clause that states a case, not a definition: ``where $y_i = w x_i$ when the fit is exact`` (redlate63).

lead63 reads ``where $\mu_i = \sigma(w^\top x_i)$`` after a display as the definition of the family μ (not a
hypothesis with a free index). A clause of the same form followed by a case ("when the fit is exact", "at the
optimum") is a condition on quantities the display already has: taken as a definition, the step
``2\sum_i (w x_i - y_i) x_i = 0`` — true only in that case — was PROVED with nothing said (before: SKIPPED, the
clause a hypothesis). Such a clause stays a hypothesis: never green without the case said.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents import doubts
from verifier.results import Verdict

NOTE = r"""The gradient of the squared error is
$$
\frac{\partial}{\partial w} \sum_{i=1}^n (w x_i - y_i)^2 = 2\sum_{i=1}^n (w x_i - y_i) x_i = 0
$$
where $y_i = w x_i$ CASE.
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load (a busy machine cuts them off: SKIPPED)."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


@pytest.mark.parametrize("case", ["when the fit is exact", "at the optimum", ", if the data are noiseless"])
def test_a_step_true_only_in_the_case_is_not_green_without_it(case: str) -> None:
    step = doc_steps(NOTE.replace("CASE", case))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED) or "y_i = w x_i" in (step.message or ""), step.message


def test_such_a_clause_defines_nothing_for_the_later_displays() -> None:
    # "where $y_i = z_i$ at the optimum" after one display: learned as y's definition, it made a later, unrelated
    # display that holds only when y = z PROVED with nothing said (on the base too)
    note = (
        "For the squared error,\n$$\n\\frac{\\partial}{\\partial z_i} \\frac{1}{2}(z_i - y_i)^2 = z_i - y_i = 0\n$$\n"
        "where $y_i = z_i$ at the optimum.\n\nFor the next example,\n$$\n"
        "\\frac{\\partial}{\\partial z_i} \\frac{1}{2}(z_i - y_i)^2 = 0\n$$\n"
    )
    later = doc_steps(note)[-1]
    assert later.verdict not in (Verdict.PROVED, Verdict.PASSED), later.message
