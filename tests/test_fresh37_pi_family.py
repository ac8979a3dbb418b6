r"""``\pi = (0.5, 0.25, 0.25)`` and ``\mathrm{Cat}(\pi)`` beside ``\log \pi_i``: π is the notes' vector of weights.

documents.indexedpi frees π for a family only where the notes never write it bare (the number in ``2\pi``); a
categorical's parameter written bare — set equal to a tuple, or the one argument of ``\mathrm{Cat}``,
``\mathrm{Mult}``, ``\mathrm{Dir}`` — kept π the constant, and every worked step through ``\pi_i`` was SKIPPED "pi_i
is not declared" (fresh37: a Gumbel-softmax note). Those bare uses are the vector itself, never 3.14….
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.indexedpi import indexed_pi
from verifier.results import Verdict

_NOTES = """
# Perturbed logits

A draw $y \\sim \\mathrm{{Cat}}(\\pi)$ is the argmax of $a_i = \\log \\pi_i + g_i$ with Gumbel noise $g_i$.

Take $\\pi = (0.5, 0.25, 0.25)$ and $g = (1, 0, 0)$. Then $a_1 = \\log 0.5 + 1 \\approx {value}$.
"""


def test_the_worked_entry_is_read_at_the_stated_vector() -> None:
    assert doc_steps(_NOTES.format(value="0.3069"))[0].verdict in (Verdict.PROVED, Verdict.PASSED)


def test_the_bare_uses_that_free_pi() -> None:
    assert indexed_pi("$\\mathrm{Cat}(\\pi)$ and $\\log \\pi_k$")
    assert indexed_pi("$\\pi = (0.2, 0.8)$ and $\\pi_k$")
    assert not indexed_pi("$\\pi_k \\mathcal{N}(x; \\mu_k, 1)$ with $\\frac{1}{\\sqrt{2\\pi}}$")
    assert not indexed_pi("$\\cos(\\pi) = -1$ and $\\pi_k$")
