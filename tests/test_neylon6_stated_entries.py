r"""Vectors, diagonal matrices and samples the prose defines entry by entry (documents.statedentries).

"Let the $k$-th diagonal element of $V$ be $1/(s^{(k)})^2$", "let $\vec t$ denote the column vector
with $i$-th coordinate $t^{(i)}$", "define the matrix $A$ so that its $i$-th row is $a^{(i)}$": each
is a definition a reader takes, and the display after it uses the name whole. Every example is
written here; each reading has a wrong variant that is never green."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.statedentries import fresh_letters, stated_entries, stated_entries_at

GREEN = ("PROVED", "PASSED")


def _kinds(text: str) -> list[tuple[str, str]]:
    """(name, what) of each definition the prose of ``text`` states."""
    out = []
    for e in stated_entries_at(text):
        d, said = e.definition, e.said
        what = "diagonal" if "diagonal matrix" in said else "row" if " row " in said else (
            "column" if " column " in said.split(",")[0] else "vector")
        out.append((d.key[0], what))
    return out


def _last(notes: str) -> tuple[str, str]:
    step = doc_steps(notes)[-1]
    return step.verdict.value, step.message


# -- the sentences ----------------------------------------------------------------------------


def test_the_phrasings_of_a_diagonal_matrix() -> None:
    assert _kinds(r"Let the $k$-th diagonal element of $V$ be $1/s_k^2$.") == [("V", "diagonal")]
    assert _kinds(r"Let $D$ be the diagonal matrix whose $j^{th}$ diagonal entry is $d_j$.") == [("D", "diagonal")]
    assert _kinds(r"where $\Lambda$ is diagonal with $\Lambda_{jj} = \lambda_j^2$, so") == [("Lambda", "diagonal")]
    assert _kinds(r"Consider a diagonal matrix $P$ with $P_{k,k} = p_k$.") == [("P", "diagonal")]
    assert _kinds(r"Set the $i^\text{th}$ diagonal entry of $S$ to $e^{z_i}$.") == [("S", "diagonal")]


def test_the_phrasings_of_a_vector() -> None:
    assert _kinds(r"Also let $\vec y$ denote the column vector with $i^\text{th}$ coordinate $y^{(i)}.$") == [
        ("y", "vector")]
    assert _kinds(r"Define $g$ so that its $k$th component is $a_k b_k$.") == [("g", "vector")]
    assert _kinds(r"Consider the vector $r$ whose $i$'th entry is $t_i - p_i$.") == [("r", "vector")]
    assert _kinds(r"Let the $i$-th coordinate of $\mathbf{m}$ be $x_i^2$.") == [("m", "vector")]


def test_the_phrasings_of_samples_as_rows() -> None:
    assert _kinds(r"Let the $i^\text{th}$ row of $X$ be $x^{(i)}.$") == [("x^()", "row")]
    assert _kinds(r"and define matrix $A$ so that its $i$-th row is $a^{(i)}$.") == [("a^()", "row")]
    assert _kinds(r"Let $B$ be the matrix whose $j$-th column is $b^{(j)}$.") == [("b^()", "column")]


def test_claims_and_other_sentences_define_nothing() -> None:
    assert _kinds(r"Note that the $i$-th entry of $r$ is $t_i + p_i$.") == []  # a claim, not a definition
    assert _kinds(r"Let the $i$-th entry of the matrix $A$ be $a_i$.") == []  # a matrix by one index
    assert _kinds(r"We do not let the $k$-th diagonal element of $W$ be $1$.") == []  # a negation
    assert _kinds(r"Let the $i$-th entry of $r$ be $r_{i-1} + 1$.") == []  # written through itself
    assert _kinds(r"Let the $i$-th row of $X$ be $\mathbf{x}_i$.") == []  # x alone may be another vector


def test_the_index_letters_are_fresh() -> None:
    text = r"$q + u$ and $\kappa$. Let the $k$-th diagonal element of $V$ be $s_k$."
    letters = fresh_letters(text)
    assert "q" not in letters and "u" not in letters and "kappa" not in letters
    (d,) = stated_entries(text)
    assert set(d.index_params) <= set(letters)
    assert "k" not in d.index_params


# -- the steps they decide --------------------------------------------------------------------

_VECTOR = "Let $\\vec r$ be the vector whose $i$-th entry is $t_i - p_i$. Then\n\n$$\\vec r^T \\vec r = {}$$\n"
_DIAGONAL = "Let $D$ be the diagonal matrix whose $j$-th diagonal entry is $d_j$. Then\n\n$$u^T D u = {}$$\n"
_WEIGHTS = r"""
Suppose the targets have noise scales.

