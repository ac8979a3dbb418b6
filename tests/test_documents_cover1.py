"""Readings of notes as they are (cover1): each reading is tested on a small example written here, once
where the notes' step is right (green) and once with a planted mistake (never green)."""

from __future__ import annotations

import textwrap

from support import doc_steps

from verifier.documents.infer import annotations_of
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(body: str) -> list[Verdict]:
    r"""The verdicts of the steps outside the bulleted lines (where an inline chain such as ``$\hat{y_i} =
    softmax(θ)_i = …$`` defines a name and is checked as its own chain)."""
    lines = textwrap.dedent(body).strip().splitlines()
    return [s.verdict for s in doc_steps(body) if not lines[int(s.source.rsplit(":", 1)[1]) - 1].startswith("* ")]


# -- a name set equal to a matrix or vector literal has that shape (documents/literals.py) ---------------


def test_a_matrix_literal_gives_its_name_that_shape() -> None:
    text = r"""
* $\mathbf{w} = \begin{bmatrix}w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23}\end{bmatrix}$
* $\mathbf{b} = [b_1, b_2, b_3]^T$ and $x = \begin{pmatrix} x_1 \\ x_2 \end{pmatrix}$
* $A x = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}$ and $c = [c_1, c_2]$
* $v = \begin{bmatrix} 1 \\ 2 \end{bmatrix}$
"""
    shapes = annotations_of(text).shapes
    assert shapes[("w", ())] == (2, 3)
    assert shapes[("b", ())] == (3,)
    assert shapes[("x", ())] == (2,)
    # not the shape of a name: a product on the left, a row without a transpose, numbers only
    assert ("A", ()) not in shapes and ("c", ()) not in shapes and ("v", ()) not in shapes


def test_an_annotation_wins_over_a_literal() -> None:
    text = r"$x \in \mathbb{R}^n$ and later, for example, $x = [x_1, x_2]^T$"
    assert annotations_of(text).shapes[("x", ())] == (("n", ()),)


_LAYER = r"""
* $\mathbf{w} = \begin{bmatrix}w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23}\end{bmatrix}$
* $\mathbf{x} = [x_1, x_2]^T$

$$
{claim}
$$
"""


def test_a_missing_transpose_shows_against_a_matrix_literal() -> None:
    # w is 2×3: w^T x is a 3-vector, x^T w a 1×3 row. With w read as a bold (lowercase) vector, as before,
    # both sides were the scalar w·x and the step was PROVED.
    [v] = _verdicts(_LAYER.replace("{claim}", r"\mathbf{w}^T\mathbf{x} = \mathbf{x}^T \mathbf{w}"))
    assert v not in GREEN
    [v] = _verdicts(_LAYER.replace("{claim}", r"(\mathbf{w}^T\mathbf{x})^T = \mathbf{x}^T \mathbf{w}"))
    assert v is Verdict.PROVED


# -- softmax notes: entry-wise definitions, \sum_K as the name of a total, inline chains -----------------

_SOFTMAX = r"""
* $\boldsymbol{\theta} = [\theta_1, \theta_2, \theta_3]^T$
* $\hat{y_i} = \operatorname{softmax}(\boldsymbol{\theta})_i = \frac{\exp(\theta_i)}{\sum_{j=1}^3 \exp(\theta_j)}$
* $J(\theta) = \operatorname{CE}(\mathbf{y}, \hat{\mathbf{y}})$

(define $\sum_K = \displaystyle\sum_{j=1}^{K}\exp(\theta_j)$, here K = 3)

$$
{claim}
$$
"""


def test_a_named_total_defined_in_prose_is_its_definition() -> None:
    right = r"\frac{\exp(\theta_i)}{\sum_K}(1-\frac{\exp(\theta_i)}{\sum_K}) = \hat{y}_i (1-\hat{y}_i)"
    assert _verdicts(_SOFTMAX.replace("{claim}", right)) == [Verdict.PROVED]
    # a sign flip and a dropped factor are mistakes, not "an unknown quantity"
    flipped = r"\frac{\exp(\theta_i)}{\sum_K}(1+\frac{\exp(\theta_i)}{\sum_K}) = \hat{y}_i (1-\hat{y}_i)"
    assert _verdicts(_SOFTMAX.replace("{claim}", flipped)) == [Verdict.FAILED]
    halved = r"\frac{\exp(\theta_i)}{2\sum_K} = \hat{y}_i"
    assert _verdicts(_SOFTMAX.replace("{claim}", halved)) == [Verdict.FAILED]


def test_an_inline_chain_defines_its_first_name() -> None:
    # "$\hat{y_i} = softmax(θ)_i = …$" (three members, inline) defines ŷ: its derivative is checked
    body = _SOFTMAX.replace("{claim}", r"\frac{\partial \hat{y}_1}{\partial \theta_2} = -\hat{y}_1 \hat{y}_2")
    assert _verdicts(body) == [Verdict.PROVED]
    wrong = _SOFTMAX.replace("{claim}", r"\frac{\partial \hat{y}_1}{\partial \theta_2} = \hat{y}_1 \hat{y}_2")
    assert _verdicts(wrong) == [Verdict.FAILED]


