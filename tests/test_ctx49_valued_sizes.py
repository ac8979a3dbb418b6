r"""A size the prose gives a value: "a layer with $n = 1000$ inputs" (documents.valuedsizes).

Where the notes use m and n as sizes (``W \in \mathbb{R}^{m \times n}``), a later worked line about the cost,
``(mn)^2 = 10^{12}`` after "with $n = 1000$ inputs and $m = 1000$ outputs", was SKIPPED "a hypothesis: only
hypotheses linear in the variables they eliminate are solved (at m=3, n=2)": the sizes had their small
default values, and the stated value was an equation between numbers. A chain that writes the sizes as
numbers only (no vector or matrix they shape) is read at the values the prose states.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

SETUP = ("For a layer $s = W a$ with $W \\in \\mathbb{R}^{m \\times n}$, the gradient is $g a^\\top$.\n\n"
         "For a layer with $n = 1000$ inputs and $m = 1000$ outputs the block has\n\n")


def test_the_cost_at_the_stated_sizes_is_proved() -> None:
    steps = doc_steps(SETUP + "$$ (mn)^2 = 10^{12} $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message


def test_a_wrong_cost_at_the_stated_sizes_is_caught() -> None:
    steps = doc_steps(SETUP + "$$ n^2 + m^2 = 2 \\cdot 10^3 $$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_right_cost_with_a_sum_is_proved() -> None:
    steps = doc_steps(SETUP + "$$ n^2 + m^2 = 2 \\cdot 10^6 $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message


def test_a_chain_with_the_matrix_is_not_read_at_the_values() -> None:
    # W is m×n: the chain's shapes are the sizes', the worked values do not apply to them
    steps = doc_steps(SETUP + "$$ \\operatorname{tr}(W^\\top W) = \\sum_{i=1}^{m}\\sum_{j=1}^{n} W_{ij}^2 $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
