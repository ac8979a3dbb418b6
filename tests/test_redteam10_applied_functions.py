r"""A letter the notes write applied to the variable is a function of it (redteam10).

* "For two functions $p(t)$ and $q(t)$, …" and then ``\frac{d}{dt}(pq) = \frac{dp}{dt} q``: q, whose
  derivative the step does not write, was read as a constant, and the product rule without its second
  term was PROVED. Written ``q(t)`` in the prose, q depends on t (as "q is a function of t" says).
* ``\frac{d}{dt}(p(t)q(t)) = \frac{dp}{dt} q(t) + p(t)\frac{dq}{dt}`` was FAILED: p and q are no known
  functions, so ``p(t)`` read as the product p·t. A failing step that writes an undefined letter applied
  to the variable it differentiates by, read as a product, is SKIPPED (written so it is a function).
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_PROSE = r"""
# Setting

We track two functions $p(t)$ and $q(t)$.

# Product rule

$$\frac{d}{dt}(pq) = {rhs}$$
"""


def test_the_dropped_product_rule_term_is_not_green_after_q_of_t() -> None:
    step = doc_steps(_PROSE.replace("{rhs}", r"\frac{dp}{dt} q"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_product_rule_stays_proved_after_q_of_t() -> None:
    step = doc_steps(_PROSE.replace("{rhs}", r"\frac{dp}{dt} q + p\frac{dq}{dt}"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_constant_factor_stays_proved() -> None:
    notes = _PROSE.replace("two functions $p(t)$ and $q(t)$", "a function $p(t)$").replace("(pq)", "(cp)")
    step = doc_steps(notes.replace("{rhs}", r"c\frac{dp}{dt}"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_the_product_rule_written_with_calls_is_not_failed() -> None:
    notes = "# Rule\n\n$$\\frac{d}{dt}(p(t)q(t)) = \\frac{dp}{dt} q(t) + p(t)\\frac{dq}{dt}$$\n"
    step = doc_steps(notes)[-1]
    assert step.verdict is not Verdict.FAILED, step.message
    notes = "# Rule\n\n$$\\frac{d}{dt}(p(t)q(t)) = \\frac{dp}{dt} q(t)$$\n"
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)
