r"""A Jacobian entry whose case is stated in its own display or in the sentence after it is no whole
Jacobian (review22a on trust14's documents.jacobiancases).

``\frac{\partial g_i}{\partial z_j} = -g_i g_j`` followed by "for $i \neq j$." (or with ``\quad (i \neq j)``
in the display) is the off-diagonal entry of the softmax's Jacobian, correct; trust14 read only the prose
before the display and made it FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Softmax Jacobian

Let $g_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$. Differentiating the quotient gives

$$\frac{\partial g_i}{\partial z_j} = {rhs}$$
{after}
"""


def _verdict(rhs: str, after: str = "") -> Verdict:
    return doc_steps(_NOTES.replace("{rhs}", rhs).replace("{after}", after))[-1].verdict


def test_a_case_stated_after_the_display_is_not_failed() -> None:
    assert _verdict(r"-g_i g_j", "\nfor $i \\neq j$.\n") is not Verdict.FAILED


def test_a_case_stated_in_the_display_is_not_failed() -> None:
    assert _verdict(r"-g_i g_j \quad (i \neq j)") is not Verdict.FAILED
    assert _verdict(r"-g_i g_j, \quad \text{where } j \ne i.") is not Verdict.FAILED


def test_a_wrong_jacobian_with_no_case_anywhere_stays_failed() -> None:
    assert _verdict(r"g_i(\delta_{ij} - g_i)", "\nwhich is the gradient we need.\n") is Verdict.FAILED
