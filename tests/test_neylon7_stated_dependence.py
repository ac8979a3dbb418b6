r"""Names the prose says depend on a variable, and matrices of derivatives the prose defines by columns.

"Suppose $u$ and $v$ depend on $\beta$" (documents.dependence): u and v are arbitrary functions of β
wherever a chain differentiates by β, also where they occur only inside what is differentiated (read as
constants, a product rule that drops the term of v was PROVED). "Define the matrix $U'$ so that it has
$j$-th column $\frac{\partial u}{\partial \beta_j}$, and similarly for $V'$ from $v$"
(documents.statedentries): ``U'_{qu} = \partial u_q / \partial \beta_u``. Every example is written here;
each reading has a wrong variant that is never green."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.dependence import stated_dependence
from verifier.documents.statedentries import stated_entries, stated_entries_at

GREEN = ("PROVED", "PASSED")


def _said(text: str) -> list[tuple[str, str]]:
    return [(d.name, d.variable) for d in stated_dependence(text)]


def _verdicts(notes: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message) for s in doc_steps(notes)]


# -- the sentences ----------------------------------------------------------------------------


def test_the_phrasings_of_a_dependence() -> None:
    assert _said(r"Suppose $u$ and $v$ are vectors that depend on $\beta$, and $M$ does not.") == [
        ("u", "beta"), ("v", "beta")]
    assert _said(r"in the case that $p, q$ depend on $t$ but $C$ doesn't.") == [("p", "t"), ("q", "t")]
    assert _said(r"where $u$, $v$ are smooth functions of $s$.") == [("u", "s"), ("v", "s")]
    assert _said(r"Note that $h$ depends on $w$.") == [("h", "w")]


def test_a_negation_or_a_formula_states_no_dependence() -> None:
    assert _said(r"Here $M$ does not depend on $\beta$.") == []
    assert _said(r"The sum $u + v$ depends on $t$.") == []  # a formula, not names
    assert _said(r"Since $u$ never depends on $t$, …") == []


def test_a_dependence_holds_to_the_next_heading() -> None:
    (d,) = stated_dependence("# A\n\nLet $u$ depend on $t$.\n\n$$u = 1$$\n\n## B\n\n$$u = 2$$\n")
    assert (d.first, d.last) == (3, 6)


def test_the_phrasings_of_a_matrix_of_derivatives() -> None:
    text = (r"Define the matrix $U'$ so that it has $j^\text{th}$ column $\frac{\partial}{\partial \beta_j} u,$"
            r" and similarly for $V'$ from $v.$")
    found = stated_entries_at(text)
    made = [e.definition for e in found]
    assert [d.key[0] for d in made] == ["Uprime", "Vprime"]
    assert [e.differentiated for e in found] == [("u", "beta"), ("v", "beta")]
    for d, vector in zip(made, "uv", strict=True):
        q, u = d.index_params  # entry (q, u): the derivative of entry q by entry u of beta
        assert d.body == rf"\frac{{\partial {vector}_{{{q}}}}}{{\partial \beta_{{{u}}}}}"
    assert "derivatives of u by the entries of beta" in found[0].said
    (d,) = stated_entries(r"Let $G$ be the matrix whose $k$-th column is $\partial f / \partial x_k$.")
    q, u = d.index_params
    assert d.body == rf"\frac{{\partial f_{{{q}}}}}{{\partial x_{{{u}}}}}"


def test_a_column_by_another_index_or_of_itself_defines_nothing() -> None:
    assert stated_entries(r"Let $G$ be the matrix whose $k$-th column is $\partial f / \partial x_j$.") == []
    assert stated_entries(r"Let $G$ be the matrix whose $k$-th column is $\partial G / \partial x_k$.") == []
    assert stated_entries(r"We do not let $G$ be the matrix whose $k$-th column is $\partial f/\partial x_k$.") == []


# -- the steps they decide --------------------------------------------------------------------

_LEMMA = r"""
Suppose $u$ and $v$ are vectors that depend on $\beta$, and $M$ does not. Define the matrix $U'$ so
that it has $j$-th column $\frac{\partial u}{\partial \beta_j}$, and similarly for $V'$ from $v$. Then

