r"""``$\eta = 1e-3 = 0.001$``: a value in a programmer's notation is no worked computation.

me29 checks an inline chain whose middle members compute. ``1e-3`` (10^{-3} as code writes it) is read
by the parser as ``1 \cdot e - 3``, so "a learning rate $\text{lr} = 1e-3 = 0.001$" had ``1e-3 = 0.001``
FAILED with a confirmed counterexample. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("notes", [
    r"We use a learning rate $\text{lr} = 1e-3 = 0.001$ throughout." "\n",
    r"The tolerance is $\epsilon = 1e{-8} = 10^{-8}$." "\n",
    r"Weight decay $\lambda = 5E-4 = 0.0005$ is used." "\n",
])
def test_a_scientific_value_is_never_failed(notes: str) -> None:
    for step in doc_steps(notes):
        assert step.verdict.value != "FAILED", (step.lhs_latex, step.rhs_latex, step.message)


def test_a_wrong_worked_value_beside_it_is_still_failed() -> None:
    step = doc_steps(r"Forward: $z = 0.5 \cdot 2 - 1 = 1$, with $\eta = 1e-3$." "\n")[-1]
    assert step.verdict.value == "FAILED", step.message
