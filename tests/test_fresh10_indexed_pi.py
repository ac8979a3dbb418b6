r"""π with one index defined by the notes (``\pi_k = e^{s_k} / \sum_j e^{s_j}``: a policy's, a mixture's
probabilities) is the notes' family, and ``\pi_1`` its entry — never the number π, which is not written
with an index. Every example is written here (fresh10)."""

from __future__ import annotations

import pytest
from support import doc_steps

_POLICY = r"""
Each arm $k$ is chosen with probability $\pi_k = \frac{e^{s_k}}{\sum_j e^{s_j}}$.

$$\frac{\partial \log \pi_2}{\partial s_2} = {rhs}$$
"""


def test_an_entry_of_the_defined_pi_family_is_read_through_its_definition() -> None:
    (step,) = doc_steps(_POLICY.replace("{rhs}", r"1 - \pi_2"))
    assert step.verdict.value == "PROVED"


@pytest.mark.parametrize("rhs", [r"1 - \pi_1", r"\pi_2 - 1", r"1 - \pi_2^2"])
def test_a_wrong_entry_or_sign_fails(rhs: str) -> None:
    (step,) = doc_steps(_POLICY.replace("{rhs}", rhs))
    assert step.verdict.value == "FAILED"


def test_pi_alone_is_still_the_number() -> None:
    (step,) = doc_steps(r"$$\frac{d}{dx}\cos(\pi x) = -\pi\sin(\pi x)$$" + "\n")
    assert step.verdict.value == "PROVED"
    assert "inferred pi" not in (step.message or "")
