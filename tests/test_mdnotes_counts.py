r"""A capital beside an index of the same letter is the number of its values (H for h, N for n).

``m = \frac{1}{H} \sum_h x_h`` makes the deviations sum to 0 only when H counts the h's: read so
(reported), the step is checked; a wrong step still fails; a loss letter (L beside an index l) is
not read as a count.
"""

from __future__ import annotations

import textwrap

from verifier.documents.check import check_text
from verifier.documents.context import IndexRange, Scope, Size, VarDecl
from verifier.documents.counts import count_capitals
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The mean of the entries of $x$ is

$$ m = \frac{1}{H} \sum_h x_h $$

and the deviations add up to

$$ \sum_h (x_h - m) = {rhs} $$
"""


def _last(rhs: str) -> tuple[str, str]:
    check = check_text(textwrap.dedent(_NOTES.replace("{rhs}", rhs)).lstrip(), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message


def test_the_capital_is_read_as_the_count_of_its_index() -> None:
    verdict, message = _last("0")
    assert verdict == "PROVED", message
    assert "H read as the number of values of the index h" in message, message


def test_a_wrong_step_under_that_reading_still_fails() -> None:
    verdict, message = _last(r"\sum_h x_h - H m + 1")
    assert verdict == "FAILED", message


def _scope(capital: str) -> Scope:
    size = ("n3_inferred", ())
    scope = Scope()
    scope.names[size] = Size(size, (3,), 0)
    scope.names[(capital.lower(), ())] = IndexRange((capital.lower(), ()), 1, size, 0)
    scope.names[("x", ())] = VarDecl(("x", ()), "vector", (size, 1))
    scope.names[(capital, ())] = VarDecl((capital, ()), "scalar")
    scope.inferred[(capital, ())] = f"{capital}: a real scalar (no other evidence)"
    scope.inferred[("x", ())] = "x: a vector[n3_inferred]"
    return scope


def test_the_size_is_renamed_everywhere_and_loss_letters_are_left_alone() -> None:
    scope = _scope("N")
    count_capitals(scope)
    assert scope.names[("N", ())] == Size(("N", ()), (3,), 0)
    assert scope.names[("n", ())] == IndexRange(("n", ()), 1, ("N", ()), 0)
    assert scope.names[("x", ())].dims == (("N", ()), 1)  # type: ignore[union-attr]
    assert ("n3_inferred", ()) not in scope.names
    assert scope.inferred[("x", ())] == "x: a vector[N]"
    loss = _scope("L")
    count_capitals(loss)
    assert isinstance(loss.names[("L", ())], VarDecl)
