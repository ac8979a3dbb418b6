r"""``g_i(\delta_{ij} - g_j)``: an entry of g times a bracket that writes g again, not a call of g.

With the softmax defined as a function, ``g(z) = \operatorname{softmax}(z)``, its Jacobian
``\frac{\partial g_i}{\partial z_j} = g_i(\delta_{ij} - g_j)`` read ``g_i(…)`` as g applied to the bracket
("softmax of a scalar"), and the step — like its classic wrong variant ``g_i(\delta_{ij} - g_i)`` — was
SKIPPED. A function applied to an expression that writes the same function's entries is no call
anybody writes; an entry times the bracket is (documents.quantityletters)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.quantityletters import self_multiplied
from verifier.results import Verdict

_NOTES = ("Let $z \\in \\mathbb{R}^K$ and $g(z) = \\operatorname{softmax}(z)$.\n\n"
          "$$\\frac{\\partial g_i}{\\partial z_j} = {}$$\n")  # fmt: skip


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message


def test_the_softmax_jacobian_written_with_the_function_letter_is_checked() -> None:
    verdict, message = _verdict(r"g_i(\delta_{ij} - g_j)")
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


@pytest.mark.parametrize("wrong", [r"g_i(\delta_{ij} + g_j)", r"-g_i(\delta_{ij} - g_j)", r"g_i(\delta_{ij} - g_j)^2"])
def test_its_wrong_variants_are_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize("diagonal_only", [r"g_i(\delta_{ij} - g_i)", r"g_i(1 - g_j)"])
def test_a_variant_right_on_the_diagonal_only_is_not_green(diagonal_only: str) -> None:
    verdict, message = _verdict(diagonal_only)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message  # a case split the notes may assume


def test_the_same_with_the_indices_swapped_is_right() -> None:
    verdict, message = _verdict(r"g_j(\delta_{ij} - g_i)")  # g_j δ_ij = g_i δ_ij
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


def test_only_a_bracket_that_writes_the_same_letter_makes_a_product() -> None:
    assert self_multiplied(r"g_i(\delta_{ij} - g_j)") == frozenset({"g"})
    assert self_multiplied(r"g_i(z) + f_k(x)") == frozenset()  # calls of a family at their arguments
    assert self_multiplied(r"f_k(f_j)") == frozenset({"f"})
