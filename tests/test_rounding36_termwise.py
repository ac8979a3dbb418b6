r"""A sum worked term by term (documents.termwise, rounding36).

Each number of the later member may be its term's value rounded or truncated: ``e^{-0.5} + e^{-1} = 0.606 +
0.367`` (both truncated) is a right worked step, though the sum 0.973 is further from 0.9744 than half a unit a
term explains. A term that is neither (0.605 for 0.6065) keeps the step FAILED.
"""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "$$e^{-0.5} + e^{-1} = 0.606 + 0.367$$\n",
    "$$-e^{-0.5} - e^{-1} = -0.606 - 0.367$$\n",  # toward zero
    "$$\\sqrt{3} + \\sqrt{7} + \\sqrt{8} = 1.73 + 2.64 + 2.82$$\n",
    "$$\\ln 3 + \\ln 7 = 1.098 + 1.945$$\n",
])
def test_terms_truncated_one_by_one_are_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("notes", [
    "$$e^{-0.5} + e^{-1} = 0.605 + 0.368$$\n",  # 0.605: no rounding or truncation of 0.6065
    "$$\\ln 3 + \\ln 7 = 1.097 + 1.946$$\n",  # 1.097 for 1.0986
    "$$e^{-0.5} - e^{-1} = 0.606 - 0.366$$\n",  # 0.366 for 0.3679
])
def test_a_term_no_rounding_or_truncation_of_its_own_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps[0].verdict.value == "FAILED", [(s.verdict, s.message) for s in steps]
