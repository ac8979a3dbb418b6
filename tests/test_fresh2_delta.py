r"""A bare ``\delta`` (no indices) is a number of the notes — Huber's threshold, a margin, a step —
and is inferred like any other letter; ``\delta_{ij}`` stays the Kronecker delta. Every example is
written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_huber_threshold_is_a_scalar() -> None:
    body = r"""
    For a threshold $\delta > 0$, in the linear region:

    $$\frac{d}{dr}\delta\left(r - \frac{1}{2}\delta\right) = \delta$$

    $$\frac{1}{2}\delta^2 = \delta\left(\delta - \frac{1}{2}\delta\right)$$
    """
    assert _verdicts(body) == ["PROVED", "PROVED"]


def test_a_wrong_step_with_a_bare_delta_is_found() -> None:
    assert _verdicts(r"$$\frac{d}{dr}\delta\left(r - \frac{1}{2}\delta\right) = 2\delta$$") == ["FAILED"]


def test_two_indices_stay_kronecker() -> None:
    assert _verdicts(r"$$\sum_{k=1}^n \delta_{ik} x_k = x_i$$") == ["PROVED"]
    assert _verdicts(r"$$\sum_{k=1}^n \delta_{ik} x_k = x_k$$") != ["PROVED"]
