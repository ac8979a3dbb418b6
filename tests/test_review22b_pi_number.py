r"""Review of fresh10's indexed π (definitions.indexed_pi): once the notes define the mixture weights
``\pi_k``, π alone is still the number (a Gaussian's ``\sqrt{2\pi}`` in the same notes). Example written
here (review22b)."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
The mixture weights are $\pi_k = \frac{N_k}{N}$.

$$\frac{d}{dx}\left(\frac{x}{\sqrt{2\pi}} e^{-x^2/2}\right) = {rhs}$$
"""


def _verdict(rhs: str) -> str:
    return doc_steps(_NOTES.replace("{rhs}", rhs))[-1].verdict.value


def test_pi_alone_beside_the_weights_pi_k_is_the_number() -> None:
    assert _verdict(r"\frac{1 - x^2}{\sqrt{2\pi}} e^{-x^2/2}") == "PROVED"


def test_a_dropped_square_root_fails() -> None:
    assert _verdict(r"\frac{1 - x^2}{2\pi} e^{-x^2/2}") == "FAILED"
