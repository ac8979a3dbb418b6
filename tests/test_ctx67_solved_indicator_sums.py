r"""A formula solved for a name after an equation whose names are indicator sums (documents.solvedvalues; ctx67).

Notes that estimate a class prior count the classes with Iverson brackets and solve for the prior:
``where $m_j = \sum_i [y_i = j]$ … $$m_1 = \phi(m_0 + m_1) \Rightarrow \phi = \frac{m_1}{m}$$``. Checking that
φ solves the equation before it, ``_formula_root`` called ``simplify`` on the indicator sums, whose Piecewise
``piecewise_fold`` expanded into every case of every term: the chain ran past its timeout (TIMEOUT after 20 s
and more, on a note of six lines) where every other reading answers in a second. ``expand`` is the zero test
where an indicator is written. Each example is written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.solvedvalues import solution_check
from verifier.results import Verdict

_NOTES = r"""where $m_j = \sum_i [y_i = j],$ and the values are 0 or 1.
Then

$$m_1 = \phi(m_0 + m_1) \;\Rightarrow\; \phi = \frac{m_1}{m},$$

using that $m = m_0 + m_1.$
"""


def test_the_solved_prior_after_indicator_counts_gets_a_verdict() -> None:
    steps = doc_steps(_NOTES, "notes.md")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED, Verdict.SKIPPED]
    assert "no answer within" not in steps[1].message


def test_a_root_written_with_an_indicator_is_still_proved() -> None:
    phi, y = sp.symbols("phi y", real=True)
    hit = sp.Piecewise((1, sp.Eq(y, 1)), (0, True))
    found = solution_check(phi, hit / 2, 2 * phi - hit, sp.Integer(0), r"\frac{[y = 1]}{2}", 3)
    assert found is not None and found[0] is Verdict.PROVED


def test_a_wrong_root_written_with_an_indicator_is_not_proved() -> None:
    phi, y = sp.symbols("phi y", real=True)
    hit = sp.Piecewise((1, sp.Eq(y, 1)), (0, True))
    found = solution_check(phi, hit, 2 * phi - hit, sp.Integer(0), "[y = 1]", 3)
    assert found is None or found[0] is not Verdict.PROVED
