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


_STATES = """# RNN

Hidden states $h_t \\in \\mathbb{R}^d$ for $t = 1, \\dots, T$, with $h_0 \\in \\mathbb{R}^d$ given, and $W \\in
\\mathbb{R}^{d \\times d}$.

$${step}$$
"""


@pytest.mark.parametrize(("step", "right"), [
    (r"\frac{\partial}{\partial h_0} h_1^T W h_0 = W^T h_1", True),
    (r"\frac{\partial}{\partial h_0} h_1^T W h_0 = W h_1", False),  # was PROVED: h_1 moved before W
    (r"h_1^T W h_0 = h_0^T W^T h_1", True),
    (r"h_1^T W h_0 = h_0^T W h_1", False),
])  # fmt: skip
def test_a_numbered_sample_keeps_its_place_after_a_matrix(step: str, right: bool) -> None:
    r = doc_steps(_STATES.replace("{step}", step))[-1]
    assert r.verdict in ((Verdict.PROVED, Verdict.PASSED) if right else (Verdict.FAILED,)), r.message
