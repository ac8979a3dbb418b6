r"""A root solved from a FAILED gradient rewritten rests on the FAILED line (sound42, documents.premises).

sound41 made ``2t - 6 = 0 \Rightarrow t = 3`` not green after a FAILED ``g'(t) = 2t - 6`` (g = t² − 8t: it is
2t − 8), but only where the equation wrote the FAILED side as it was written: "Setting it to zero gives $t - 3 =
0$, so $t = 3$" (the side halved), ``2t = 6 \Rightarrow t = 3`` and ``6 = 2t`` (rearranged) were PROVED "follows
from the equation before it" — the stationary point rests on the FAILED gradient all the same. An equation whose
left minus right is the FAILED side times a nonzero number has the solutions of (that side) = 0: the steps green
from it are SKIPPED "rests on line N, which FAILED". A right gradient's root stays PROVED, and so does an equation
that is no multiple of the FAILED side (the notes' own correction, another equation). Every example is written
here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _notes(gradient: str, after: str) -> str:
    return f"# Minimum\n\nLet $g(t) = t^2 - 8t$. Its derivative is\n\n$$g'(t) = {gradient}$$\n\n{after}\n"


def _root(gradient: str, after: str) -> tuple[Verdict, Verdict, str]:
    steps = doc_steps(_notes(gradient, after))
    return steps[0].verdict, steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("after", [
    "Setting it to zero gives $t - 3 = 0$, so $t = 3$.",  # the side halved
    "Setting it to zero gives $t - 3 = 0 \\Rightarrow t = 3$.",
    "Setting it to zero gives $2t = 6$, so $t = 3$.",  # rearranged
    "Setting it to zero:\n\n$$2t = 6 \\Rightarrow t = 3$$",
    "Setting it to zero:\n\n$$6 = 2t \\Rightarrow t = 3$$",
    "Setting it to zero:\n\n$$3 - t = 0 \\Rightarrow t = 3$$",  # the side times -1/2
])
def test_a_root_of_the_failed_side_rewritten_is_not_green(after: str) -> None:
    gradient, root, message = _root("2t - 6", after)
    assert gradient is Verdict.FAILED
    assert root is Verdict.SKIPPED
    assert "rests on line 5, which FAILED" in message


@pytest.mark.parametrize("after", [
    "Setting it to zero gives $t - 4 = 0$, so $t = 4$.",
    "Setting it to zero:\n\n$$2t = 8 \\Rightarrow t = 4$$",
])
def test_the_root_of_a_right_gradient_stays_proved(after: str) -> None:
    assert _root("2t - 8", after)[:2] == (Verdict.PROVED, Verdict.PROVED)


@pytest.mark.parametrize("after", [
    "We correct it to $2t - 8$:\n\n$$2t - 8 = 0 \\Rightarrow t = 4$$",  # the notes correct themselves
    "Another equation:\n\n$$3t = 12 \\Rightarrow t = 4$$",  # no multiple of 2t - 6
])
def test_an_equation_that_is_no_multiple_of_the_failed_side_is_checked(after: str) -> None:
    assert _root("2t - 6", after)[:2] == (Verdict.FAILED, Verdict.PROVED)
