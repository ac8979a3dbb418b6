r"""``$P(y=1) = 0.3$``, ``$P(w \mid c_1) = 0.6$``: stated probabilities decide a worked Bayes link (probs66).

A naive-Bayes or disease-test example states the priors and likelihoods in the prose and then writes Bayes' rule
with the numbers put in. The stated values were read for plain names only (and split at every ``=``, the one of
the event too), so the link from the formula to the numbers was never checked: a wrong product (0.16 for
0.6 · 0.3) was as silent as a right one. The prose's values of a probability (an event, a conditional) are now
values like a plain name's; the Bayes-rule link itself (the posterior is not stated) stays unchecked. Every
example is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.stated import stated_values

_EVENTS = r"""# Naive Bayes

We have two classes with priors $P(y=1) = 0.3$ and $P(y=0) = 0.7$. For a word $w$ we estimated
$P(w \mid y=1) = 0.6$ and $P(w \mid y=0) = 0.1$. By Bayes' rule,
$$P(y=1 \mid w) = \frac{P(w \mid y=1)P(y=1)}{P(w \mid y=1)P(y=1) + P(w \mid y=0)P(y=0)}
= \frac{0.18}{0.18 + 0.07} = 0.72.$$
"""

_CLASSES = r"""# Naive Bayes

Priors $P(c_1) = 0.3$, $P(c_0) = 0.7$; likelihoods $P(w \mid c_1) = 0.6$ and $P(w \mid c_0) = 0.1$. By Bayes' rule,
$$P(c_1 \mid w) = \frac{P(w \mid c_1)P(c_1)}{P(w \mid c_1)P(c_1) + P(w \mid c_0)P(c_0)}
= \frac{0.18}{0.18 + 0.07} = 0.72.$$
"""


def _display(note: str) -> list[str]:
    """The verdicts of the display's three links (Bayes' rule, the worked fraction, its value), in order."""
    by_line = verdicts_by_line(note)
    return by_line.get(5, []) + by_line.get(6, [])


def test_the_prose_states_values_of_probabilities() -> None:
    got = {(n, v) for n, v, _ in stated_values(_EVENTS)}
    assert {("P(y=1)", "0.3"), ("P(y=0)", "0.7"), ("P(w \\mid y=1)", "0.6"), ("P(w \\mid y=0)", "0.1")} <= got


def test_chained_and_listed_probabilities() -> None:
    got = {(n, v) for n, v, _ in stated_values("$P(y=1) = P(y=0) = 0.5$ and $p(z=1) = 0.2, p(z=2) = 0.8$")}
    assert got == {("P(y=1)", "0.5"), ("P(y=0)", "0.5"), ("p(z=1)", "0.2"), ("p(z=2)", "0.8")}


def test_a_function_with_an_equals_states_nothing() -> None:
    assert stated_values("$f(x=1) = 0.3$") == []


@pytest.mark.parametrize("note", [_EVENTS])
def test_the_worked_link_is_checked_at_the_stated_values(note: str) -> None:
    bayes, worked, result = _display(note)
    assert worked in ("PROVED", "PASSED")
    assert bayes == "SKIPPED"  # the posterior P(y=1|w) is stated nowhere
    assert result == "PROVED"


@pytest.mark.parametrize("note", [_EVENTS])
def test_a_wrong_number_fails(note: str) -> None:
    wrong = note.replace(r"\frac{0.18}{0.18 + 0.07} = 0.72", r"\frac{0.18}{0.18 + 0.7} = 0.20")  # 0.7 for 0.07
    assert _display(wrong)[1] == "FAILED"


def test_a_wrong_stated_likelihood_is_never_green() -> None:
    wrong = _EVENTS.replace(r"$P(w \mid y=0) = 0.1$", r"$P(w \mid y=0) = 0.2$")
    assert _display(wrong)[1] not in ("PROVED", "PASSED")


def test_a_wrong_product_in_a_worked_fraction_fails() -> None:
    # 0.16 for P(w|y=1)P(y=1) = 0.6 · 0.3 = 0.18: "within the rounding" of the fraction as a whole, no term's value
    wrong = _EVENTS.replace(r"\frac{0.18}{0.18 + 0.07} = 0.72", r"\frac{0.16}{0.16 + 0.07} = 0.70")
    assert _display(wrong)[1] == "FAILED"


def test_a_wrong_product_of_plain_names_fails_too() -> None:
    note = "# Plain\n\nWith $a = 0.6$, $b = 0.3$, $c = 0.1$ and $d = 0.7$,\n$$\\frac{ab}{ab + cd} = X = 0.70$$\n"
    assert verdicts_by_line(note.replace("X", "\\frac{0.16}{0.16 + 0.07}"))[4][0] == "FAILED"
    assert verdicts_by_line(note.replace("X", "\\frac{0.18}{0.18 + 0.07}").replace("0.70", "0.72"))[4][0] == "PROVED"


def test_rounded_terms_of_a_worked_fraction_pass() -> None:
    # 0.6 · 0.35 = 0.21, 0.1 · 0.65 = 0.065 written 0.07: each term rounded to its digits (within the box)
    note = ("# Plain\n\nWith $a = 0.6$, $b = 0.35$, $c = 0.1$ and $d = 0.65$,\n"
            "$$\\frac{ab}{ab + cd} = \\frac{0.21}{0.21 + 0.07} = 0.75$$\n")  # fmt: skip
    assert verdicts_by_line(note)[4][0] in ("PASSED", "PROVED")


_TOTAL = (
    "# Total probability\n\nLet $P(A=1) = 0.2$, $P(A=0) = 0.8$, $P(B=1 \\mid A=1) = 0.9$\n"
    "and $P(B=1 \\mid A=0) = 0.1$.\n\n"
    "$$P(B=1 \\mid A=1)P(A=1) + P(B=1 \\mid A=0)P(A=0) = 0.18 + 0.08$$\n"
)


def test_a_worked_sum_at_stated_probabilities() -> None:
    assert verdicts_by_line(_TOTAL)[6] == ["PROVED"]
    assert verdicts_by_line(_TOTAL.replace("0.18 + 0.08", "0.08 + 0.18"))[6] == ["PROVED"]  # another order


def test_a_wrong_term_of_a_worked_sum_fails() -> None:
    # 0.8 for 0.1 · 0.8 = 0.08: no rounding of its term, and 0.98 no rounding of 0.26 (was SKIPPED as a closed form)
    assert verdicts_by_line(_TOTAL.replace("0.18 + 0.08", "0.18 + 0.8"))[6] == ["FAILED"]


def test_terms_wrong_but_the_sum_right_is_not_failed() -> None:
    # 0.18 + 0.081: 0.081 is no rounding of 0.08, but the sum 0.261 is 0.26 to the two decimals of 0.18: not FAILED
    assert verdicts_by_line(_TOTAL.replace("0.18 + 0.08", "0.18 + 0.081"))[6] == ["SKIPPED"]
