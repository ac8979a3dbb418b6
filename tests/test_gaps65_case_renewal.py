r"""A renewal the prose announces as another case, on the line of its use (gaps65, item 2).

"For the Poisson, $A(\eta) = e^{\eta}$, so $A'(\eta) = A''(\eta) = e^{\eta}$" after the Bernoulli's
$$A(\eta) = \log(1 + e^\eta)$$: the formulas after the renewal on its line read the earlier A and were SKIPPED
(documents.disagreeing, fresh19). Where the prose just before the renewal announces another case ("For the Poisson,",
"For a Gaussian,", "In the second model,"), the renewal is a new meaning (documents.inlinerestated.announces_anew), and
the formulas after it on its line read it. A renewal with no such words is checked against the first, as before."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.inlinerestated import announces_anew

_NOTE = """# Exponential families

For the Bernoulli,
$$A(\\eta) = \\log(1 + e^\\eta)$$
so $A'(\\eta) = \\frac{{e^\\eta}}{{1 + e^\\eta}}$.

{lead} $A(\\eta) = e^{{\\eta}}$, so $A'(\\eta) = A''(\\eta) = {right}$.
"""


def _line7(lead: str, right: str) -> list[str]:
    return verdicts_by_line(_NOTE.format(lead=lead, right=right))[7]


def test_a_case_announced_before_the_formula() -> None:
    assert announces_anew("For the Poisson, ")
    assert announces_anew("For a Gaussian,")
    assert announces_anew("In the second model, ")
    assert announces_anew("Under the Gamma prior, ")


def test_no_case_in_ordinary_prose() -> None:
    assert not announces_anew("For the gradient, ")  # a quantity, not a case: the restatement is checked
    assert not announces_anew("Expanding, ")
    assert not announces_anew("For the Poisson the mean is known, and ")  # the clause is not right before it


def test_the_formulas_after_an_announced_case_read_the_new_function() -> None:
    verdicts = _line7("For the Poisson,", "e^{\\eta}")
    assert verdicts.count("PROVED") + verdicts.count("PASSED") >= 2, verdicts
    assert "FAILED" not in verdicts


def test_a_wrong_twin_is_not_green() -> None:
    verdicts = _line7("For the Poisson,", "\\eta e^{\\eta}")
    assert "FAILED" in verdicts, verdicts


def test_without_the_words_the_renewal_is_still_doubted() -> None:
    verdicts = _line7("Then", "e^{\\eta}")
    assert "PROVED" not in verdicts and "PASSED" not in verdicts, verdicts
