r"""``sentences.RUN_TO_STOP`` starts a run only where a run can start (docspeed66).

``[^.!?]*(?:[.!?](?=\s|$)|$)`` alone, under ``finditer``, fails at every letter of a run whose mark is not followed
by white space ("3.5", "e.g.") and is tried again from the next letter, scanning to the same mark each time: a
section of 15,000 characters cost 20 ms per reading in symmetricsection. The shared pattern now refuses a start
inside a run (only the text's start or end, or just after a mark), which are the only places the plain pattern
could match, so ``finditer`` gives the same runs: asserted here against the plain pattern over every short text of
marks, spaces and letters, and over prose."""

from __future__ import annotations

import itertools
import re

import pytest

from verifier.documents.sentences import RUN_TO_STOP
from verifier.documents.symmetricsection import symmetric_later_in_section

# the runs' meaning, written once: what RUN_TO_STOP matched before docspeed66
_PLAIN = re.compile(r"[^.!?]*(?:[.!?](?=\s|$)|$)")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_every_short_text_is_cut_into_the_same_runs() -> None:
    for size in range(7):
        for letters in itertools.product("a.!? \n", repeat=size):
            text = "".join(letters)
            assert _spans(RUN_TO_STOP, text) == _spans(_PLAIN, text), text


@pytest.mark.parametrize("text", [
    "Let $x = 3.5$ and x.y be given. Then\n\nfor all $x$, it holds! Does it? yes",
    "See e.g. the notes... Then $x$.\n", "a is fixed. b.c varies", "", ".", "end.", "no stop at all\n",
    "Throughout, $A$ is symmetric. Note that $A^{-1}.$ exists!", "x." * 40 + " y",
])  # fmt: skip
def test_prose_is_cut_into_the_same_runs(text: str) -> None:
    assert _spans(RUN_TO_STOP, text) == _spans(_PLAIN, text)


def test_a_run_is_not_started_inside_another() -> None:
    """Where the speed comes from: the plain pattern matches from the second letter of "abc." on; the shared one
    does not try there (finditer never asks it to: the run from the first letter matched or failed alike)."""
    assert _PLAIN.match("abc. d", 1) is not None
    assert RUN_TO_STOP.match("abc. d", 1) is None
    assert RUN_TO_STOP.match("abc. d", 4).group(0) == " d"  # just after a mark
    assert RUN_TO_STOP.match("abc", 3).group(0) == ""  # the text's end


def test_a_standing_statement_after_a_long_run_without_a_stop_is_read() -> None:
    """The section below the chain: a long paragraph whose marks are never followed by white space, then the
    section's standing hypothesis — read as before."""
    lines = ["# Quadratic forms", "", "$$\\nabla_x x^T A x = 2 A x$$", "",
             "The values " + " ".join(f"{k}.5" for k in range(2000)) + " are given",
             "", "Throughout, $A$ is symmetric.", ""]  # fmt: skip
    said = symmetric_later_in_section(lines, 2, 2, ["\\nabla_x x^T A x", "2 A x"])
    assert said == ({"A"}, 6)
