r"""A function named by a later link of the chain it is used in (documents.definitions, reader.scope_for).

Notes write ``-\log Q(t|z) = \xi(t, z) = -\log \prod_k p_k^{t_k} = …``: the second link names the loss
ξ, and the first link says the negative log-likelihood is that loss. The first link used to be SKIPPED
("function xi is not defined"): the definition holds only for the lines after it. A reader reads ξ by
the link that names it, in the whole chain (reported: "the notes' definition in a later link of this
chain"); an earlier line keeps not seeing it. The examples are written for these tests.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The output for the scores $z$ is

$$ p_k = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} $$

and the likelihood of one-hot labels $t$ is

$$ Q(t|z) = \prod_{k=1}^{K} p_k^{t_k} $$

The loss is its negative logarithm:

$$ -\log Q(t|z) = NAME(t, z) = BODY = -\sum_{k=1}^{K} t_k \log p_k $$
"""

_BODY = r"-\log \prod_{k=1}^{K} p_k^{t_k}"


def _steps(name: str = r"\xi", body: str = _BODY, notes: str = _NOTES) -> list:
    check = check_text(notes.replace("NAME", name).replace("BODY", body), "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps]


@pytest.mark.parametrize("name", [r"\xi", r"\ell", "E", r"\mathcal{J}", "f"])
def test_a_link_before_the_naming_one_reads_the_name_by_it(name: str) -> None:
    steps = _steps(name)
    first = next(s for s in steps if s.lhs_latex.startswith(r"-\log Q"))
    naming = steps[steps.index(first) + 1]
    assert first.verdict.value in ("PROVED", "PASSED"), first.message
    assert "the notes' definition in a later link of this chain" in first.message
    assert naming.verdict.value == "SKIPPED" and "defines" in naming.message


def test_a_wrong_named_body_does_not_turn_the_link_green() -> None:
    steps = _steps(body=r"\log \prod_{k=1}^{K} p_k^{t_k}")  # the sign of the log-likelihood dropped
    first = next(s for s in steps if s.lhs_latex.startswith(r"-\log Q"))
    assert first.verdict.value == "FAILED", first.message


def test_a_wrong_left_member_is_failed() -> None:
    steps = _steps(notes=_NOTES.replace(r"-\log Q(t|z) = NAME", r"\log Q(t|z) = NAME"))
    first = next(s for s in steps if s.lhs_latex.startswith(r"\log Q"))
    assert first.verdict.value == "FAILED", first.message


def test_a_line_before_the_chain_does_not_read_the_later_definition() -> None:
    notes = _NOTES.replace("The loss is", r"First, $$ \xi(t, z) = -\sum_{k=1}^{K} t_k p_k $$ and the loss is")
    earlier = [s for s in _steps(notes=notes) if s.lhs_latex == r"\xi(t, z)" and "p_k" in s.rhs_latex
               and r"\log" not in s.rhs_latex]  # fmt: skip
    assert earlier and all(s.verdict.value == "SKIPPED" for s in earlier)
