r"""An inline chain after "the fixed point of", "the roots of", "the solutions of" is an equation to solve.

me28 checks the rest of an inline definition that goes on as a chain (``$h(x) = 2(x+1) = 2x + 2$``). A
chain that defines a function and then equates it to something is also how an equation is written:
"The fixed point of $\phi(x) = x^2 = x$ is $x = 1$." — its second link holds at the solutions only and
was FAILED. The words before it say so, like "solve" and "setting" did already. A wrong rewriting after
"Let" is still FAILED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("prose", [
    r"The fixed point of $\phi(x) = x^2 = x$ is $x = 1$.",
    r"The roots of $p(t) = t^2 - 3t = t$ are $t = 0$ and $t = 4$.",
    r"The solutions of $q(u) = u^3 = u$ are $u = 0$ and $u = \pm 1$.",
    r"The stationary points of $g(w) = w^3 - 3w = w$ are found numerically.",
])
def test_an_equation_written_after_a_definition_is_not_failed(prose: str) -> None:
    assert all(s.verdict.value != "FAILED" for s in doc_steps(prose)), [s.message for s in doc_steps(prose)]


def test_a_wrong_rewriting_of_a_defined_function_is_still_failed() -> None:
    assert [s.verdict.value for s in doc_steps(r"Let $h(x) = (x+1)^2 = x^2 + 1$ be the map.")] == ["SKIPPED", "FAILED"]
