r"""A vector a display states for a name the notes define by a formula (``p_j := \frac{e^{o_j}}{\sum_i e^{o_i}}``,
then ``p = [0.090, 0.245, 0.665]``) is computed from that formula in a later worked display, as a scalar is
(check._Document._stated_values): taken as a hypothesis ``p = [0.090, …]`` beside the definition it made a
correct restatement of the result SKIPPED ("only hypotheses linear in the variables they eliminate")."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
The scores are

$$
o = \begin{bmatrix} 2 \\ 3 \\ 4 \end{bmatrix}
$$

and the probabilities are $p_j = \frac{e^{o_j}}{\sum_i e^{o_i}}$:

$$
p = \begin{bmatrix} 0.090 \\ 0.245 \\ 0.665 \end{bmatrix}
$$

Again, to two places:

$$
p = \begin{bmatrix} 0.09 \\ 0.24 \\ 0.67 \end{bmatrix}
$$
"""


def test_a_defined_vector_is_computed_again_not_taken_at_its_stated_value() -> None:
    steps = doc_steps(NOTES)
    assert [s.verdict.value for s in steps[1:]] == ["PASSED", "PASSED"], [s.message for s in steps]


def test_a_wrong_restatement_is_not_green() -> None:
    steps = doc_steps(NOTES.replace("0.24 \\\\ 0.67", "0.25 \\\\ 0.66"))
    assert steps[-1].verdict.value not in ("PROVED", "PASSED")