$$\ell(\beta) = \sum_i -\frac{(t^{(i)} - \beta^T a^{(i)})^2}{2(s^{(i)})^2}.$$

From this point on I won't write the $i$ index on variables. Then

$$\nabla_\beta \ell = \sum_i \frac{(t - \beta^T a)a}{s^2}.$$

Let the $k$-th diagonal element of $V$ be $1/(s^{(k)})^2,$
and define matrix $A$ so that its $i$-th row is $a^{(i)}$.
Also let $\vec t$ denote the column vector with $i$-th coordinate $t^{(i)}$.
Then

$$\sum_i \frac{1}{s^2}(t - \beta^T a)a = A^T V (\vec t - A\beta).$$
"""


@pytest.mark.slow(2)
def test_a_vector_given_by_its_entries() -> None:
    verdict, message = _last(_VECTOR.format(r"\sum_i (t_i - p_i)^2"))
    assert verdict in GREEN, message
    assert "the vector whose i-th entry is t_i - p_i" in message
    assert _last(_VECTOR.format(r"\sum_i (t_i + p_i)^2"))[0] == "FAILED"


def test_a_diagonal_matrix_given_by_its_diagonal() -> None:
    verdict, message = _last(_DIAGONAL.format(r"\sum_j d_j u_j^2"))
    assert verdict in GREEN, message
    assert "0 off the diagonal" in message
    assert _last(_DIAGONAL.format(r"\sum_j d_j u_j"))[0] == "FAILED"


def test_without_the_sentence_the_names_stay_undefined() -> None:
    plain = "Then\n\n$$\\vec r^T \\vec r = \\sum_i (t_i - p_i)^2$$\n"
    assert _last(plain)[0] not in GREEN


def test_a_weighted_sum_over_samples_in_matrix_form() -> None:
    verdict, message = _last(_WEIGHTS)
    assert verdict in GREEN, message


@pytest.mark.slow(1)
def test_wrong_weighted_sums_are_not_green() -> None:
    sign = _WEIGHTS.replace(r"(\vec t - A\beta).$$", r"(\vec t + A\beta).$$")
    weight = _WEIGHTS.replace(r"be $1/(s^{(k)})^2,$", r"be $1/s^{(k)},$")
    assert sign != _WEIGHTS and weight != _WEIGHTS
    assert _last(sign)[0] not in GREEN
    assert _last(weight)[0] not in GREEN


@pytest.mark.slow(1)
def test_lowercase_entries_of_a_matrix_the_prose_defines() -> None:
    notes = ("We use repeated-index summation notation. Let $D$ be the diagonal matrix whose $j$-th diagonal "
             "entry is $c_j$. Then\n\n$$a^T D b = {}$$\n")
    verdict, message = _last(notes.format(r"a_i d_{ij} b_j"))
    assert verdict in GREEN, message
    assert "the entries of D" in message
    assert _last(notes.format(r"2 a_i d_{ij} b_j"))[0] not in GREEN
    assert _last(notes.format(r"a_i d_{ij} a_j"))[0] not in GREEN


_ROWS_AND_WEIGHTS = r"""
Let the $i^\text{th}$ row of $A$ be $a^{(i)}.$

Let the $i^\text{th}$ diagonal element of $V$ be $\frac{v^{(i)}}{2}.$
So

