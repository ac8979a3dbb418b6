"""speed40: ``verify check``'s note declares each open size once, from the one list of open sizes."""

from __future__ import annotations

from verifier.commands.checknotes import _open_sizes, note_of


def test_the_note_declares_the_open_sizes_the_options_leave() -> None:
    sizes, vectors, matrices = ["K", "n"], ["x:n", "b:3"], ["W:m,n", "A:2,K"]
    note = note_of(["x^\\top x", "0"], set(), {"k"}, sizes, vectors, matrices, (2, 3))
    context = note.split("```")[1].splitlines()[1:]
    assert _open_sizes(sizes, vectors, matrices) == ["K", "n", "m"]
    # each open size once, the last found first (inserted at the top); numbers are no size names
    assert context[:3] == ["m in {2, 3}", "n in {2, 3}", "K in {2, 3}"]
    assert context[3:] == ["x: vector[n]", "b: vector[3]", "W: matrix[m x n]", "A: matrix[2 x K]", "k: integer"]


def test_a_size_named_by_an_option_is_no_integer_line() -> None:
    note = note_of(["x^\\top x", "0"], set(), {"n", "k"}, [], ["x:n"], [], (2, 3))
    assert "n: integer" not in note and "k: integer" in note and "n in {2, 3}" in note
