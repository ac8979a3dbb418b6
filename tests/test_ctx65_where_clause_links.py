r"""A worded link across a clause that says what the first equation's names are (ctx65, issue 8 §5).

Notes that solve a condition explain a name of it right after the equation, then go on: "$$\Rightarrow m_1 -
m_1\phi = m_0\phi,$$ where $m_j = \sum_i [y_i = j]$, and the labels are 0 or 1. Then $$m_1 = \phi(m_0 + m_1)$$".
The words between the two equations were not a connective alone (documents.wordlinks), so the second equation was
SKIPPED "an equation between undeclared quantities" though the notes claim it follows from the first. A "where"
clause of its own sentence (inline formulas only), then a connective opening the next sentence, now makes the
link; the check is documents.equivalent's (PROVED where a nonzero multiple, else SKIPPED, never FAILED).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

#: E₁ reached by ⇒ from an equation set to zero, a where clause naming what the labels are, then "Then" E₂
WHERE = (
    "$$4q - 4s - 2ps = 0$$\n\n$$\\Rightarrow\\quad q - qs = ps,$$\n\nwhere $c_k = \\sum_i [z_i = k]$, and the "
    "labels $z_i$ are taken as 0 or 1.\nThen\n\n$$q = s(p + q),$$\n\nthe share.\n"
)


def test_a_link_across_a_where_clause_is_read() -> None:
    steps = doc_steps(WHERE)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "the equation before it" in steps[-1].message, steps[-1].message


def test_a_wrong_equation_after_a_where_clause_is_not_green_nor_failed() -> None:
    for wrong in (WHERE.replace("s(p + q)", "s(p - q)"), WHERE.replace("q = s(p + q)", "q = 2s(p + q)")):
        assert doc_steps(wrong)[-1].verdict is Verdict.SKIPPED, wrong


def test_a_where_clause_not_followed_by_a_connective_makes_no_link() -> None:
    other = WHERE.replace("Then\n", "We now turn to the rate:\n")
    assert doc_steps(other)[-1].verdict is Verdict.SKIPPED


def test_a_where_clause_that_runs_into_the_equation_makes_no_link() -> None:
    # "where $c = 2$, so $$E_2$$": one sentence, the words join E₂ to what the clause says, not to E₁
    other = WHERE.replace("are taken as 0 or 1.\nThen", "are taken as 0 or 1, so")
    assert doc_steps(other)[-1].verdict is Verdict.SKIPPED


def test_a_display_between_makes_no_link() -> None:
    other = WHERE.replace("are taken as 0 or 1.", "are taken as 0 or 1.\n\n$$r = 2q$$\n\n")
    assert doc_steps(other)[-1].verdict is Verdict.SKIPPED


def test_a_where_clause_after_a_claim_makes_no_link() -> None:
    # E₁ a claim (nothing set to zero before it): a link from it would carry it unchecked
    claim = WHERE.replace("$$4q - 4s - 2ps = 0$$\n\n$$\\Rightarrow\\quad ", "We have\n\n$$")
    assert doc_steps(claim)[-1].verdict is Verdict.SKIPPED
