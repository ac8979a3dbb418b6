r"""A letter whose prime the prose defines depends on the variable (redteam9).

"Here $p'$ denotes $\frac{dp}{dt}$ and $q'$ denotes $\frac{dq}{dt}$." makes primes derivatives by t
(documents.statedprimes), but only the names primed in a step were read as functions of t: q was a
constant in ``(p q)' = p' q``, and the dropped product-rule term was PROVED. The prose gives q a
derivative by t, so q depends on t wherever t is differentiated by, as "q depends on t" would say
(documents.dependence). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Primes

Here $p'$ denotes $\frac{dp}{dt}$ and $q'$ denotes $\frac{dq}{dt}$.

$$(p q)' = RIGHT$$
"""


def test_a_dropped_product_rule_term_is_not_green() -> None:
    for right in ("p' q", "p q'"):
        step = doc_steps(_NOTES.replace("RIGHT", right))[-1]
        assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), (right, step.message)


def test_the_product_rule_is_proved() -> None:
    step = doc_steps(_NOTES.replace("RIGHT", "p' q + p q'"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_negated_notation_makes_nothing_depend() -> None:
    notes = _NOTES.replace("Here $p'$", "Primes denote derivatives with respect to $t$. We do not write $r'$ for "
                           "$\\frac{dr}{dt}$, and $p'$")
    step = doc_steps(notes.replace("RIGHT", "p' q + p q'"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
