r"""A backward pass worked with vectors the prose states: the worked number is checked at all of them.

lead70's two-layer network states its inputs in prose ("Take $y = 1$, $v = (1, -1)^\top$ …"), the hidden vector
$h = (3, 3)^\top$, and then works ``\frac{\partial L}{\partial v} = (\hat y - y)\, h = (-3, -3)^\top``. The chain
writes h on one side only, so documents.chainvalues gave it h's stated value as a hypothesis; that hypothesis made
documents.partlyworked skip its second look (a chain's own hypotheses win), and ŷ = vᵀh stayed a function of a free
v: the right number and the sign-flipped one were both SKIPPED "a worked number against a definition over v". A
stated value is no hypothesis of the chain's own: the link is read at every stated value, and a slip at exact inputs
is FAILED (with the stated vectors' lengths, the notes' sizes, not the checker's). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# One output unit

Let $\hat y = v^\top h$ and $L = \tfrac12 (\hat y - y)^2$.

Take $y = 1$, $v = (1, -1)^\top$ and $h = (3, 3)^\top$.

$$
\frac{\partial L}{\partial v} = (\hat y - y)\, h = RESULT .
$$
"""


def test_the_right_worked_vector_is_green() -> None:
    assert verdicts_by_line(_NOTE.replace("RESULT", r"(-3, -3)^\top"))[8] == ["PROVED", "PROVED"]


def test_a_sign_slip_at_exact_stated_inputs_is_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("RESULT", r"(3, 3)^\top"))[8] == ["PROVED", "FAILED"]


def test_a_dropped_entry_sign_is_failed_in_a_column() -> None:
    note = _NOTE.replace("RESULT", r"\begin{pmatrix} -3 \\ 3 \end{pmatrix}")
    assert verdicts_by_line(note)[8] == ["PROVED", "FAILED"]


def test_a_chains_own_hypothesis_still_wins() -> None:
    # "where $v = (2, 0)^\top$": the chain's own hypothesis, read as written (ŷ = 6, (ŷ - y) h = (15, 15))
    note = _NOTE.replace("RESULT", r"(15, 15)^\top").replace(
        "$$\n\\frac", "$$\n\\frac").replace(".\n$$\n", ".\n$$\nwhere $v = (2, 0)^\\top$.\n")
    assert "FAILED" not in verdicts_by_line(note).get(8, []), note
