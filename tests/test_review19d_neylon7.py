r"""Review of the neylon7 readings (documents.dependence, documents.restated, documents.statedentries).

Each test is a small example written here, with the prose placed where it does not apply:

* a primed capital the notes define themselves (``C' := C + c c^T``) is not the notation "the matrix
  $A'$ with $k$-th column $\partial a/\partial\theta_k$" defines for another letter (it was read as
  ``\partial c/\partial\theta``, zero for a fixed c, and ``\nabla_\theta(a^T C' a) = 2 A'^T C' a`` was
  PROVED: a dropped transpose);
* ``\nabla J`` of a J another problem defines as a function of x is not by x (a new J of θ and the data
  x, restated after a heading);
* "Neither $u$ nor $v$ depends on $\beta$" says nothing depends on β (v was read as a function of β)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.dependence import stated_dependence
from verifier.documents.statedentries import stated_entries

GREEN = ("PROVED", "PASSED")


def _by_lhs(notes: str) -> list[tuple[str, str, str]]:
    return [(s.rhs_latex, s.verdict.value, s.message) for s in doc_steps(notes)]


_DEFINED_PRIME = r"""
# Lemma

Suppose $a$ depends on $\theta$. Define the matrix $A'$ so that it has $k$-th column
$\frac{\partial a}{\partial \theta_k}$.

Let $C \in \mathbb{R}^{n \times n}$ be any matrix.

$$\nabla_\theta (a^T C' a) = 2 A'^T C' a,$$

where $C' = C + c c^T$ for a fixed vector $c$.

$$\nabla_\theta (a^T C' a) = A'^T (C' + C'^T) a$$
"""


def test_a_primed_capital_the_notes_define_keeps_their_definition() -> None:
    steps = doc_steps(_DEFINED_PRIME)
    wrong, right = steps[0], steps[-1]
    # C' was read as the derivatives of c (zero: c is fixed): "C' = C + cc^T" PROVED against that reading
    assert not [s for s in steps if s.lhs_latex.strip() == "C'" and s.verdict.value in GREEN]
    assert wrong.verdict.value not in GREEN, wrong.message  # C' is not symmetric
    assert right.verdict.value == "PROVED", right.message
    assert "derivatives of c" not in right.message


_OTHER_PROBLEM = r"""
# Problem 1

$$J(x) = x^T A x$$

# Problem 2

Now the cost of a linear model on one sample $x$ with label $y$:

$$J = (\theta^T x - y)^2$$

$$\nabla J = {}$$
"""


def test_a_gradient_is_not_by_the_parameter_of_another_problems_function() -> None:
    (*_, (_, verdict, message)) = _by_lhs(_OTHER_PROBLEM.replace("{}", r"2(\theta^T x - y)\theta"))
    assert verdict not in GREEN, message  # the gradient by x, read from Problem 1's J(x)
    (*_, (_, verdict, message)) = _by_lhs(_OTHER_PROBLEM.replace("{}", r"2(\theta^T x - y) x"))
    assert verdict != "FAILED", message


def test_neither_nor_states_no_dependence() -> None:
    assert stated_dependence(r"Neither $u$ nor $v$ depends on $\beta$.") == []
    assert [(d.name, d.variable) for d in stated_dependence(r"Both $u$ and $v$ depend on $\beta$.")] == [
        ("u", "beta"), ("v", "beta")]


def test_a_step_where_neither_depends_is_not_skipped_for_a_dependence() -> None:
    notes = r"""
    Neither $u$ nor $v$ depends on $\beta$.

    $$\frac{\partial}{\partial \beta_k}(u_i m_{ij} v_j) = 0$$
    """
    ((_, verdict, message),) = _by_lhs(notes)
    assert verdict == "PROVED", message


def test_similarly_takes_the_vector_it_names_not_any_math_after_the_name() -> None:
    lead = (r"Define the matrix $A'$ so that it has $k$-th column $\frac{\partial a}{\partial \theta_k}$, and "
            r"similarly ")
    for rest in (r"for $B'$ with $\theta$ replaced by $\phi$.", r"define $B'$ with $k$-th column of $b$.",
                 r"for $B'$ with $a$ replaced by $b$."):
        assert [d.key[0] for d in stated_entries(lead + rest)] == ["Aprime"], rest
    (_, d) = stated_entries(lead + r"for $B'$ from $\mathbf{b}$.")
    assert d.key[0] == "Bprime" and r"\partial \mathbf{b}_" in d.body


def test_a_new_j_in_the_same_part_is_no_restatement_of_the_old_one() -> None:
    notes = _OTHER_PROBLEM.replace("# Problem 2\n", "")
    (*_, (_, verdict, message)) = _by_lhs(notes.replace("{}", r"2(\theta^T x - y)\theta"))
    assert verdict not in GREEN, message  # J = (θᵀx - y)² does not reach A: not the J(x) = xᵀAx restated
    assert "the parameter the notes write J with" not in message


def test_the_latest_dependence_of_a_name_is_in_force() -> None:
    notes = r"""
    # Lemma

    Suppose $u$ and $v$ depend on $\beta$.

    $$\frac{\partial}{\partial \beta_k}(u_i v_i) = u'_i v_i + u_i v'_i$$

    Now suppose instead that $u$ and $v$ depend on $t$.

    $$\frac{\partial}{\partial t}(u_i v_i) = {}$$
    """
    (*_, (_, verdict, message)) = _by_lhs(notes.replace("{}", r"u'_i v_i"))
    assert verdict not in GREEN, message  # the term of v dropped: v depends on t, as the prose now says
    (*_, (_, verdict, message)) = _by_lhs(notes.replace("{}", r"u'_i v_i + u_i v'_i"))
    assert verdict == "PROVED", message


def test_a_dependence_on_several_variables_holds_for_each() -> None:
    said = [(d.name, d.variable) for d in stated_dependence(r"Suppose $u$ depends on $\beta$ and $t$.")]
    assert said == [("u", "beta"), ("u", "t")]
    said = [(d.name, d.variable) for d in stated_dependence(r"Suppose $u$ depends on $\beta$, and $M$ does not.")]
    assert said == [("u", "beta")]
    notes = r"""
    Suppose $u$ and $v$ depend on $\beta$ and $t$.

    $$\frac{\partial}{\partial t}(u_i v_i) = {}$$
    """
    ((_, verdict, message),) = _by_lhs(notes.replace("{}", r"u'_i v_i"))
    assert verdict not in GREEN, message  # the term of v dropped: v depends on t too
    ((_, verdict, message),) = _by_lhs(notes.replace("{}", r"u'_i v_i + u_i v'_i"))
    assert verdict == "PROVED", message
