r"""A Jacobian entry with both indices free is no case split the notes may assume (trust14).

``\frac{\partial g_i}{\partial z_j} = g_i(\delta_{ij} - g_i)`` holds on the diagonal only and was SKIPPED as "a
case split the notes may assume": where the prose before states no case, it is FAILED. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Softmax Jacobian

{lead}Let $g_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$.

$$\frac{\partial g_i}{\partial z_j} = {rhs}$$
"""


def _verdict(rhs: str, lead: str = "") -> Verdict:
    return doc_steps(_NOTES.replace("{rhs}", rhs).replace("{lead}", lead))[-1].verdict


def test_a_jacobian_right_on_the_diagonal_only_is_failed() -> None:
    assert _verdict(r"g_i(\delta_{ij} - g_i)") is Verdict.FAILED


def test_the_softmax_jacobian_stays_proved() -> None:
    assert _verdict(r"g_i(\delta_{ij} - g_j)") is Verdict.PROVED


def test_a_stated_case_keeps_the_step_out_of_failed() -> None:
    assert _verdict(r"g_i(\delta_{ij} - g_i)", "We treat the diagonal entries first. ") is not Verdict.FAILED
    assert _verdict(r"g_i(1 - g_i)", "For $i = j$:\n\n") is not Verdict.FAILED
