"""False greens found by redteam6: a worked number is right to the decimals of the number written as
the result, not to the fewest decimals of any number in the step (an input such as the 0.8 of
-log 0.8 has one decimal; the result 0.224 claims three)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_the_precision_is_that_of_the_result_not_of_an_input() -> None:
    # -log 0.8 = 0.22314…: 0.223 is right to the three decimals written; 0.224 and 0.25 are not,
    # though both are within a tenth (the decimals of the input 0.8)
    steps = doc_steps(
        r"""
        $$-\log 0.8 = 0.223$$

        $$-\log 0.8 = 0.224$$

        $$-\log 0.8 = 0.25$$

        $$0.9^{2} = 0.81$$
        """,
        "notes.md",
    )
    assert steps[0].verdict is Verdict.PASSED, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message
    assert steps[2].verdict is Verdict.FAILED, steps[2].message
    assert steps[3].verdict is Verdict.PROVED, steps[3].message
