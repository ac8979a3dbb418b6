r"""A link of numbers and ``\pi`` fails whatever another section states: it stays FAILED (fresh45).

``0.25 + \frac{1}{2}\sin\frac{\pi}{2} = 0.95`` is wrong at every value of every name (it has none), but the
notes' parser reads ``\pi`` as a name (it may be a policy), so the step was not "numbers alone"
(documents.valuescope) and a value stated in another section for the chain's head (``a = 0.5``) turned the
FAILED into SKIPPED. ``\pi`` counts as the number unless those values are stated for it."""

from __future__ import annotations

from support import doc_steps

_NOTES = """
# Part 1

Take $a = 0.5$ and $b = 2$.

# Part 2

At a quarter turn, $a = 0.25 + \\frac{1}{2}\\sin\\frac{\\pi}{2} = %s$.
"""


def test_a_wrong_sum_with_pi_is_failed() -> None:
    assert doc_steps(_NOTES % "0.95")[-1].verdict.value == "FAILED"


def test_the_right_sum_with_pi_is_green() -> None:
    assert doc_steps(_NOTES % "0.75")[-1].verdict.value in ("PROVED", "PASSED")


def test_a_policy_pi_stated_elsewhere_still_skips() -> None:
    notes = _NOTES.replace("$b = 2$", "$\\pi = 0.3$") % "0.95"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"
