r"""``P(c_1)`` is the probability of class 1 where the same notes write ``P(w \mid c_1)`` (cover67).

A worked naive-Bayes rule with numbered classes writes its priors with no bar and no event (``$P(c_1) = 0.3$``). They
were the products P·c_1, so the worked fraction was SKIPPED ("read as products") and a wrong one beside it too. Where
the notes write ``P`` over a conditional or an event, a ``P(…)`` around one name is now that name's probability (one
quantity, its stated value a value); notes that never do keep the product. Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.probabilityheads import as_probabilities, probability_heads
from verifier.documents.stated import stated_values

_NOTE = r"""# Naive Bayes with two classes

Priors $P(c_1) = 0.3$, $P(c_0) = 0.7$; likelihoods $P(w \mid c_1) = 0.6$ and $P(w \mid c_0) = 0.1$. By Bayes' rule,

$$P(c_1 \mid w) = \frac{P(w \mid c_1)P(c_1)}{P(w \mid c_1)P(c_1) + P(w \mid c_0)P(c_0)} = \frac{0.18}{0.18 + 0.07}$$

and the evidence is $P(w) = P(w \mid c_1)P(c_1) + P(w \mid c_0)P(c_0) = 0.25$.
"""


def test_the_worked_links_with_numbered_classes_are_checked() -> None:
    by_line = verdicts_by_line(_NOTE)
    assert by_line[5] == ["SKIPPED", "PROVED"]  # Bayes' rule: the posterior is stated nowhere
    assert by_line[7][-1] == "PROVED"


def test_a_wrong_term_fails() -> None:
    by_line = verdicts_by_line(_NOTE.replace("{0.18 + 0.07}", "{0.18 + 0.7}"))
    assert by_line[5] == ["SKIPPED", "FAILED"]


def test_a_wrong_evidence_fails() -> None:
    by_line = verdicts_by_line(_NOTE.replace("= 0.25$", "= 0.52$"))
    assert by_line[7][-1] == "FAILED"


def test_the_priors_are_stated_values() -> None:
    got = {(n, v) for n, v, _ in stated_values(_NOTE)}
    assert {("P(c_1)", "0.3"), ("P(c_0)", "0.7")} <= got


def test_only_notes_that_write_p_as_a_probability() -> None:
    assert probability_heads("$P(c_1) = 0.3$ and $P(x) = x^2 + 1$") == frozenset()
    assert stated_values("Let $P(c_1) = 0.3$.") == []  # no bar, no event anywhere: not read as a probability
    assert probability_heads(r"$P(y=1) = 0.3$") == probability_heads(r"$P(x \mid y)$") == frozenset({"P"})


def test_only_one_name_in_the_bracket() -> None:
    heads = frozenset({"P"})
    assert as_probabilities("P(c_1) + P(A) + P(c_{10})", heads) == r"\Pr(c_1) + \Pr(A) + \Pr(c_{10})"
    for kept in ("P(x + 1)", "P(c_1, w)", "p(c_1)", "AP(c_1)", r"\Pr(c_1)", "P(c_k)"):
        assert as_probabilities(kept, heads) == kept


def test_a_function_the_notes_define_stays_a_function() -> None:
    note = r"""# Bernoulli likelihood

The model is $P(y=1 \mid \theta) = \theta$. For one observation the likelihood is $P(y) = \theta^y (1-\theta)^{1-y}$, so

$$\frac{\partial}{\partial \theta} \log P(y) = \frac{y}{\theta} - \frac{1-y}{1-\theta}$$
"""
    assert probability_heads(note) == frozenset()  # P(y) is a formula in y: P is the notes' function
    assert verdicts_by_line(note)[5] == ["PROVED"]
    assert verdicts_by_line(note.replace(r"- \frac{1-y}", r"+ \frac{1-y}"))[5] == ["FAILED"]
