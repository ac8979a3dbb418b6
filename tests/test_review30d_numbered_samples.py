r"""A numbered sample of an annotated family is a vector of the family, never a number (review30d).

read18 wrote ``x_1`` of "samples $x_1, \dots, x_n$, each $x_i \in \mathbb{R}^d$" as entry 1 of the family
``x^()``, but the inference read an index made of digits only as a name of its own, a scalar ("x^()_1: a real
scalar (no other evidence)"): the wrong outer products ``x_1 x_2^T = x_2 x_1^T`` and ``x_1 x_2^T w = x_2
x_1^T w`` were PROVED (numbers commute), the read saying x_1 is a vector.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_SAMPLES = """# Samples

We have samples $x_1, \\dots, x_n$, each $x_i \\in \\mathbb{R}^d$, and $w \\in \\mathbb{R}^d$.

$${step}$$
"""


@pytest.mark.parametrize("step", [
    r"x_1 x_2^T = x_2 x_1^T",
    r"x_1 x_2^T w = x_2 x_1^T w",
    r"\|x_1 - x_2\|^2 = x_1^T x_1 - x_1^T x_2 + x_2^T x_2",
])  # fmt: skip
def test_a_wrong_step_with_numbered_samples_is_failed(step: str) -> None:
    r = doc_steps(_SAMPLES.replace("{step}", step))[-1]
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize("step", [
    r"x_1^T x_2 = x_2^T x_1",
    r"x_1 x_2^T w = (x_2^T w) x_1",
    r"\|x_1 - x_2\|^2 = x_1^T x_1 - 2 x_1^T x_2 + x_2^T x_2",
])  # fmt: skip
def test_a_correct_step_with_numbered_samples_is_green(step: str) -> None:
    r = doc_steps(_SAMPLES.replace("{step}", step))[-1]
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message
