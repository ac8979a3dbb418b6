r"""A vector the prose states is not the value of a name it then calls arbitrary (review38).

"Along the axis $v = (1, 0)$ the slope is the partial in x. For an arbitrary direction $v$, the directional
derivative is $$\nabla f^\top v = 2xy$$" was PROVED: the link writes v on one side only, so it was checked at the
stated v = (1, 0) (documents.onesidedvectors, gaps38), where it holds, though the prose has just made v any
direction. A name the prose calls arbitrary (any, every, all, general) after its stated vector and before the link
keeps no value there; the stated vector used with nothing said in between is read as before. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_SETUP = "Let $f(x, y) = x^2 y$. Along the axis $v = (1, 0)$ the slope is the partial derivative in $x$.\n\n"


@pytest.mark.parametrize("prose", [
    "For an arbitrary direction $v$, the directional derivative is",
    "For any unit vector $v$ we get",
    "Now let $v$ be an arbitrary direction. Then",
    "For all $v \\in \\mathbb{R}^2$,",
])
def test_a_name_said_arbitrary_after_its_stated_vector_takes_no_value(prose: str) -> None:
    steps = doc_steps("# D\n\n" + _SETUP + prose + "\n\n$$\\nabla f^\\top v = 2xy$$\n")
    assert steps[-1].verdict.value not in ("PROVED", "PASSED"), steps[-1]


def test_the_stated_vector_is_used_with_nothing_said_between() -> None:
    steps = doc_steps("# D\n\n" + _SETUP + "So\n\n$$\\nabla f^\\top v = 2xy$$\n")
    assert steps[-1].verdict.value == "PROVED", steps[-1]
