r"""Arithmetic written inline in the prose is a worked claim: ``$0.05 \cdot 9{,}900 = 495$``, ``$e^3 \approx 20.086$``.

Worked examples run their arithmetic in the sentences: "while $0.05 \cdot 9{,}900 = 495$ healthy people
do too", "the exponentials are $e^1 \approx 2.718$, …", "the mean absolute error is $\frac{0.5 + 0.5 +
0.1}{3} \approx 0.367$". An inline equation whose left member parses to a number was read as a value set
("$y = 1$") and one with ``\approx`` alone was never a chain, so a slip there (495 written 459, 20.086
written 20.86) left the notes green. A formula of numbers alone, with an operation on at least one side,
set equal (or ``\approx``, to the digits written) to another is now checked. A value set (``$n = 100$``), a
name's rounded value (``$\eta \approx 0.001$``) and a bare number equal to a bare number are not claims.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "With counts, $0.05 \\cdot 9{,}900 = 459$ healthy people test positive too.\n",
    "On average $0.8 \\cdot 1{,}000 = 8{,}000$ units survive.\n",
    "The exponentials are $e^1 \\approx 2.718$ and $e^3 \\approx 20.86$.\n",
    "The mean absolute error is $\\frac{0.5 + 0.5 + 0.1}{3} \\approx 0.33$.\n",
    "A uniform model has cross-entropy $\\ln 10{,}000 \\approx 92.1$ nats.\n",
])
def test_wrong_inline_arithmetic_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "the inline arithmetic was dropped"
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


@pytest.mark.parametrize("notes", [
    "With counts, $0.05 \\cdot 9{,}900 = 495$ healthy people test positive too.\n",
    "On average $0.8 \\cdot 1{,}000 = 800$ units survive.\n",
    "The exponentials are $e^1 \\approx 2.718$ and $e^3 \\approx 20.086$.\n",
    "The mean absolute error is $\\frac{0.5 + 0.5 + 0.1}{3} \\approx 0.367$.\n",
    "A uniform model has cross-entropy $\\ln 10{,}000 \\approx 9.21$ nats.\n",
])
def test_right_inline_arithmetic_is_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


@pytest.mark.parametrize("notes", [
    "Take $n = 100$ samples.\n",
    "We use $\\eta \\approx 0.001$ throughout.\n",
])
def test_values_set_are_no_claims(notes: str) -> None:
    assert doc_steps(notes) == []


def test_arithmetic_after_a_named_head_is_checked() -> None:
    # "$\frac{1}{p} = \frac{1}{0.8} = 1.5$": the head is a formula of p, the rest arithmetic on numbers
    notes = ("Keep each unit with probability $p = 0.8$.\n\n"
             "Each kept unit is scaled by $\\frac{1}{p} = \\frac{1}{0.8} = {value}$.\n")
    assert doc_steps(notes.replace("{value}", "1.5"))[-1].verdict.value == "FAILED"
    assert doc_steps(notes.replace("{value}", "1.25"))[-1].verdict.value in GREEN


def test_a_value_in_code_notation_after_a_head_is_no_arithmetic() -> None:
    assert all(s.verdict.value != "FAILED" for s in doc_steps("We use $\\eta = 1e-3 = 0.001$ here.\n"))


@pytest.mark.parametrize("notes", [
    # review33a: π as the notes' mixing weight or policy, given a value in the prose, is no arithmetic on 3.14159…
    "Coin A has bias $\\theta_A = 0.6$, chosen with probability $\\pi = \\frac{1}{2}$, and $m = 10$.\n",
    "The mixing weight starts at $\\pi = 0.3$.\n",
])
def test_a_value_the_notes_give_pi_is_not_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert not any(s.verdict.value == "FAILED" for s in steps), [(s.verdict, s.message) for s in steps]
