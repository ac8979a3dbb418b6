r"""``g(z) = f(Az)`` with ``f`` never defined and differentiated bare: a rule for every smooth f.

Small examples written here (documents/reparam.py). Before the reading, every step below that
differentiates g or writes ``\nabla f`` was SKIPPED ("function f is not defined", "the variable of
the gradient is not written"); a wrong rule must still never turn green."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.reparam import bare_differentiated

_NOTES = r"""
Suppose that matrix $A$ is invertible, and that $g(z) = f(Az).$
We think of $f$ as a function of $x,$ and $g$ as a function of $z.$

$$\big[\nabla_z g\big]_i = \frac{\partial f}{\partial z_i}
= \frac{\partial f}{\partial x_j}\frac{\partial x_j}{\partial z_i}
= \frac{\partial f}{\partial x_j}A_{ji},$$

from which it follows that

$$\nabla g = {GRAD}.$$
"""


def test_the_chain_rule_through_a_reparametrisation_is_checked_for_an_arbitrary_f() -> None:
    steps = doc_steps(_NOTES.replace("{GRAD}", r"A^T\nabla f"))
    assert len(steps) == 4
    for s in steps:
        assert s.verdict.name in ("PROVED", "PASSED"), s.message  # PASSED: the symbolic budget ran out (load)
    # the reading is reported with the step: f is arbitrary, its point is x = Az
    assert any("x = Az" in s.message for s in steps), [s.message for s in steps]
    assert "read as the gradient with respect to" in steps[-1].message


def test_a_dropped_transpose_in_the_gradient_is_not_green() -> None:
    steps = doc_steps(_NOTES.replace("{GRAD}", r"A\nabla f"))
    assert steps[-1].verdict.name not in ("PROVED", "PASSED"), steps[-1].message


def test_swapped_indices_of_the_jacobian_are_not_green() -> None:
    steps = doc_steps(_NOTES.replace("{GRAD}", r"A^T\nabla f").replace("A_{ji}", "A_{ij}"))
    assert steps[2].verdict.name not in ("PROVED", "PASSED"), steps[2].message


def test_a_renaming_is_no_reparametrisation() -> None:
    # g(z) = f(z): nothing says where f's own variable sits, and no point is made up for it
    notes = r"""
    Let $g(z) = f(z).$

    $$\nabla g = A^T\nabla f.$$
    """
    (step,) = doc_steps(notes)
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_bare_differentiated_names_and_their_letters() -> None:
    f, x, z = sp.symbols("f x z")
    grad = sp.Function("grad")
    tree = sp.Add(sp.Derivative(f, x), grad(f), sp.Derivative(sp.Function("h")(z), z), evaluate=False)
    assert bare_differentiated([tree]) == {"f": {"x"}}


def test_lowercase_entries_name_the_matrix_of_the_point() -> None:
    # the chain writes a_{ji}; A appears only in the point x = Az: A = (a_ij), when both are inferred
    from verifier.documents.context import Definition, Scope, VarDecl
    from verifier.documents.reparam import _entries_of_capitals

    a_, z_, f_ = sp.symbols("A z f")
    a = sp.IndexedBase("a")
    j, i = sp.symbols("j i")
    scope = Scope()
    scope.names[("A", ())] = VarDecl(("A", ()), "matrix")
    scope.inferred[("A", ())] = "A: a matrix"
    scope.names[("a", ())] = VarDecl(("a", ()), "matrix")
    scope.inferred[("a", ())] = "a: a matrix"
    tree = sp.Derivative(f_, z_) * a[j, i]
    _entries_of_capitals(scope, a_ * z_, [tree])
    assert scope.names[("A", ())] == Definition(("A", ()), "a")
    # a written bare too, or the notes' own definition of A: not the convention
    other = Scope({("A", ()): Definition(("A", ()), "B"), ("a", ()): VarDecl(("a", ()), "matrix")},
                  inferred={("a", ()): "a: a matrix"})  # fmt: skip
    _entries_of_capitals(other, a_ * z_, [tree])
    assert other.names[("A", ())] == Definition(("A", ()), "B")


def test_the_point_replaces_only_an_earlier_note_definition() -> None:
    from verifier.documents.context import Definition, Scope, VarDecl
    from verifier.documents.reparam import _fits_point

    g = Definition(("g", ()), "f(Az)", params=("z",), is_function=True, line=10)
    before = Definition(("x", ()), "(a-b)^T C (a-b)", line=5)  # another problem's x
    after = Definition(("x", ()), "W h", line=12)  # the notes' own x, stated after g
    assert _fits_point(Scope({("x", ()): before}), "x", g, frozenset({id(before)}))
    assert not _fits_point(Scope({("x", ()): after}), "x", g, frozenset({id(after)}))
    assert not _fits_point(Scope({("x", ()): before}), "x", g, frozenset())  # a context's: it wins
    inferred = Scope({("x", ()): VarDecl(("x", ()), "vector")}, inferred={("x", ()): "x: a vector"})
    assert _fits_point(inferred, "x", g, frozenset())
