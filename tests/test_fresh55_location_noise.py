r"""``y = w + \varepsilon`` with ε given a distribution: an observation of w, held fixed by a fit (fresh55).

A MAP or shrinkage note observes one weight through noise, "$y = w + \varepsilon$, $\varepsilon \sim
\mathcal{N}(0, 1)$", and differentiates its objective ``\frac12 (y - w)^2 + \lambda w`` by w. The noise
model reading (documents.noisemodel) held the data fixed only where the model applies a parameter to an
input (``Xw``, ``w x_i + b``): a bare ``w + ε`` was taken for a perturbed input, the fit was read
through it (``(y - w)^2 = ε^2``) and the correct ``w - y + \lambda`` FAILED. Where the prose says the added
name is noise (a distribution, or the word), a bare parameter plus it is a model of the observation too;
``\tilde{x} = x + \epsilon`` "for a small ε" (nothing said) stays a perturbed input. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# One noisy observation

We see $y = w + \\varepsilon$ with $\\varepsilon \\sim \\mathcal{N}(0, 1)$ and penalise $\\lambda |w|$.

$$\\frac{d}{dw}\\left(\\frac{1}{2}(y - w)^2 + \\lambda w\\right) = {rhs}$$
"""


@pytest.mark.parametrize(("rhs", "verdicts"), [("w - y + \\lambda", (Verdict.PROVED,)),
                                               ("w - y - \\lambda", (Verdict.FAILED, Verdict.SKIPPED)),
                                               ("\\lambda", (Verdict.SKIPPED, Verdict.FAILED))])  # fmt: skip
def test_the_observation_is_held_fixed(rhs: str, verdicts: tuple[Verdict, ...]) -> None:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    assert step.verdict in verdicts, step.message


def test_a_perturbed_input_nothing_calls_noise_is_read_through() -> None:
    notes = "# Input\n\nThe input is $u = x + \\delta$ for a small $\\delta$.\n\n$$L = (u - x)^2$$\n\n" \
            "$$\\frac{\\partial L}{\\partial x} = 0$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