$$\nabla_\beta \langle u, v\rangle_M = {}$$
"""


def test_the_gradient_of_a_weighted_inner_product() -> None:
    ((verdict, message),) = _verdicts(_LEMMA.replace("{}", r"\langle U', v\rangle_M + \langle u, V'\rangle_M^T"))
    assert verdict == "PROVED", message
    assert "depend" in message or "derivatives of u" in message


def test_its_wrong_variants_are_not_green() -> None:
    ((verdict, message),) = _verdicts(_LEMMA.replace("{}", r"\langle U', v\rangle_M + \langle V', u\rangle_M"))
    assert verdict == "FAILED", message  # M^T, not M: false for a general M
    ((verdict, message),) = _verdicts(_LEMMA.replace("{}", r"\langle U', v\rangle_M"))
    assert verdict not in GREEN, message  # the term of v dropped: v depends on beta, as the prose says


def test_a_dropped_term_is_not_green_where_the_prose_says_both_depend() -> None:
    notes = r"""
    Suppose $u$ and $v$ depend on $\beta$.

    $$\frac{\partial}{\partial \beta_k}(u_i m_{ij} v_j) = u'_i m_{ij} v_j$$
    """
    ((verdict, message),) = _verdicts(notes)
    assert verdict not in GREEN, message
    ((verdict, message),) = _verdicts(notes.replace("v_j$$", r"v_j + u_i m_{ij} v'_j$$"))
    assert verdict == "PROVED", message


# -- a primed capital written by the same notation ------------------------------------------------

_SAME_NOTATION = r"""
Suppose $u$ and $v$ depend on $\beta$. Define the matrix $U'$ so that it has $j$-th column
$\frac{\partial u}{\partial \beta_j}$, and similarly for $V'$ from $v$.

When $M$ is symmetric, for a vector $r$ that depends on $\beta$,

$$\nabla_\beta \langle r, r\rangle_M = {}$$
"""


def test_a_primed_capital_the_notes_never_define_follows_their_notation() -> None:
    ((verdict, message),) = _verdicts(_SAME_NOTATION.replace("{}", r"2 \langle R', r\rangle_M"))
    assert verdict == "PROVED", message
    assert "the notation the prose defines for U' from u" in message


def test_its_wrong_variant_is_failed() -> None:
    ((verdict, message),) = _verdicts(_SAME_NOTATION.replace("{}", r"\langle R', r\rangle_M"))
    assert verdict == "FAILED", message


def test_without_the_notation_a_primed_capital_is_a_name_of_its_own() -> None:
    notes = _SAME_NOTATION.replace(r"Define the matrix $U'$ so that it has $j$-th column", "Note the vector").replace(
        r", and similarly for $V'$ from $v$", "")
    ((verdict, message),) = _verdicts(notes.replace("{}", r"2 \langle R', r\rangle_M"))
    assert verdict not in GREEN, message
    assert "the notation the prose defines" not in message


def test_a_name_held_fixed_before_another_subject_does_not_depend() -> None:
    r""""Holding $\mu$ fixed, the normalised input depends on $v$": the subject is the input, not μ (μ was
    read as a function of v, so a wrong derivative by v of an expression in μ was SKIPPED, not FAILED)."""
    from verifier.documents.dependence import stated_dependence

    said = stated_dependence("Holding $\\mu$ fixed, the normalised input depends on $v$ through a power.")
    assert [d.name for d in said] == []
    said = stated_dependence("Here $u$ and $v$ are vectors that depend on $\\beta$.")
    assert sorted(d.name for d in said) == ["u", "v"]
    said = stated_dependence("Suppose $u$ and $v$ depend on $\\beta$.")
    assert sorted(d.name for d in said) == ["u", "v"]
