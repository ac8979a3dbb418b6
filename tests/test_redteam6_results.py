"""False greens found by redteam6: the notes' earlier results about expectations are hypotheses of a
later step only where they agree; two results that contradict each other (E[sum x_i] = n mu and
E[sum x_i] = mu) force mu = 0 when solved together, under which a wrong step held."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def test_contradicting_results_prove_nothing_together() -> None:
    steps = doc_steps(
        r"""
        The samples $x_1, \dots, x_n$ have the same mean.

        $$\mathbb{E}\left[\sum_{i=1}^n x_i\right] = \sum_{i=1}^n \mathbb{E}[x_i] = n\mu$$

        $$\mathbb{E}\left[\sum_{i=1}^n x_i\right] = \sum_{i=1}^n \mathbb{E}[x_i] = \mu$$

        $$\frac{1}{n}\sum_{i=1}^n \mathbb{E}[x_i] = \mu$$

        $$\frac{1}{n}\sum_{i=1}^n \mathbb{E}[x_i] = n \mu$$
        """,
        "notes.md",
    )
    # under the first result alone: no false alarm; not green either, since that result needs the samples'
    # common mean, which nothing checked (redteam39: an unchecked result is no evidence)
    assert steps[-2].verdict is Verdict.SKIPPED, steps[-2].message
    assert "the notes' result at line" in steps[-2].message
    assert steps[-1].verdict not in _GOOD, steps[-1].message
