r"""A step that differs only where both of its sides are not real is no FAILED in notes: SKIPPED, with why.

"The error is $\epsilon = \sum_i w_i$" and then ``(1 - \epsilon)\sqrt{\epsilon/(1 - \epsilon)} = \sqrt{\epsilon(1 -
\epsilon)}``: right for every ε below 1, where both roots are real. ε is defined from weights the checker draws at
will, so it also took values above 1, where both sides are imaginary and of opposite sign, and the step FAILED
(fresh38's AdaBoost note: a weighted error lies in [0, 1]). The numeric stage judges every point where both sides
are real before it looks at the others, so such a counterexample means no real point differed. Notes are about real
quantities: the step is SKIPPED, never green; a step that differs at a real point stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
The error is $\\epsilon = \\sum_i w_i$. Plugging in,

$$(1 - \\epsilon)\\sqrt{\\frac{\\epsilon}{1 - \\epsilon}} = RIGHT .$$
"""


def test_differing_only_off_the_reals_is_not_failed() -> None:
    step = doc_steps(_NOTES.replace("RIGHT", "\\sqrt{\\epsilon(1 - \\epsilon)}"))[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "not real" in (step.message or "")


def test_differing_at_a_real_point_fails() -> None:
    assert doc_steps(_NOTES.replace("RIGHT", "\\sqrt{\\epsilon}(1 - \\epsilon)"))[-1].verdict is Verdict.FAILED
    assert doc_steps(_NOTES.replace("RIGHT", "\\sqrt{\\epsilon(1 + \\epsilon)}"))[-1].verdict is Verdict.FAILED
