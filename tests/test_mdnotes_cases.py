r"""A case the prose names alone before a display (``$i \neq j$``) restricts that display's chain.

Notes split the softmax Jacobian into "$i = j$" and "$i \neq j$" without writing "Case 1:"; the
second display holds only where i ≠ j. Read as the notes' case it is checked (and a wrong step under
it still fails); a paragraph that is a value (``$i = 1$``) or about letters the display does not
index is no case.
"""

from __future__ import annotations

import textwrap

from verifier.documents.cases import lead_condition
from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_JACOBIAN = r"""
Let $\hat{y}_i = \frac{e^{z_i}}{\sum_{k=1}^{3} e^{z_k}}$ for a vector $z$.

Two cases.

{lead}

$$
\frac{\partial \hat{y}_i}{\partial z_j} = {rhs}
$$
"""


def _verdicts(lead: str, rhs: str) -> list[tuple[str, str]]:
    text = _JACOBIAN.replace("{lead}", lead).replace("{rhs}", rhs)
    check = check_text(textwrap.dedent(text).lstrip(), "t.md", FAST)
    return [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]


def test_without_the_case_the_off_diagonal_jacobian_is_a_case_split() -> None:
    got = _verdicts("Now the other one.", r"-\hat{y}_i \hat{y}_j")
    assert [v for v, _ in got] == ["SKIPPED"], got
    assert "case split" in got[0][1], got


def test_a_lone_case_paragraph_restricts_the_next_display() -> None:
    for lead in (r"$i \neq j$", r"For $i \ne j$:", r"> If $j \neq i$,"):
        got = _verdicts(lead, r"-\hat{y}_i \hat{y}_j")
        assert [v for v, _ in got] == ["PROVED"], (lead, got)


def test_a_wrong_step_under_the_stated_case_still_fails() -> None:
    got = _verdicts(r"$i \neq j$", r"\hat{y}_i \hat{y}_j")
    assert [v for v, _ in got] == ["FAILED"], got


def test_values_domains_and_unindexed_letters_are_no_case() -> None:
    display = r"\frac{\partial \hat{y}_i}{\partial z_j} = -\hat{y}_i \hat{y}_j"
    assert lead_condition("intro\n\n$i \\neq j$\n", 10, display) == [(r"i \neq j", "'$i \\neq j$' at line 12")]
    assert lead_condition("$i = j$ and more words here", 1, display) == []
    assert lead_condition("$i = 1$", 1, display) == []
    assert lead_condition("$x = y$", 1, display) == []  # neither is a subscript of the display
    assert lead_condition("$a \\neq b$", 1, display) == []
    assert lead_condition("$i \\neq j$\n\nThen we compute:", 1, display) == []  # not the last paragraph


def test_indices_written_together_in_a_subscript_count() -> None:
    assert lead_condition("$k \\neq l$", 1, r"\frac{\partial x^T A x}{\partial A_{kl}} = x_k x_l")
    assert lead_condition("$i \\neq j$", 1, r"\frac{\partial y}{\partial W_{i,j}} = 0") != []
    assert lead_condition("$a \\neq x$", 1, r"f_{\max} = 0") == []


def test_lead_words_of_a_case() -> None:
    display = r"\frac{\partial \hat{y}_i}{\partial z_j} = -\hat{y}_i \hat{y}_j"
    for lead in ("In the case $i \\neq j$:", "For the case of $i \\ne j$,", "Now consider $i \\neq j$."):
        assert lead_condition(lead, 1, display) == [(r"i \neq j", f"'{lead}' at line 1")], lead
    assert lead_condition("Suppose the weights are fixed and $i \\neq j$", 1, display) == []
