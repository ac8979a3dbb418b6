r"""A letter the notes define in one problem and reuse in another: only the misfit definition is set aside.

Homework solutions reuse letters per problem (``x`` a scalar in a lemma, ``x`` a data vector in the
next problem). A line whose use of a name does not fit the notes' latest definition of it is read
without *that* definition (and without the earlier definitions that wrote the letter in its other
meaning), while the definitions that do fit the line stay in force. Small examples written here.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.context import Definition
from verifier.documents.misfits import misfit_keys, written_before

_REUSED = r"""
# Fit

The boundary is

$$y = g(2.62 - 0.76x_1 - 1.17x_2)$$

# Lemma

Let $x = (a-b)^T C (a-b).$ Then, with repeated index summation,

$$x = (a_i - b_i)c_{ij}(a_j-b_j)$$

# Regression

Let $z = X\theta - y.$ Then

$$2 X^T W z = 2 X^T W (X \theta - y)$$
"""


def test_a_line_that_fits_only_the_recent_definitions_is_read_with_them() -> None:
    # x of the lemma is a scalar; y of the first problem wrote x_1, x_2: neither fits the last line,
    # but z = Xθ - y (just before) does, and the step holds only with it
    steps = doc_steps(_REUSED)
    last = steps[-1]
    assert last.verdict.name == "PROVED", last.message
    assert "read without the notes' earlier definition of y" in last.message, last.message


def test_the_definition_still_applies_where_it_fits() -> None:
    steps = doc_steps(
        r"""
        Let $x = (a-b)^T C (a-b).$ Then, with repeated index summation,

        $$x = (a_i - b_i)c_{ij}(a_j-b_j)$$

        so that

        $$2x = 2(a_i - b_i)c_{ij}(a_j-b_j)$$
        """
    )
    assert steps[-1].verdict.name == "PROVED", steps[-1].message
    assert "read without" not in steps[-1].message, steps[-1].message


def test_a_wrong_step_with_a_misfit_definition_is_not_green() -> None:
    steps = doc_steps(_REUSED.replace("2 X^T W (X \\theta - y)", "2 X^T W (X \\theta + y)"))
    assert steps[-1].verdict.name not in ("PROVED", "PASSED"), steps[-1].message


def test_the_resolver_messages_name_the_misfit_definitions() -> None:
    defs = [Definition(("x", ()), "a_i c_{ij} a_j", line=9), Definition(("z", ()), "X w", line=12)]
    assert misfit_keys(["left member: x is a scalar here; it has no entry 2 (at n=3)"], defs) == {("x", ())}
    assert misfit_keys(["read: the definition of x sums its repeated index"], defs) == {("x", ())}
    assert misfit_keys(["left member: q is a scalar here; it has no entry 2"], defs) == frozenset()


def test_a_definition_written_before_the_blamed_one_with_its_letter_is_blamed_too() -> None:
    defs = [
        Definition(("y", ()), "g(x_1 + x_2)", line=3),
        Definition(("x", ()), "a_i a_i", line=9),
        Definition(("z", ()), "X w - y", line=12),
        Definition(("u", ()), "x + 1", line=14),
    ]
    names = {"g(x_1 + x_2)": {"g", "x"}, "a_i a_i": {"a"}, "X w - y": {"X", "w", "y"}, "x + 1": {"x"}}
    # y (line 3) wrote x before x was defined at line 9; u (line 14) means the x of line 9
    assert written_before(frozenset({("x", ())}), defs, names.get) == {("y", ())}


def test_an_early_definition_renewed_before_the_line_is_not_set_aside() -> None:
    # neylon5: f writes x before x's definition, but f is defined anew (without x) before the line;
    # the line's x misfits, and only x is set aside (the f in force is kept)
    notes = (
        "First\n\n$$f(\\theta) = \\theta^T u + x_1.$$\n\nIn the lemma, let\n\n$$x = a_i c_{ij} a_j.$$\n\n"
        "Later, with a new objective\n\n$$f(\\theta) = \\theta^T v,$$\n\nwe get\n\n"
    )
    right = doc_steps(notes + "$$\\nabla_\\theta f(\\theta) + x_2 v = v + x_2 v.$$\n")[-1]
    assert right.verdict.value in ("PROVED", "PASSED"), right.message
    wrong = doc_steps(notes + "$$\\nabla_\\theta f(\\theta) + x_2 v = 2v + x_2 v.$$\n")[-1]
    assert wrong.verdict.value not in ("PROVED", "PASSED")
