r"""``$P(y = 1) = 1 - e^{-c} = …$``: the probability of an event written with ``=`` names a quantity (fresh43).

An inline chain whose head is the probability of an event goes on as a chain the prose states; the event was
recognised only with an inequality inside (``P(y^* \le 0)``), so ``P(y = 1)``, ``\Pr(N = 0)`` — how most notes
write a binary outcome — dropped the whole chain: a wrong later link had no step at all. Every example is
written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# Counts\n\nSo $P(y = 1) = 1 - e^{-c} = 1 - \\frac{1}{e^{c}}$ for the rate $c$.\n"


def test_a_later_link_after_an_event_is_checked() -> None:
    assert verdicts_by_line(_NOTE)[3][-1] == "PROVED"


def test_a_wrong_later_link_after_an_event_fails() -> None:
    wrong = _NOTE.replace("1 - \\frac{1}{e^{c}}", "2 - \\frac{1}{e^{c}}")
    assert verdicts_by_line(wrong)[3][-1] == "FAILED"


def test_an_event_with_a_condition_bar() -> None:
    note = "# Counts\n\nThen $\\Pr(N = 0 \\mid c) = e^{-c} = \\frac{1}{e^{c}} + 1$.\n"
    assert verdicts_by_line(note)[3][-1] == "FAILED"


def test_two_members_stay_a_statement_of_the_model() -> None:
    # "P(y = 1) = σ(z)" states the model: no claim to check
    note = "# Model\n\nThe model says $P(y = 1) = \\sigma(w x)$ for every input $x$.\n"
    assert 3 not in verdicts_by_line(note)
