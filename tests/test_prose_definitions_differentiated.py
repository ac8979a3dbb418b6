r"""A quantity the notes define in prose — in the "where" sentence after a display, or earlier on the
same line — is defined: its derivative is taken through that definition, like a display's.

It used to be treated as a name the notes never define ("L is not defined in the notes: its
derivative with respect to w is unknown"), so a sign flip in ∂L/∂w stayed SKIPPED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

WHERE = r"""The gradient is

$$
\frac{\partial L}{\partial w} = RHS
$$

where $L = \frac{1}{2}(y - t)^2$ and $y = w x$.
"""

SAME_LINE = r"""Let $L = \frac{1}{2}(w x - t)^2$. Then $\frac{\partial L}{\partial w} = RHS$.
"""


@pytest.mark.parametrize("template", [WHERE, SAME_LINE], ids=["where-sentence", "same-line"])
@pytest.mark.parametrize(("rhs", "verdict"), [("(y - t) x", Verdict.PROVED), ("(t - y) x", Verdict.FAILED)])
def test_a_derivative_of_a_prose_definition_is_checked(template: str, rhs: str, verdict: Verdict) -> None:
    if template is SAME_LINE:
        rhs = rhs.replace("y", "w x")
    text = template.replace("RHS", rhs)
    steps = [s for s in doc_steps(text) if "partial" in s.lhs_latex]
    assert len(steps) == 1
    assert steps[0].verdict is verdict, steps[0].message


def test_a_name_the_notes_never_define_stays_unknown() -> None:
    text = "$$\n\\frac{\\partial L}{\\partial w} = (t - y) x\n$$\n"
    (step,) = doc_steps(text)
    assert step.verdict is Verdict.SKIPPED
    assert "not defined in the notes" in (step.message or "")