$$(A\beta - t)^T V (A\beta - t) = \sum_i \frac{v^{(i)}}{2}(\langle a^{(i)},\beta\rangle - t^{(i)})^2.$$
"""


@pytest.mark.slow(2)
def test_a_defined_weight_is_not_read_as_a_data_matrix() -> None:
    # v^{(i)} beside the notes' V: V stays the diagonal the prose defines (it is no matrix of samples v^{(i)})
    verdict, message = _last(_ROWS_AND_WEIGHTS)
    assert verdict in GREEN, message
    wrong = _ROWS_AND_WEIGHTS.replace(r"\sum_i \frac{v^{(i)}}{2}(", r"\sum_i v^{(i)}(")
    assert wrong != _ROWS_AND_WEIGHTS
    assert _last(wrong)[0] not in GREEN


@pytest.mark.slow(1)
def test_a_hessian_the_prose_names() -> None:
    assert _kinds(r"introduce the variables $H$ as the Hessian of $f,$ and") == []  # f's variable is not said
    text = r"We think of $f$ as a function of $u$. Let $K$ be the Hessian of $f$."
    (e,) = stated_entries_at(text)
    d = e.definition
    assert d.key == ("K", ()) and "u_" in d.body and "the Hessian of f by u" in e.said
    quadratic = "Let $Q$ be the Hessian of $r(w)$. Then, with $r(w) = w^T M w$,\n\n$$v^T Q v = {}$$\n"
    verdict, message = _last(quadratic.format(r"v^T (M + M^T) v"))
    assert verdict in GREEN, message
    assert _last(quadratic.format(r"v^T M v"))[0] not in GREEN  # the factor 2 dropped
    assert _last(quadratic.format(r"v^T (M + M^T) w"))[0] not in GREEN


@pytest.mark.slow(2)
def test_the_entries_of_a_named_hessian() -> None:
    notes = ("We think of $f$ as a function of $u$. Let $K$ be the Hessian of $f$. Then\n\n"
             "$$\\frac{{\\partial^2 f}}{{\\partial u_a \\partial u_b}} c_{{b}} = {}$$\n")
    verdict, message = _last(notes.format(r"k_{ab} c_{b}"))
    assert verdict in GREEN, message
    assert "the entries of K" in message
    assert _last(notes.format(r"k_{ab} c_{a}"))[0] not in GREEN
    assert _last(notes.format(r"2 k_{ab} c_{b}"))[0] not in GREEN


_MINORS = r"""
When $B$ is invertible, the $kl^\text{{th}}$ entry of its inverse is

$$(B^{{-1}})_{{kl}} = {}$$

where $N_{{kl}}$ denotes the determinant of the minor of $B$ obtained by deleting the $k^\text{{th}}$ row and
$l^\text{{th}}$ column.
"""


@pytest.mark.slow(2)
def test_minors_the_prose_defines() -> None:
    (d,) = stated_entries(_MINORS.format("1"))
    assert d.key == ("N", ()) and d.body.startswith(r"\operatorname{minor}(B,")
    verdict, message = _last(_MINORS.format(r"(-1)^{k+l}N_{lk}/|B|"))
    assert verdict in GREEN, message
    assert _last(_MINORS.format(r"(-1)^{k+l}N_{kl}/|B|"))[0] not in GREEN  # the minor's indices swapped
    assert _last(_MINORS.format(r"N_{lk}/|B|"))[0] not in GREEN  # the sign dropped
    derivative = ("where $N_{{ij}}$ is the minor of $B$ formed by removing the $i$-th row and the $j$-th column, "
                  "\n\n$$\\frac{{\\partial}}{{\\partial b_{{ij}}}}|B| = {}$$\n")
    verdict, message = _last(derivative.format(r"(-1)^{i+j}N_{ij}"))
    assert verdict in GREEN, message
    assert _last(derivative.format(r"N_{ij}"))[0] not in GREEN


def test_the_minor_operator() -> None:
    import sympy as sp

    from verifier.documents.operators import OPERATORS

    m = sp.ImmutableMatrix([[1, 2, 0], [3, 4, 5], [6, 7, 8]])
    assert OPERATORS["minor"](m, sp.Integer(1), sp.Integer(1)) == 4 * 8 - 5 * 7
    assert OPERATORS["minor"](m, sp.Integer(2), sp.Integer(3)) == 1 * 7 - 2 * 6
