r"""An inline ``$\frac{(x + 1) - 1}{1} = x$`` states a value: a left member written as a sum or a fraction is no
name, even where its terms cancel to one (fresh56).

A Yeo–Johnson note checks a special case in the prose: "At $\lambda = 1$ both branches are the identity:
$\frac{(x + 1) - 1}{1} = x$ and $-\frac{(1 - x) - 1}{1} = x$". Parsed, each left member is the bare name x, which
is what a definition, a case or a range writes, so neither formula became a step — and a wrong ``= -x`` there
left the notes green (no step at the planted line). A left member that is written as several terms or as a
fraction but parses to a name is a computation the notes state; a name written as a name stays a name
(``$x = 2$``, ``$\sigma^2 = 1$``). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize("left", ["\\frac{(x + 1) - 1}{1}", "-\\frac{(1 - x) - 1}{1}", "x + 1 - 1", "2x - x"])
@pytest.mark.parametrize(("right", "verdicts"), [("x", {Verdict.PROVED}),
                                                 ("-x", {Verdict.FAILED, Verdict.SKIPPED})])  # fmt: skip
def test_a_written_computation_that_collapses_to_a_name(left: str, right: str, verdicts: set[Verdict]) -> None:
    steps = doc_steps(f"# Special case\n\nThe branch reduces to the identity: ${left} = {right}$.\n")
    assert len(steps) == 1 and steps[0].verdict in verdicts, [s.message for s in steps]


def test_a_name_written_as_a_name_still_names() -> None:
    steps = doc_steps("# Setting\n\nWe use the step size $\\eta = 2$ throughout.\n")
    assert all(s.verdict is not Verdict.FAILED for s in steps)
    assert not any(s.verdict is Verdict.PROVED for s in steps)
