r"""``\Pr(…)`` and ``\mathbb{P}(…)`` read as ``P(…)`` is (cover67).

A worked Bayes computation written in the measure-theory style (``$\Pr(y=1) = 0.3$``, ``\mathbb{P}(w \mid y=1)``) was
refused by the tokenizer ("a probability Pr(…) cannot be checked") where the same note with ``P`` was checked (probs66).
The command says the bracket is a probability, so every event under it is one opaque quantity (``\Pr(w)`` too, which
``P(w)`` is not), its stated value a value, and a wrong worked product beside it FAILED. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.stated import stated_values
from verifier.latex.parser import parse_latex

_NOTE = r"""# Bayes by hand

The prior is $\Pr(y=1) = 0.3$ and $\Pr(y=0) = 0.7$. The word appears with
$\Pr(w \mid y=1) = 0.6$ and $\Pr(w \mid y=0) = 0.1$.

$$\Pr(y=1 \mid w) = \frac{\Pr(w \mid y=1)\Pr(y=1)}{\Pr(w \mid y=1)\Pr(y=1) + \Pr(w \mid y=0)\Pr(y=0)}
= \frac{0.18}{0.18 + 0.07}$$

$$\Pr(w) = \Pr(w \mid y=1)\Pr(y=1) + \Pr(w \mid y=0)\Pr(y=0) = 0.18 + 0.07 = 0.25$$
"""


def _heads(note: str, head: str) -> str:
    return note.replace("\\Pr(", head + "(")


def _wrong(note: str) -> str:
    return note.replace("{0.18}{0.18 + 0.07}", "{0.16}{0.16 + 0.07}").replace(
        "0.18 + 0.07 = 0.25", "0.16 + 0.07 = 0.23"
    )


@pytest.mark.parametrize("head", ["\\Pr", "\\mathbb{P}", "\\operatorname{Pr}"])
def test_the_worked_links_are_checked(head: str) -> None:
    by_line = verdicts_by_line(_heads(_NOTE, head))
    assert by_line[6] + by_line[7] == ["SKIPPED", "PROVED"]  # Bayes' rule: the posterior is stated nowhere
    assert by_line[9] == ["SKIPPED", "PROVED", "PROVED"]


@pytest.mark.parametrize("head", ["\\Pr", "\\mathbb{P}"])
def test_a_wrong_worked_product_fails(head: str) -> None:
    by_line = verdicts_by_line(_wrong(_heads(_NOTE, head)))
    assert by_line[6] + by_line[7] == ["SKIPPED", "FAILED"]
    assert by_line[9] == ["SKIPPED", "FAILED", "PROVED"]


def test_the_prose_states_their_values() -> None:
    got = {(n, v) for n, v, _ in stated_values(r"$\Pr(A) = 0.3$ and $\mathbb{P}(B \mid A) = 0.5$")}
    assert got == {("\\Pr(A)", "0.3"), ("\\mathbb{P}(B \\mid A)", "0.5")}


def test_an_event_without_bar_is_one_quantity() -> None:
    assert str(parse_latex(r"\Pr(A) + \mathbb{P}(A)")) == str(parse_latex(r"2\Pr(A)"))
    assert len(parse_latex(r"\Pr(A)").free_symbols) == 1  # never the product P·A


def test_another_event_is_another_quantity() -> None:
    assert parse_latex(r"\Pr(X > a)") != parse_latex(r"\Pr(X \geq a)")
    assert parse_latex(r"\Pr(A)") != parse_latex(r"\Pr(B)")


def test_square_brackets_are_the_same_probability() -> None:
    assert parse_latex(r"\Pr[A \mid B]") == parse_latex(r"\Pr(A \mid B)")
    assert parse_latex(r"\mathbb{P}\left[X > a\right]") == parse_latex(r"\Pr(X > a)")
    got = {(n, v) for n, v, _ in stated_values(r"$\mathbb{P}[A] = 0.3$ and $\Pr[B \mid A] = 0.5$")}
    assert got == {("\\mathbb{P}[A]", "0.3"), ("\\Pr[B \\mid A]", "0.5")}


def test_a_worked_product_in_square_brackets() -> None:
    note = r"""# Two events

With $\mathbb{P}[A] = 0.3$ and $\mathbb{P}[B \mid A] = 0.5$,
$$\mathbb{P}[A, B] = \mathbb{P}[B \mid A]\,\mathbb{P}[A] = 0.15$$
"""
    assert verdicts_by_line(note)[4][-1] == "PROVED"
    assert verdicts_by_line(note.replace("= 0.15$$", "= 0.35$$"))[4][-1] == "FAILED"
