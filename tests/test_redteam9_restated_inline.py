r"""A display that writes again a function the prose defined inline is a restatement (redteam9).

Displays are learned before inline formulas, so a display ``k(a, b) = \exp(-(a - b)^2)`` after the
prose's ``$k(a, b) = \exp(-(a - b)^2/2)$`` was taken as k's first definition ("defines k"), never checked
against the inline one, and the lines after it built on the wrong formula silently (a derivative and a
value PROVED for the dropped 1/2). The display is now checked against the prose's definition, as a
display written twice is. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# A kernel

The kernel is $k(a, b) = \exp(-(a - b)^2/2)$.

Written as a display:

$$k(a, b) = RESTATED$$
"""


def test_a_wrong_restatement_of_an_inline_definition_is_not_taken_silently() -> None:
    first = doc_steps(_NOTES.replace("RESTATED", r"\exp(-(a - b)^2)"))[0]
    assert first.verdict is Verdict.SKIPPED, first.message
    assert "anew" in first.message


def test_a_right_restatement_of_an_inline_definition_is_proved() -> None:
    first = doc_steps(_NOTES.replace("RESTATED", r"e^{-\frac{(a - b)^2}{2}}"))[0]
    assert first.verdict is Verdict.PROVED, first.message


_LATER = r"""
# A kernel

The kernel is $k(a, b) = \exp(-(a - b)^2/2)$.

Written as a display:

$$k(a, b) = \exp(-(a - b)^2)$$

$$k(0, 1) = e^{-1}$$

# Another kernel

$$k(a, b) = \exp(-(a - b)^2)$$

$$k(0, 2) = e^{-4}$$
"""


def test_a_line_after_a_disagreeing_restatement_is_not_green_on_its_word() -> None:
    steps = doc_steps(_LATER)
    value = next(s for s in steps if s.lhs_latex.strip() == "k(0, 1)")
    assert value.verdict not in GREEN, value.message
    assert "disagrees" in value.message


def test_a_new_meaning_after_a_heading_is_read() -> None:
    steps = doc_steps(_LATER)
    value = next(s for s in steps if s.lhs_latex.strip() == "k(0, 2)")
    assert value.verdict is Verdict.PROVED, value.message


_OTHER_FUNCTION = r"""
# Bernoulli

One draw has the probability $p(\theta, x) = \theta^x (1 - \theta)^{1 - x}$.

$$p(x; \theta) = \theta^{x} (1 - \theta)^{1 - x} \theta$$

$$p(1; \theta) = \theta^2$$
"""


def test_a_function_of_other_parameters_keeps_its_new_meaning() -> None:
    # p(θ, x) and then p(x; θ): two functions the notes write with one letter, not a restatement
    value = next(s for s in doc_steps(_OTHER_FUNCTION) if s.lhs_latex.strip() == r"p(1; \theta)")
    assert "disagrees" not in (value.message or ""), value.message


def test_a_renewal_the_prose_announces_keeps_its_new_meaning() -> None:
    notes = _LATER.replace("Written as a display:", "Now a new kernel, narrower:")
    value = next(s for s in doc_steps(notes) if s.lhs_latex.strip() == "k(0, 1)")
    assert value.verdict is Verdict.PROVED, value.message
