r"""A Γ the notes define in one part is theirs only there (review33b).

"# Part 1 … Let $\Gamma(t) = t^2 + 1$ be the schedule" then "# Part 2: the gamma function … $\Gamma(4) = 6$":
documents.ownspecial made Γ the notes' function on every line after the definition, so the sibling part's
gamma function was read as the schedule: Γ(4) = 6 FAILED and Γ(4) = 17 PROVED. The notes' own Γ now holds
where the definition reaches (documents.partscope: its part and the parts its setup encloses)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = ("# Part 1: a schedule\n\nLet $\\Gamma(t) = t^2 + 1$ be the learning-rate schedule.\n\n$$\\Gamma(2) = 5$$\n\n"
          "# Part 2: the gamma function\n\n$$\\Gamma(4) = 6$$\n\n$$\\Gamma(4) = 17$$\n")


def test_the_gamma_function_is_back_in_a_sibling_part() -> None:
    steps = doc_steps(_NOTES)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
