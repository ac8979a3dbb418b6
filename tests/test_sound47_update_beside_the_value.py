r"""An update in place on the value's own line, or on the line of the step after it, ends the stated number.

renewednames made ``a \leftarrow a + 0.1`` end a's stated number for the chains after it (sound46), by lines: an
update on the value's own line ("Let $c = 0.2$. Then $c \leftarrow c + 0.1$.") or before an inline step on the
step's line ("Then $c \leftarrow c + 0.1$, so $2c = 0.4$.") was not seen, and ``2c = 0.4`` was PROVED at the old
0.2 (documents.restatedvalues reads the offsets). Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_an_update_on_the_value_line_ends_it() -> None:
    for update in ("$c \\leftarrow c + 0.1$", "$c \\gets 2c$", "$c := c + 0.1$", "$c \\mathrel{+}= 0.1$"):
        text = f"# S\n\nLet $c = 0.2$. Then {update}.\n\n$$2c = 0.4$$\n"
        assert verdicts_by_line(text).get(5) not in GREEN, update


def test_an_update_before_an_inline_step_on_its_line_ends_it() -> None:
    text = "# S\n\nLet $c = 0.2$ and $d = 1$.\n\nThen $c \\leftarrow c + 0.1$, so $2c = 0.4$.\n"
    assert verdicts_by_line(text).get(5) not in GREEN


def test_an_update_of_another_name_on_the_line_keeps_it() -> None:
    text = "# S\n\nLet $c = 0.2$. Then $d \\leftarrow d + 0.1$.\n\n$$2c = 0.4$$\n"
    assert verdicts_by_line(text).get(5) == ["PROVED"]
