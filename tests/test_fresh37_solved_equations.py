r"""``The fixed points solve $g(x) = x$``: an equation the notes solve, not a new definition of g.

After ``g(x) = \frac{x^2 + 2}{3}`` the sentence "The fixed points solve $g(x) = x$" was learned as a second
definition of g (the identity map), so the later ``g'(x) = \frac{2x}{3}`` was SKIPPED "holds with the notes'
definition of g at line 5 but not with the one at line 7" (fresh36's Newton–Schulz note, stop 46's list). Words
that say the formula is solved ("solve", "solving", "satisfies", "the roots of") make it an equation: it is not
learned, and (documents.claims) not checked as an identity either.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.claims import solved_before
from verifier.results import Verdict

_NOTES = """
# Fixed points

The map is

$$g(x) = \\frac{{x^2 + 2}}{{3}}.$$

The fixed points {words} $g(x) = x$, that is $x^2 - 3x + 2 = 0$, and the slope there is

$$g'(x) = {right} .$$
"""


def _verdicts(words: str, right: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_NOTES.format(words=words, right=right))]


def test_the_slope_is_checked_with_the_map() -> None:
    verdicts = _verdicts("solve", "\\frac{2x}{3}")
    assert verdicts[-1] is Verdict.PROVED
    assert Verdict.FAILED not in verdicts  # g(x) = x itself: an equation, not a false identity


def test_a_wrong_slope_fails() -> None:
    assert _verdicts("satisfy", "\\frac{x}{3}")[-1] is Verdict.FAILED


def test_the_cue_is_the_words_right_before() -> None:
    assert solved_before("The fixed points solve ")
    assert solved_before("we need the roots of ")
    assert solved_before("any minimiser satisfies ")
    assert not solved_before("Solving gives ")
    assert not solved_before("Let ")
