r"""A datum a definition writes, dropped by one side of a step, is the step's mistake, not a hidden relation.

A Poisson regression with an offset: ``\ell(w) = \sum_i (y_i(w x_i + \log t_i) - t_i e^{w x_i})`` and the
gradient written without the offset, ``\sum_i (y_i x_i - x_i e^{w x_i})``. fresh11's doubt (a name only a
definition's body writes, reached by one side only: X there and the samples x_i here, related in words) took
t and the planted dropped factor was SKIPPED (probes16 16). It now needs the other side to reach a name of
the same letter (X and x). Examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
With exposures $t_i$ the log-likelihood is
$$\ell(w) = \sum_{i=1}^n \left( y_i (w x_i + \log t_i) - t_i e^{w x_i} \right).$$
Then
$$\frac{d\ell}{dw} = {rhs}$$
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


def test_a_dropped_offset_is_failed() -> None:
    verdict, message = _last(r"\sum_{i=1}^n \left( y_i x_i - x_i e^{w x_i} \right)")
    assert verdict == "FAILED", message


def test_the_gradient_with_the_offset_is_green() -> None:
    verdict, message = _last(r"\sum_{i=1}^n \left( y_i x_i - t_i x_i e^{w x_i} \right)")
    assert verdict in ("PROVED", "PASSED"), message