def test_a_loss_defined_on_a_vector_defined_entry_wise() -> None:
    # J(θ) = CE(y, ŷ) with ŷ_i = softmax(θ)_i: y is as long as ŷ, and ŷ is a vector over i
    right = r"\frac{\partial J(\theta)}{\partial \theta_1} = \hat{y}_1 \sum_{j=1}^3 y_j - y_1"
    assert _verdicts(_SOFTMAX.replace("{claim}", right)) == [Verdict.PROVED]
    wrong = r"\frac{\partial J(\theta)}{\partial \theta_1} = y_1 - \hat{y}_1 \sum_{j=1}^3 y_j"
    assert _verdicts(_SOFTMAX.replace("{claim}", wrong)) == [Verdict.FAILED]


# -- a definition that writes an index where the entry of the scores is meant (documents/typos.py) -------

_TYPO = r"""
Softmax: $$ p_j = \frac{e^j}{\sum_{i} e^i} $$

Loss: $$ L = -\sum_{i} y_i \log(p_i) $$

Derivative with respect to the scores $o_k$:

$$ {claim} $$
"""


def test_e_to_an_index_is_read_as_e_to_the_entry_of_the_scores() -> None:
    right = r"\frac{\partial p_k}{\partial o_j} = - p_k p_j + p_k \delta_{kj}"
    step = doc_steps(_TYPO.replace("{claim}", right))[-1]
    assert step.verdict is Verdict.PROVED
    assert "e^{o_j} for e^j" in step.message
    for wrong in (r"\frac{\partial p_k}{\partial o_j} = p_k p_j - p_k \delta_{kj}",  # sign flip
                  r"\frac{\partial p_k}{\partial o_j} = - p_k p_j + \delta_{kj}"):  # dropped factor
        assert _verdicts(_TYPO.replace("{claim}", wrong))[-1] is Verdict.FAILED


def test_the_scores_must_be_one_family() -> None:
    # two families differentiated by (o and z): which one e^j meant is not one reading
    body = _TYPO.replace("{claim}", r"\frac{\partial p_k}{\partial o_j} = - p_k p_j + p_k \delta_{kj}")
    body += "\n$$ \\frac{\\partial z_k}{\\partial z_k} = 1 $$\n"
    assert doc_steps(body)[2].verdict not in GREEN


# -- a one-hot label with its 1 where the notes say (documents/hot.py) -----------------------------------

_HOT = r"""
Since $y$ is a one-hot vector where $y_w = 1$ when $w = o$, the loss is

$$ {claim} $$
"""


def test_a_one_hot_label_is_hot_where_the_notes_say() -> None:
    right = r"-\sum_{w=1}^{V} y_w \log \hat{y}_w = -\log \hat{y}_o"
    steps = doc_steps(_HOT.replace("{claim}", right))
    assert [s.verdict for s in steps] == [Verdict.PROVED]
    assert "one-hot with its 1 at o" in steps[0].message
    for wrong in (r"-\sum_{w=1}^{V} y_w \log \hat{y}_w = \log \hat{y}_o",  # sign flip
                  r"-\sum_{w=1}^{V} y_w \log \hat{y}_w = -2\log \hat{y}_o"):  # a factor
        assert _verdicts(_HOT.replace("{claim}", wrong)) == [Verdict.FAILED]


def test_the_hot_index_is_the_one_the_notes_name() -> None:
    # the notes name o as the hot index; a step about q is not made true by putting the 1 at q
    body = _HOT.replace("{claim}", r"-\sum_{w=1}^{V} y_w \log \hat{y}_w = -\log \hat{y}_q")
    assert _verdicts(body) != [Verdict.PROVED]
    # "incorrect class j" names where y is 0, not where it is 1
    text = r"""
For the correct class $k$ the label is one-hot. For the incorrect class $j$ we get

$$ -\sum_{i=1}^{K} y_i \log p_i = -\log p_j $$
"""
    assert _verdicts(text) != [Verdict.PROVED]


def test_a_sum_bound_over_a_vector_written_out_is_its_length() -> None:
    # θ has 3 entries written out: \sum_{j=1}^K θ_j sums them all (K = 3), read and reported as such
    text = r"""
Let $\boldsymbol{\theta} = [\theta_1, \theta_2, \theta_3]^T$.

$$ {claim} $$
"""
    step = doc_steps(text.replace("{claim}", r"\sum_{j=1}^K \theta_j = \theta_1 + \theta_2 + \theta_3"))[-1]
    assert step.verdict is Verdict.PROVED
    assert "the length the notes write out" in step.message
    wrong = doc_steps(text.replace("{claim}", r"\sum_{j=1}^K \theta_j = \theta_1 + \theta_2"))[-1]
    assert wrong.verdict not in GREEN  # SKIPPED today: θ_1, θ_2 are keyed apart from θ_j by the doubts
