r"""Values the sentence leading into a display states ("With $a = 1$ and $b = 2$ the ratio simplifies:") hold
for that display's steps.

A derivation specialises a general formula before simplifying it: "$r(x) = \frac{a e^{-x}}{a e^{-x} + b}$ … With
$a = 1$ and $b = 2$ the log-odds simplify: $$\log\frac{r}{1-r} = -x - \log 2$$". Read for every a and b, the
correct step FAILED (fresh41: the E-step of a two-component mixture, its means and weight given in the sentence
before the display). The values are the notes' own hypothesis for the display: checked at them, a right step is
green under them and a wrong one still FAILED. A sentence that only says "for example" of a later display, or
that states something other than a name's value, is not read so.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.results import Verdict

GREEN = {Verdict.PROVED.value, Verdict.PASSED.value}

NOTE = """# Odds

Let $r(x) = \\frac{a e^{-x}}{a e^{-x} + b}$ for a point $x$.

With $a = 1$ and $b = 2$ the log-odds simplify:

$$\\log\\frac{r(x)}{1 - r(x)} = {RHS}$$
"""


def _last(rhs: str) -> str:
    by_line = verdicts_by_line(NOTE.replace("{RHS}", rhs))
    return by_line[max(by_line)][-1]


def test_a_right_step_at_the_leading_values_is_not_a_false_alarm() -> None:
    assert _last("-x - \\log 2") in GREEN


def test_a_wrong_step_at_the_leading_values_still_fails() -> None:
    assert _last("-x + \\log 2") == Verdict.FAILED.value


def test_without_the_sentence_the_general_reading_stands() -> None:
    text = NOTE.replace("With $a = 1$ and $b = 2$ the log-odds simplify:", "The log-odds are:")
    by_line = verdicts_by_line(text.replace("{RHS}", "-x - \\log 2"))
    assert by_line[max(by_line)][-1] not in GREEN


def test_a_weight_named_pi_given_a_value_is_a_name_of_the_notes() -> None:
    # "with $\pi = \tfrac12$": π is the mixture weight here, not 3.14159…
    note = ("# Odds\n\nLet $r(x) = \\frac{\\pi e^{-x}}{\\pi e^{-x} + (1 - \\pi)}$ for a point $x$.\n\n"
            "With $\\pi = \\tfrac12$ the log-odds simplify:\n\n$$\\log\\frac{r(x)}{1 - r(x)} = {RHS}$$\n")
    right = verdicts_by_line(note.replace("{RHS}", "-x"))
    wrong = verdicts_by_line(note.replace("{RHS}", "x"))
    assert right[max(right)][-1] in GREEN
    assert wrong[max(wrong)][-1] == Verdict.FAILED.value
