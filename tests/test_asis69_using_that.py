r"""A solved equation read under the prose's "using that $N = a_0 + a_1$" / "where $N = …$" (asis69, issue 8 §1).

Notes solve a condition and name, in the sentence that goes on after the display, the quantity the solution is
written with: "$$a_1 = r(a_0 + a_1) \Rightarrow r = \frac{a_1}{N},$$ using that $N = a_0 + a_1$." The ⇒ link is
checked as following from the equation before it (documents.equivalent), but with the stated hypothesis left out
the two equations are not multiples of each other (N is free): the step stayed SKIPPED unless a context declared
``N := a_0 + a_1``. A reader reads the clause as it reads "where $N = …$" after a display: the definition of the
name it states holds for the display (documents.trailing), reported with the step; an equation naming no quantity
is not read.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Setting the derivative to zero gives

$$\Rightarrow\quad a_1 - a_1 r = a_0 r,$$

where $a_k$ counts the draws of kind $k$. Then

$$a_1 = r(a_0 + a_1) \;\Rightarrow\; r = \frac{a_1}{N},$$

using that $N = a_0 + a_1.$
"""


def _last(notes: str) -> tuple[Verdict, str]:
    step = doc_steps(notes)[-1]
    return step.verdict, step.message


def test_a_solution_under_using_that_is_proved() -> None:
    verdict, message = _last(NOTES)
    assert verdict is Verdict.PROVED, message
    assert "inferred N: the notes' definition in the 'where' sentence after this display" in message, message
    assert "the equation before it" in message, message


def test_a_solution_under_where_is_proved() -> None:
    verdict, message = _last(NOTES.replace("using that $N", "where $N"))
    assert verdict is Verdict.PROVED, message


def test_using_the_fact_that_is_read_too() -> None:
    verdict, message = _last(NOTES.replace("using that", "using the fact that"))
    assert verdict is Verdict.PROVED, message


def test_a_wrong_solution_stays_not_green() -> None:
    for wrong in (r"\frac{a_0}{N}", r"\frac{a_1}{2N}", r"\frac{N}{a_1}"):
        verdict, message = _last(NOTES.replace(r"\frac{a_1}{N}", wrong))
        assert not verdict.ok, (wrong, message)


def test_a_wrong_hypothesis_does_not_rescue_the_link() -> None:
    verdict, message = _last(NOTES.replace("N = a_0 + a_1", "N = a_0 - a_1"))
    assert not verdict.ok, message


def test_a_using_that_fact_not_naming_a_quantity_is_no_hypothesis() -> None:
    # "using that $a_0 + a_1 = N$": a fact the step relies on, not a name it defines (a false one would make a
    # wrong step green under it): not read, the link stays unchecked
    verdict, message = _last(NOTES.replace("N = a_0 + a_1", "a_0 + a_1 = N"))
    assert verdict is Verdict.SKIPPED, message


def test_a_number_stated_by_using_that_is_no_solving_hypothesis() -> None:
    # "using that $N = 5$": a special value, not what N is for every solution
    verdict, message = _last(NOTES.replace("N = a_0 + a_1", "N = 5"))
    assert not verdict.ok, message


def test_a_total_named_by_its_own_counts_is_a_hypothesis_of_the_link() -> None:
    # "using that $a = a_0 + a_1$": a_0, a_1 read as entries of a, the clause is no definition of a; it is the
    # display's hypothesis, and the link is checked under it
    notes = NOTES.replace("N", "a")
    verdict, message = _last(notes)
    assert verdict is Verdict.PROVED, message
    assert "under the hypothesis a = a_0 + a_1" in message, message
    verdict, message = _last(notes.replace("using that", "where"))
    assert verdict is Verdict.PROVED, message


def test_a_wrong_solution_under_a_total_stays_not_green() -> None:
    notes = NOTES.replace("N", "a")
    for wrong in (r"\frac{a_0}{a}", r"\frac{a_1}{2a}", r"1 - \frac{a_1}{a}"):
        verdict, message = _last(notes.replace(r"\frac{a_1}{a}", wrong))
        assert not verdict.ok, (wrong, message)


#: a display before that writes the counts with a letter subscript: alone, evidence that a bare a is a vector
COUNTS = "The log-likelihood of the draws is\n\n$$\\ell(r) = \\sum_j a_j \\log q_j.$$\n"


def test_a_total_written_with_subscripts_elsewhere_is_a_number() -> None:
    verdict, message = _last(COUNTS + NOTES.replace("N", "a"))
    assert verdict is Verdict.PROVED, message
    assert "inferred a: a real scalar" in message, message


def test_a_wrong_solution_with_counts_elsewhere_stays_not_green() -> None:
    for wrong in (r"\frac{a_0}{a}", r"\frac{2 a_1}{a}"):
        verdict, message = _last(COUNTS + NOTES.replace("N", "a").replace(r"\frac{a_1}{a}", wrong))
        assert not verdict.ok, (wrong, message)


def test_without_the_stated_total_the_subscripts_still_make_a_vector() -> None:
    notes = COUNTS + NOTES.replace("N", "a").replace("using that $a = a_0 + a_1.$", "the share.")
    verdict, message = _last(notes)
    assert not verdict.ok, message


def test_stated_total_needs_both_the_sum_and_a_division() -> None:
    import sympy as sp

    from verifier.documents.docsubscripts import stated_total

    a, a1, x = sp.symbols("a a_1 x")
    divided, multiplied = [a1 / a], [a1 * a + x]
    assert stated_total(("a", ()), divided, "using that $a = a_0 + a_1$.")
    assert stated_total(("a", ()), divided, r"where $a = \sum_{k=1}^K a_k$")
    assert stated_total(("a", ()), divided, r"$$a = a_1 + \dots + a_K$$")
    assert not stated_total(("a", ()), multiplied, "using that $a = a_0 + a_1$.")
    assert not stated_total(("a", ()), divided, "using that $a = b_0 + b_1$.")
    assert not stated_total(("a", ()), divided, "using that $a = a_0 a_1$.")
    assert not stated_total(("a", ()), divided, r"using that $\beta = \beta_0 + \beta_1$.")
    # the letter not opening the formula, or the sum going on: no total of it
    assert not stated_total(("a", ()), divided, r"expand $\det a = \sum_{k} a_{k} c_{k}$ along a row")
    assert not stated_total(("a", ()), divided, r"$\frac{1}{n} \mathbf{1}^\top a = \sum_{i=1}^n a_i$")
