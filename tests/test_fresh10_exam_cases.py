r"""A case headed by an exam part label (``(a) Case $u > 0$.``, ``b) Case …``, ``(ii) Case …``): the chain
after it is read on the case's range, as after ``Case $u > 0$.`` alone (documents.casedomains). Every example
is written here (fresh10)."""

from __future__ import annotations

import pytest
from support import doc_steps

_EXAM = r"""
Minimise $g(u) = \frac{1}{2}(u - c)^2 + \mu |u|$ over $u$.

{label} Case $u > 0$. Then $|u| = u$ and
$$g'(u) = {rhs}$$
"""


@pytest.mark.parametrize("label", ["(a)", "b)", "(ii)", "**(c)**"])
def test_a_case_after_an_exam_part_label_is_the_domain(label: str) -> None:
    *_, step = doc_steps(_EXAM.replace("{label}", label).replace("{rhs}", r"u - c + \mu"))
    assert step.verdict.value == "PROVED"


@pytest.mark.parametrize("label", ["(a)", "b)"])
def test_a_sign_flip_in_the_case_fails(label: str) -> None:
    *_, step = doc_steps(_EXAM.replace("{label}", label).replace("{rhs}", r"u - c - \mu"))
    assert step.verdict.value == "FAILED"


def test_a_case_named_in_passing_after_a_label_is_still_not_a_heading() -> None:
    text = r"""
Minimise $g(u) = \frac{1}{2}(u - c)^2 + \mu |u|$ over $u$.

(a) The case $u > 0$ is analogous to the one above:
$$g'(u) = u - c + \mu$$
"""
    *_, step = doc_steps(text)
    assert step.verdict.value == "SKIPPED"
