r"""An update in place written with an arrow (``c \mapsto c + 0.1``, ``s \to -s``) ends the name's stated number.

renewednames reads ``c \leftarrow c + 0.1``, ``c \gets 2c``, ``c := c + 0.1`` and ``c \mathrel{+}= 0.1`` as updates in
place (sound46, sound47), after which a number stated for c is an old one. Notes write the same update with
``\mapsto`` ("clip: $g \mapsto c\,g/\|g\|$") or ``\to`` ("flip: $s_k \to -s_k$"); "Let $c = 0.2$. Then $c \mapsto c +
0.1$." left ``2c = 0.4`` PROVED at the old 0.2. An arrow whose right side writes the name itself is an update; a limit
(``c \to 0``) or a map of another name (``x \mapsto x^2``) is none. Every example is my own.
"""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_an_arrow_update_ends_the_stated_number() -> None:
    for update in ("$c \\mapsto c + 0.1$", "$c \\to c + 0.1$", "$c \\rightarrow 1.5c$", "$c \\mapsto -c$"):
        text = f"# S\n\nLet $c = 0.2$. Then {update}.\n\n$$2c = 0.4$$\n"
        assert verdicts_by_line(text).get(5) not in GREEN, update


def test_a_limit_or_a_map_of_another_name_keeps_it() -> None:
    for said in ("Let $h \\to 0$", "The map $x \\mapsto x^2$ is convex", "As $c \\to 0$ the loss vanishes"):
        text = f"# S\n\nLet $c = 0.2$. {said}.\n\n$$2c = 0.4$$\n"
        assert verdicts_by_line(text).get(5) == ["PROVED"], said
