r"""A number stated for a name stops holding after the notes update the name in place: ``a \leftarrow a + 0.1``,
``a \gets 2a``, ``a := a + 0.1``, ``a \mathrel{+}= 0.1`` (sound46, documents.renewednames).

"Let $a = 0.3$ and $b = 0.3$. Then $a \leftarrow a + 0.1$." then ``2a = 0.6`` was PROVED "under the hypothesis a =
0.3", and so were the tie "By symmetry $a = b = v$" (documents.claimedties) and a bound at ``L = 4`` after ``L
\leftarrow 2L`` (documents.boundnumbers): each read the number from before the update. Every example is written
here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_a_worked_step_after_an_update_is_not_read_at_the_old_value() -> None:
    for update in ("$a \\leftarrow a + 0.1$", "$a \\gets 2a$", "$a := a + 0.1$", "$a \\mathrel{+}= 0.1$"):
        text = f"# S\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen we update {update}.\n\n$$2a = 0.6.$$\n"
        assert verdicts_by_line(text)[7] not in GREEN, update


def test_a_tie_after_an_update_is_not_proved_at_the_old_values() -> None:
    text = "# T\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen $a \\leftarrow a + 0.1$. By symmetry we find $a = b = v$.\n"
    assert "PROVED" not in verdicts_by_line(text)[5]


def test_a_bound_after_an_update_is_not_proved_at_the_old_value() -> None:
    text = ("# B\n\nWith $L = 4$ the step is safe.\n\nNow $L \\leftarrow 2L$. Take $\\eta \\le \\frac{1}{L}$, so "
            "$\\eta \\le 0.25$.\n")
    assert "PROVED" not in verdicts_by_line(text).get(5, [])


def test_without_an_update_the_value_holds() -> None:
    text = "# S\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen we look at $b + 1$.\n\n$$2a = 0.6.$$\n"
    assert verdicts_by_line(text)[7] == ["PROVED"]
    update_of_another = "# S\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen $b \\leftarrow b + 1$.\n\n$$2a = 0.6.$$\n"
    assert verdicts_by_line(update_of_another)[7] == ["PROVED"]
