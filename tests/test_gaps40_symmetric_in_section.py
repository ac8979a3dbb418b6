r"""Weights stated symmetric in prose hold in their section, not only in the next display.

"The weights are symmetric, $w_{ij} = w_{ji}$" then, three displays on, ``\sum_{i,j} w_{ij} x_i y_j =
\sum_{i,j} w_{ij} x_j y_i`` FAILED (review39: meanings._said_symmetric looked a few lines back only).
Examples written here (documents.symmetricsection)."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
HEAD = "# Forms\n\nThe couplings are symmetric, $a_{kl} = a_{lk}$, and $u, v$ are vectors.\n\n"
FILLER = ("$$\\sum_{k,l} a_{kl} u_k u_l \\ge 0$$\n\nThe form is\n\n$$F = \\sum_{k,l} a_{kl} u_k v_l$$\n\n"
          "Expanding,\n\n$$\\sum_{k,l} a_{kl} (u_k + v_k) = \\sum_{k,l} a_{kl} u_k + \\sum_{k,l} a_{kl} v_k$$\n\n")
SWAP = "Swapping the indices,\n\n$$\\sum_{k,l} a_{kl} u_k v_l = \\sum_{k,l} a_{kl} u_l v_k$$\n"
WRONG = "Swapping the indices,\n\n$$\\sum_{k,l} a_{kl} u_k v_l = \\sum_{k,l} a_{kl} u_k v_k$$\n"


def test_symmetry_reaches_a_later_display_of_its_section() -> None:
    steps = doc_steps(HEAD + FILLER + SWAP)
    assert steps and steps[-1].verdict.value in GREEN, [s.message for s in steps]
    assert "symmetric" in steps[-1].message


def test_a_wrong_swap_stays_failed() -> None:
    steps = doc_steps(HEAD + FILLER + WRONG)
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]


@pytest.mark.parametrize("between", [
    "# Another problem\n\n",
    "Now let $a_{kl}$ be arbitrary couplings.\n\n",
    "From here on $a_{kl} = k - l$.\n\n",
])
def test_another_section_or_a_new_meaning_ends_it(between: str) -> None:
    steps = doc_steps(HEAD + FILLER + between + SWAP)
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]


def test_a_later_general_case_ends_it() -> None:
    steps = doc_steps(HEAD + FILLER + "For general couplings the same swap reads\n\n" + SWAP)
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]
