r"""A dropped path is not taken because another problem differentiates a name of the same letter (redteam38).

``a = \sigma(wx)``, ``L = (a - y)^2 + \lambda w^2`` and then ``\frac{\partial L}{\partial w} = 2\lambda w`` drops
the path through a: it holds only with a held fixed, and the notes never differentiate a, so it is SKIPPED as a
dropped path (documents.paths). But a ``\partial a`` anywhere in the text counted as "the notes take the path",
even in Problem 1, where a is another quantity (``a = \sigma(z)``): the wrong step was PROVED. A ∂ of the name
counts only where no new problem starts between it and the step. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_PROBLEM_2 = r"""
    # Problem 2

    Let $a = \sigma(w x)$ and $L = (a - y)^2 + \lambda w^2$.

    $$\frac{\partial L}{\partial w} = 2 \lambda w$$
    """

_PROBLEM_1 = r"""
    # Problem 1

    Let $a = \sigma(z)$. Then $\frac{\partial a}{\partial z} = a(1 - a)$.
    """


def _last(body: str) -> str:
    return doc_steps(body)[-1].verdict.value


def test_the_dropped_path_alone_is_skipped() -> None:
    assert _last(_PROBLEM_2) == "SKIPPED"


def test_a_partial_of_the_letter_in_another_problem_does_not_take_the_path() -> None:
    assert _last(_PROBLEM_1 + _PROBLEM_2) == "SKIPPED"


def test_a_partial_of_the_name_in_the_same_problem_takes_it() -> None:
    taken = _PROBLEM_2.replace(
        r"$$\frac{\partial L}{\partial w} = 2 \lambda w$$",
        r"We first find $\frac{\partial L}{\partial a} = 2(a - y)$ and then, a held fixed,"
        "\n\n    " r"$$\frac{\partial L}{\partial w} = 2 \lambda w$$",
    )
    assert _last(taken) == "PROVED"
