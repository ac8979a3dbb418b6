r"""A doubt that runs out of time does not clear a green (redteam9).

A green step resting on capitals read as numbers is checked again with them read as matrices
(documents.weights): a missing transpose fails there and is SKIPPED. When that check ran out of its
budget (TIMEOUT, a loaded machine), the step was not counted as failing and stayed green: the verdict
depended on the load, and a budget cut turned a step green on less evidence. The re-check's budget is
made to run out here by a stand-in for the checker (no timing): the step is SKIPPED, saying why."""

from __future__ import annotations

from dataclasses import replace

from support import doc_steps

from verifier.documents import weights
from verifier.results import Verdict

# no norm: ‖ŷ − y‖ would make ŷ and y vectors (documents.normlayers), and the step would not be green as numbers

_NOTES = r"""
Let $h = \sigma(W_1 x + b_1)$, $\hat{y} = W_2 h + b_2$ and $L = \frac{1}{2}(\hat{y} - y)^2$.

$$\frac{\partial L}{\partial W_2} = (\hat{y} - y) h$$
"""


def test_a_doubt_cut_short_leaves_the_step_skipped(monkeypatch) -> None:
    real = weights._Checker

    class OutOfTime:
        """The matrix reading's checker, every step of which runs out of its budget."""

        def __init__(self, *args: object) -> None:
            self.real = real(*args)

        def run(self) -> list:
            return [replace(r, verdict=Verdict.TIMEOUT, message="the budget ran out") for r in self.real.run()]

    monkeypatch.setattr(weights, "_Checker", OutOfTime)
    (step,) = doc_steps(_NOTES)
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "in time" in step.message


_FIT = r"""
# A fit

The data follow $y = wx + \epsilon$, where $\epsilon$ is noise.

$$J = (y - wx)^2$$

$$\frac{\partial J}{\partial w} = 0$$
"""


def test_a_noise_model_recheck_cut_short_leaves_the_step_skipped(monkeypatch) -> None:
    from verifier.documents import noisemodel

    real = noisemodel._recheck

    def out_of_time(*args: object) -> list | None:
        res = real(*args)
        return None if res is None else [replace(r, verdict=Verdict.TIMEOUT, message="ran out") for r in res]

    monkeypatch.setattr(noisemodel, "_recheck", out_of_time)
    step = doc_steps(_FIT)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
