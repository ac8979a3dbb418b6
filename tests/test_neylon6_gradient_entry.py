r"""The k-th coordinate of a gradient operator, ``[\nabla_v]_k q`` (documents.gradiententry): read as
``\partial q / \partial v_k``. Every example is written here, each with wrong variants."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.gradiententry import gradient_entries, note
from verifier.latex import parse_latex

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $q = (u-v)^T M (u-v).$ Then, using repeated index summation notation,

$$q = (u_i - v_i)m_{{ij}}(u_j - v_j)$$

and

$$[\nabla_v]_k q = {}$$
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.format(rhs))[-1]
    return step.verdict.value, step.message


def test_the_operator_is_written_as_a_partial() -> None:
    assert parse_latex(gradient_entries(r"[\nabla_b]_k x")) == parse_latex(r"\frac{\partial}{\partial b_k} x")
    written = gradient_entries(r"\left[\nabla_{w}\right]_{j} f")
    assert parse_latex(written) == parse_latex(r"\frac{\partial}{\partial w_j} f")
    assert parse_latex(gradient_entries(r"(\nabla_\theta)_k J")) == parse_latex(r"\frac{\partial}{\partial \theta_k} J")
    assert note(r"[\nabla_b]_k x")


def test_other_brackets_are_left_alone() -> None:
    assert gradient_entries(r"[\nabla_b f]_k") == r"[\nabla_b f]_k"  # the k-th entry of a gradient
    assert gradient_entries(r"[\nabla_b]_k") == r"[\nabla_b]_k"  # nothing to act on
    assert not note(r"[\nabla_b f]_k")


@pytest.mark.slow(2)
def test_a_gradient_coordinate_in_index_notation() -> None:
    verdict, message = _last(r"-m_{kj}(u_j - v_j) - (u_i - v_i)m_{ik}")
    assert verdict in GREEN, message
    assert "k-th coordinate of the gradient operator" in message


@pytest.mark.slow(3)
def test_wrong_gradient_coordinates_are_not_green() -> None:
    assert _last(r"m_{kj}(u_j - v_j) + (u_i - v_i)m_{ik}")[0] not in GREEN
    assert _last(r"-2m_{kj}(u_j - v_j)")[0] not in GREEN  # M is not said to be symmetric
