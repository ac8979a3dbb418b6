r"""Matrices the prose gives a structure the checker does not read ("$U$ strictly upper triangular"), named with
a modifier, and read as scalars for want of other evidence.

Glow's LU parametrisation (fresh68): "Glow writes $W = PL(U + \operatorname{diag}(s))$ with $P$ a fixed
permutation, $L$ unit lower triangular and $U$ strictly upper triangular" and then ``\log|\det W| =
\sum_k \log|s_k|``, true because of those structures, was FAILED (a false alarm): the properties were not found
behind "a fixed", "unit", "strictly", and even written plainly ("$L$ lower triangular") they excused nothing, since
P, L and U (no annotation) were read as scalars by default, and a scalar has no matrix's properties. A name read
as a scalar only for want of evidence may be the matrix the prose says it is; a name the notes declare a scalar
still excuses nothing, and a wrong step with no such prose stays FAILED.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.unreadhypotheses import stated_properties

_STEP = "\n\n$$\\log|\\det W| = \\sum_{k=1}^{c}\\log|s_k|.$$\n"
_LINE = 5


def _notes(prose: str) -> str:
    return "# LU\n\n" + prose + _STEP


@pytest.mark.parametrize(
    ("prose", "said"),
    [
        (
            "with $P$ a fixed permutation, $L$ unit lower triangular and $U$ strictly upper triangular.",
            {"P": "permutation", "L": "unit lower triangular", "U": "strictly upper triangular"},
        ),
        ("where $L$ is a fixed unit lower triangular matrix.", {"L": "unit lower triangular"}),
    ],
    ids=["modifiers", "unit-lower-triangular-matrix"],
)
def test_a_structure_after_a_modifier_is_stated(prose: str, said: dict[str, str]) -> None:
    assert stated_properties(prose) == said


@pytest.mark.parametrize(
    "prose",
    [
        r"Glow writes $W = PL(U + \operatorname{diag}(s))$ with $P$ a fixed permutation, $L$ unit lower triangular "
        r"and $U$ strictly upper triangular. Then",
        r"Write $W = PL(U + \operatorname{diag}(s))$ with $P$ a permutation, $L$ lower triangular and $U$ upper "
        r"triangular. Then",
    ],
    ids=["modifiers", "plain"],
)
def test_a_step_resting_on_unread_structures_is_not_failed(prose: str) -> None:
    assert verdicts_by_line(_notes(prose))[_LINE] == ["SKIPPED"]


def test_without_the_structures_the_step_stays_failed() -> None:
    prose = r"Write $W = PL(U + \operatorname{diag}(s))$ for matrices $P$, $L$ and $U$. Then"
    assert verdicts_by_line(_notes(prose))[_LINE] == ["FAILED"]
