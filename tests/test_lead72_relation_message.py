"""A step SKIPPED because its one counterexample breaks the condition its sentence states says just that (lead72).

green72's `documents/relationcases` reads "For $r > \\delta$, …" and, where the step's counterexample (the plainest
point, r = 0) breaks that condition, reports the step SKIPPED. It had said the step "fails only where the condition
… does not hold" — but only that one point was judged: a wrong twin (`= \\delta r`, wrong for every r > δ too, red69's
Huber plant) got the same words. The report must say what was found, not more: it failed at that point, and was not
checked under the condition. Never green either way.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTE = r"""## Huber

$$
H_\delta(r) = \begin{cases} \frac{1}{2} r^2 & |r| \le \delta \\
\delta\left(|r| - \frac{1}{2}\delta\right) & |r| > \delta \end{cases}
$$

For $r > \delta$: $\frac{d}{dr}\,\delta\left(r - \frac{1}{2}\delta\right) = RIGHT$.
"""


def _last(right: str):
    return doc_steps(NOTE.replace("RIGHT", right))[-1]


def test_the_wrong_twin_is_not_said_to_fail_only_outside_the_condition() -> None:
    step = _last(r"\delta r")
    assert step.verdict is not Verdict.PROVED and step.verdict is not Verdict.PASSED, step
    if step.verdict is Verdict.SKIPPED:
        assert "fails only where" not in (step.message or ""), step.message
        assert "not checked under it" in (step.message or ""), step.message


def test_the_right_step_is_not_failed() -> None:
    step = _last(r"\delta")
    assert step.verdict is not Verdict.FAILED, step
