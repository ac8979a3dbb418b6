r"""Names a display uses and the "where" sentence right after it defines apply to that display.

``$$ y = A_1 + A_2 $$ Where $A_1 = x^2$ and $A_2 = 3x$.``: a reader reads the display with those
definitions (before, A_1 was read as an entry of A); a wrong step under them still fails, and a
definition in a later sentence holds only from its own line.
"""

from __future__ import annotations

import textwrap

from verifier.documents.check import check_text
from verifier.documents.trailing import display_before
from verifier.engine import Settings

FAST = Settings(points=30)


def _steps(text: str) -> list[tuple[int, str, str]]:
    check = check_text(textwrap.dedent(text).lstrip(), "t.md", FAST)
    return [
        (line, s.verdict.value, s.message)
        for c in check.chains
        for s, line in zip(c.result.steps, c.step_lines, strict=True)
    ]


_NOTES = r"""
For a real $x$:

$$
\begin{align*}
f &= x^2 + 3x \\
  &= {rhs}
\end{align*}
$$

{after}
"""


def _check(rhs: str, after: str) -> list[tuple[int, str, str]]:
    return _steps(_NOTES.replace("{rhs}", rhs).replace("{after}", after))


def test_the_where_sentence_after_a_display_defines_its_names() -> None:
    got = _check("P_1 + P_2", "Where $P_1 = x^2$ and $P_2 = 3x$.")
    assert [v for _, v, _ in got if v != "SKIPPED"] == ["PROVED"], got
    assert any("'where' sentence after this display" in m for _, v, m in got if v == "PROVED"), got


def test_a_wrong_step_under_those_definitions_still_fails() -> None:
    got = _check("P_1 + P_2", "Where $P_1 = x^2$ and $P_2 = 2x$.")
    assert [v for _, v, _ in got if v != "SKIPPED"] == ["FAILED"], got


def test_without_the_where_sentence_the_names_stay_unread() -> None:
    got = _check("P_1 + P_2", "Next we take $P_1 = x^2$ and $P_2 = 3x$.")
    assert "PROVED" not in [v for _, v, _ in got], got


def test_only_the_sentence_that_opens_with_where_counts() -> None:
    text = "$$\na = b\n$$\n\nWhere $u = 1$. Then $w = 2$.\n"
    spans = [(1, 2)]
    assert display_before(text, text.index("$u"), spans) == (1, 2)
    assert display_before(text, text.index("$w"), spans) is None
    assert display_before(text, text.index("$u"), []) is None
    later = "$$\na = b\n$$\n\nWe compute.\n\nwhere $u = 1$\n"
    assert display_before(later, later.index("$u"), spans) is None


def test_a_sentence_opening_otherwise_is_a_new_topic() -> None:
    text = "$$\na = b\n$$\n\nWith the label written as $c$, $L = -\\log p_c$ and\n"
    assert display_before(text, text.index("$L"), [(1, 2)]) is None


def test_a_name_the_notes_defined_before_the_display_keeps_that_definition() -> None:
    got = _steps(
        r"""
        Let $P_1 = x^2$ for a real $x$.

        $$
        f = x^2 + 3x = P_1 + 3x
        $$



        where $P_1 = 5x$ (a sentence far enough not to be read as a hypothesis).
        """
    )
    assert [v for _, v, _ in got if v != "SKIPPED"] == ["PROVED"], got
