r"""A capital E the notes define as a value is their error function, not the expectation operator.

"The error is $E = \frac{1}{N}\sum_n (y_n - w x_n)^2$. We get $\frac{dE}{dw} = …$" — E is reserved for
the expectation (``E[x]``), so the definition was refused and every later ``dE/dw`` SKIPPED "E is not
declared", the right and the wrong derivative alike (``E(w) = …`` was read, as an error function the
notes call). A bare E defined from the notes' names is their quantity where the notes never write an
expectation with it (``E[…]``, ``\mathbb{E}``); where they do, E keeps that meaning and the definition is
still refused (tested)."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
The error is $E = \frac{1}{N}\sum_{n=1}^N (y_n - w x_n)^2$.

We get $\frac{dE}{dw} = DERIVATIVE$.
"""


def test_a_derivative_of_the_notes_error_e_is_checked() -> None:
    steps = doc_steps(_NOTE.replace("DERIVATIVE", r"-\frac{2}{N}\sum_{n=1}^N x_n (y_n - w x_n)"))
    assert [s.verdict.value for s in steps] == ["PROVED"], [s.message for s in steps]


def test_a_wrong_derivative_of_it_fails() -> None:
    steps = doc_steps(_NOTE.replace("DERIVATIVE", r"-\frac{1}{N}\sum_{n=1}^N x_n (y_n - w x_n)"))
    assert [s.verdict.value for s in steps] == ["FAILED"], [s.message for s in steps]


def test_e_stays_the_expectation_where_the_notes_write_one() -> None:
    note = _NOTE.replace("DERIVATIVE", r"-\frac{2}{N}\sum_{n=1}^N x_n (y_n - w x_n)") + (
        "\nThe risk is $R = E[(y - w x)^2]$.\n"
    )
    steps = doc_steps(note)
    assert steps[0].verdict.value == "SKIPPED", [s.message for s in steps]
