r"""σ the scale of a normal, written times a bracket of numbers, and σ_l a per-layer name (fresh24's left items).

After "Let $z \sim \mathcal{N}(0, \sigma^2)$" the variance of a ReLU output,
``\frac{\sigma^2}{2} - (\frac{\sigma}{\sqrt{2\pi}})^2 = \sigma^2\left(\frac12 - \frac{1}{2\pi}\right)``, read
σ before the bracket as the logistic sigmoid applied to a constant: the correct step was FAILED. The line writes
σ as a value (``\sigma^2`` over 2, ``\frac{\sigma}{…}``), and no one applies the sigmoid to a bracket of
numbers next to σ the scale: the bracket is a factor (documents.selfapplied). And ``\sigma_l`` written once
for a layer's scale made σ a vector everywhere ("written with a subscript elsewhere"): the same steps were
SKIPPED for shapes; a subscript that is the notes' layer label (``z^{(l+1)}``) names a per-layer quantity,
no entry of a vector σ (documents.layersubscripts). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# He initialisation

Let $\sigma > 0$, $z \sim \mathcal{N}(0, \sigma^2)$ and $h = \max(0, z)$. The variance of $h$:

$$\frac{\sigma^2}{2} - \left(\frac{\sigma}{\sqrt{2\pi}}\right)^2 = \sigma^2\left(\frac{1}{2} - \frac{1}{2\pi}\right)$$

$$\frac{\sigma^2}{2} - \left(\frac{\sigma}{\sqrt{2\pi}}\right)^2 = \sigma^2\left(\frac{1}{2} - \frac{1}{\pi}\right)$$
"""
_LAYERS = ("\nFor a layer with $n$ inputs, $\\operatorname{Var}[z^{(l+1)}] = n \\operatorname{Var}[w]\\,"
           "\\frac{\\sigma_l^2}{2}$.\n")


@pytest.mark.parametrize("tail", ["", _LAYERS])
def test_sigma_the_scale_times_a_bracket_of_numbers(tail: str) -> None:
    verdicts = [s.verdict for s in doc_steps(_NOTES + tail)][:2]
    assert verdicts == [Verdict.PROVED, Verdict.FAILED]


def test_the_sigmoid_of_a_number_stays_a_call() -> None:
    notes = ("# Logistic\n\n$$\\sigma(0) = \\frac{1}{2}$$\n\n$$\\sigma^2(0) = \\frac{1}{4}$$\n\n"
             "$$\\sigma^2(0) = \\frac{1}{2}$$\n")
    assert [s.verdict for s in doc_steps(notes)] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]
