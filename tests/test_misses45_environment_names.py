r"""A LaTeX environment's name is not the notes' word: ``\begin{equation}`` says nothing of the equation (misses45).

``documents.samenames`` keeps a rewriting between undeclared names SKIPPED when the sentence before it calls it a
condition ("solve", "the equation", "such that" …). In a ``.tex`` note that sentence runs up to the display's
opening, and ``\begin{equation}`` put the word "equation" in it: "The variance part is a perfect square:
\begin{equation} (a - b)^2 + s^2 + t^2 - st = (a - b)^2 + (s - t)^2 \end{equation}" was SKIPPED "nothing says it
is an identity" where the same text in ``\[ … \]`` FAILED. The environment's name is markup, not prose; the
sentence's own words still count ("Solving the equation", below)."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""\section{Distance}
The variance part is a perfect square:
OPEN
  (a - b)^2 + s^2 + t^2 - RIGHT = (a - b)^2 + (s - t)^2 ,
CLOSE
so the distance vanishes only when both agree.
"""


@pytest.mark.parametrize(("open_", "close"), [(r"\begin{equation}", r"\end{equation}"),
                                              (r"\begin{equation*}", r"\end{equation*}"), (r"\[", r"\]")])
@pytest.mark.parametrize(("right", "verdict"), [("2 s t", "PROVED"), ("s t", "FAILED")])
def test_an_equation_environment_is_no_condition(open_: str, close: str, right: str, verdict: str) -> None:
    note = _NOTE.replace("OPEN", open_).replace("CLOSE", close).replace("RIGHT", right)
    assert verdicts_by_line(note, "notes.tex")[4] == [verdict]


def test_the_sentences_own_word_still_counts() -> None:
    note = _NOTE.replace("The variance part is a perfect square:", "Solving the equation").replace(
        "OPEN", r"\begin{equation}").replace("CLOSE", r"\end{equation}").replace("RIGHT", "s t")
    assert verdicts_by_line(note, "notes.tex")[4] == ["SKIPPED"]
