r"""Review of documents.literals/infer: a vector the notes list entry by entry is indexed the way its list
is (``\mathbf{g} = [g_1, g_2, g_3]`` runs 1..3), so that a step writing g_0..g_2 (its last entry dropped)
or g_1..g_3 of a list g_0..g_2 is never green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_ONE = r"""# Inner product

Let $\mathbf{g} = [g_1, g_2, g_3]$ and $\mathbf{h} = [h_1, h_2, h_3]$.

$$STEP$$
"""
_ZERO = _ONE.replace("[g_1, g_2, g_3]", "[g_0, g_1, g_2]").replace("[h_1, h_2, h_3]", "[h_0, h_1, h_2]")
_COLUMN = _ONE.replace("[g_1, g_2, g_3]", r"\begin{bmatrix} g_1 \\ g_2 \\ g_3 \end{bmatrix}").replace(
    "[h_1, h_2, h_3]", r"\begin{bmatrix} h_1 \\ h_2 \\ h_3 \end{bmatrix}")


def _verdict(notes: str, step: str) -> tuple[Verdict, str]:
    check = check_text(notes.replace("STEP", step), "notes.md")
    [step_result] = [s for ch in check.chains for s in ch.result.steps]
    return step_result.verdict, step_result.message


@pytest.mark.parametrize("notes", [_ONE, _COLUMN])
def test_a_list_from_1_is_indexed_from_1(notes: str) -> None:
    verdict, message = _verdict(notes, r"\mathbf{g}^T\mathbf{h} = g_1 h_1 + g_2 h_2 + g_3 h_3")
    assert verdict in _GREEN, message
    verdict, message = _verdict(notes, r"\mathbf{g}^T\mathbf{h} = g_0 h_0 + g_1 h_1 + g_2 h_2")  # g_3 h_3 dropped
    assert verdict not in _GREEN, message


def test_a_list_from_0_is_indexed_from_0() -> None:
    verdict, message = _verdict(_ZERO, r"\mathbf{g}^T\mathbf{h} = g_0 h_0 + g_1 h_1 + g_2 h_2")
    assert verdict in _GREEN, message
    verdict, message = _verdict(_ZERO, r"\mathbf{g}^T\mathbf{h} = g_1 h_1 + g_2 h_2 + g_3 h_3")  # g_0 h_0 dropped
    assert verdict not in _GREEN, message
