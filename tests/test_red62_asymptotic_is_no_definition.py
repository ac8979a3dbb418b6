r"""A cost stated in big-O, ``T(n) = O(n^2)``, is no definition of T.

Notes state a cost and then its order: "The cost is $T(n) = 3n^2 + 2n$, and $T(n) = O(n^2)$." lead61's guard
(documents.asymptotic) leaves the member ``O(n^2)`` unread in the step, but the definitions were learned before
that and took ``T(n) = O(n^2)`` as T defined anew, O·n²: the right ``T(n) - 3n^2 = 2n`` after it was **FAILED** "at
n = 1, O = 0". A definition whose body applies asymptotic notation is not learned (T keeps its definition); the
notes' own O(t), defined, is read as they say. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# Cost

The cost is $T(n) = 3n^2 + 2n$, and {order}.

$$T(n) - 3n^2 = {rhs}$$
"""


def test_a_big_o_order_leaves_the_definition_before_it() -> None:
    assert verdicts_by_line(_NOTE.format(order="$T(n) = O(n^2)$", rhs="2n"))[5] == ["PROVED"]
    assert verdicts_by_line(_NOTE.format(order="$T(n) = \\Theta(n^2)$", rhs="2n"))[5] == ["PROVED"]


def test_a_wrong_step_after_the_order_still_fails() -> None:
    assert verdicts_by_line(_NOTE.format(order="$T(n) = O(n^2)$", rhs="3n"))[5] == ["FAILED"]


def test_an_order_alone_defines_nothing() -> None:
    note = "# Cost\n\nThe sort costs $S(n) = O(n \\log n)$.\n\n$$S(2) = 2$$\n"
    assert verdicts_by_line(note)[5] != ["FAILED"]
    assert verdicts_by_line(note.replace("$$S(2) = 2$$", "$$S(2) = 0$$"))[5] != ["PROVED"]


def test_the_notes_own_o_is_read_as_they_define_it() -> None:
    note = "# Output\n\nDefine $O(t) = t^2 + 1$ and $g(t) = O(t) + 1$.\n\n$$g(2) = 6$$\n"
    assert verdicts_by_line(note)[5] == ["PROVED"]
