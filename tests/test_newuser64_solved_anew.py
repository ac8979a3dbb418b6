r"""A name solved for again, after an earlier solution defined it, is the unknown of the new equation
(documents.links._solved_again).

Naive Bayes notes set the log-likelihood's derivative to zero, "gives $\phi = \frac{a}{a+b}$", then add Laplace
smoothing and solve once more: ``\frac{a+1}{\phi} - \frac{b+1}{1-\phi} = 0 \Longrightarrow \phi = \frac{a+1}{a+b+2}``.
The first solution was learned as φ's definition, so the second link read φ by it ("a claim about the defined
name") and the solution check never ran: a wrong ``\frac{a+1}{a+b+1}`` was SKIPPED, as was the right one. Where the
earlier definition does not solve the equation before the link (the notes cannot mean it there), φ is read as that
equation's unknown: the right solution PROVED, a wrong one FAILED. Where it does solve it, nothing changes.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Naive Bayes

The terms with $\phi$ are $\ell(\phi) = a \log\phi + b\log(1-\phi)$,
so $\ell'(\phi) = \frac{a}{\phi} - \frac{b}{1-\phi}$.
Setting this to zero gives $\phi = \frac{a}{a+b}$.

With Laplace smoothing we maximize $\ell(\phi) + \log\phi + \log(1-\phi)$:
$$
\frac{a + 1}{\phi} - \frac{b+1}{1-\phi} = 0 \quad\Longrightarrow\quad \phi = SOLUTION .
$$
"""


def test_the_right_second_solution_is_proved() -> None:
    assert verdicts_by_line(NOTE.replace("SOLUTION", r"\frac{a+1}{a+b+2}"))[9][-1] == "PROVED"


def test_a_wrong_second_solution_is_failed() -> None:
    assert verdicts_by_line(NOTE.replace("SOLUTION", r"\frac{a+1}{a+b+1}"))[9][-1] == "FAILED"


def test_a_definition_that_solves_the_equation_keeps_its_reading() -> None:
    # the same equation solved again: the definition solves it, the link stays a claim about the defined name
    same = NOTE.replace(r"\frac{a + 1}{\phi} - \frac{b+1}{1-\phi}", r"\frac{a}{\phi} - \frac{b}{1-\phi}")
    assert verdicts_by_line(same.replace("SOLUTION", r"\frac{a}{a+b}"))[9][-1] != "FAILED"
