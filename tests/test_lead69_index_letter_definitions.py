r"""``q = p + u`` in a worked computational graph is a definition, not a relation of indices (documents.definitions).

A name from the index letters (i … r) set equal to a formula without a function, a sum or a Greek letter was read as
a case or a range (``i = j``, ``k = K + 1``) and never learned: after "define $p = uv$, $q = p + u$, and $f = q^2$"
the right ``\frac{\partial f}{\partial p} = 2q`` was FAILED "at p = 0, q = 1" (q read as free of p: a false alarm
on the base) and ``\frac{\partial f}{\partial a} = 2q`` after "Let $q = a + b$" SKIPPED. A formula writing a
lowercase name no index is named by (a, b, u, w, x …) computes a quantity: it is a definition. Index arithmetic
(``k = K + 1``, ``k = i + j``) is still a relation.
"""

from __future__ import annotations

from support import verdicts_by_line

GRAPH = ("Let $u = 3$ and $v = 2$, and define $p = u v$, $q = p + u$, and $f = q^2$.\n"
         "The partial derivatives are\n\n$$\n\\frac{{\\partial f}}{{\\partial {var}}} = {rhs}\n$$\n")


def test_a_graph_of_index_letters_is_differentiated_through_its_definitions() -> None:
    assert verdicts_by_line(GRAPH.format(var="p", rhs="2q"))[5] == ["PROVED"]
    assert verdicts_by_line(GRAPH.format(var="u", rhs="2q(v + 1)"))[5] == ["PROVED"]


def test_a_wrong_derivative_through_the_graph_is_failed() -> None:
    assert verdicts_by_line(GRAPH.format(var="u", rhs="2qv"))[5] == ["FAILED"]
    assert verdicts_by_line(GRAPH.format(var="p", rhs="q"))[5] == ["FAILED"]


def test_an_index_letter_set_to_a_sum_of_quantities_is_defined() -> None:
    note = "Let $q = a + b$ and let $f = q^2$.\n\n$$\n\\frac{{\\partial f}}{{\\partial a}} = {rhs}\n$$\n"
    assert verdicts_by_line(note.format(rhs="2q"))[4] == ["PROVED"]
    assert verdicts_by_line(note.format(rhs="q"))[4] == ["FAILED"]
