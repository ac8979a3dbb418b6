r"""A moment stated in a later part is a given of that part, not the result of an earlier part's computation (sound42).

"(a) … $$\mathbb{E}[X] = 0 \cdot 0.5 + 1 \cdot 0.5 = 0.5$$ (b) For a fair die, $\mathbb{E}[X] = 3.5$." then
``2\mathbb{E}[X] + 1 = 8`` was SKIPPED "stated at line N right after the notes' own computation of it at line M, which
gives 0.5: it rests on that computation" (sound41's rule, documents.premises): the computation is part (a)'s, of
another X. A part that opens (or a heading) between the computation and the statement makes the statement a given;
within one part the rule holds as before. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Moments

(a) A coin gives $X = 0$ or $X = 1$ with probability one half each:

$$\\mathbb{E}[X] = 0 \\cdot 0.5 + 1 \\cdot 0.5 = 0.5$$

OPENS For a fair die, $\\mathbb{E}[X] = 3.5$. Then

$$2\\mathbb{E}[X] + 1 = 8$$
"""


def test_a_moment_stated_in_the_next_part_is_a_given() -> None:
    assert doc_steps(_NOTES.replace("OPENS", "(b)"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_NOTES.replace("OPENS", "## The die\n\n"))[-1].verdict is Verdict.PROVED


def test_a_moment_stated_in_the_same_part_still_rests_on_the_computation() -> None:
    assert doc_steps(_NOTES.replace("OPENS", "So"))[-1].verdict is Verdict.SKIPPED
