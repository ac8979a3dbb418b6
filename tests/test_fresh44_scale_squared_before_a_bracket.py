r"""σ² before a bracket, beside σ² the variance of a normal, is the variance times the bracket (fresh44).

Notes that add Gaussian noise (``y = x + \sigma\varepsilon``, ``y \sim \mathcal{N}(\mu, \tau^2 + \sigma^2)``) write
``y - \frac{\sigma^2(y - \mu)}{\tau^2 + \sigma^2}``: σ² times the bracket. The reader took ``\sigma^2(y - \mu)`` for the
logistic sigmoid of y − μ, squared, and FAILED the correct step. Where the notes' math makes σ a normal's spread and
the formula's line writes σ as a value, σ with a power before a bracket multiplies it
(documents.spreadcalls). Without that evidence ``\sigma^2(z)`` stays the squared sigmoid. Every example is written
here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Shrinking a noisy reading

Let $u \sim \mathcal{N}(m, a^2)$ and $v = u + \sigma\varepsilon$, so $v \sim \mathcal{N}(m, a^2 + \sigma^2)$.

$$v - \frac{\sigma^2(v - m)}{a^2 + \sigma^2} = \frac{(a^2 + \sigma^2)v - \sigma^2 v + \sigma^2 m}{a^2 + \sigma^2}
= \frac{a^2 v + \sigma^2 m}{a^2 + \sigma^2}$$

$$v - \frac{\sigma^2(v - m)}{a^2 + \sigma^2} = \frac{(a^2 + \sigma^2)v - \sigma^2 v - \sigma^2 m}{a^2 + \sigma^2}
= \frac{a^2 v - \sigma^2 m}{a^2 + \sigma^2}$$
"""


def test_variance_times_a_bracket_beside_a_normal() -> None:
    assert [s.verdict for s in doc_steps(_NOTES)] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED, Verdict.PROVED]


def test_latex_macro_for_the_normal() -> None:
    tex = ("\\documentclass{article}\n\\newcommand{\\Nrm}{\\mathcal{N}}\n\\begin{document}\n"
           "Let $v \\sim \\Nrm(m, a^2 + \\sigma^2)$.\n\\[\n"
           "v - \\frac{\\sigma^2(v - m)}{a^2 + \\sigma^2} = \\frac{a^2 v + \\sigma^2 m}{a^2 + \\sigma^2}\n\\]\n"
           "\\end{document}\n")
    assert [s.verdict for s in doc_steps(tex, "t.tex")] == [Verdict.PROVED]


def test_without_a_normal_the_squared_sigmoid_stays() -> None:
    notes = "# Logistic\n\n$$\\sigma^2(v - m) + \\sigma^2 = \\frac{1}{(1 + e^{m - v})^2} + \\sigma^2$$\n"
    assert [s.verdict for s in doc_steps(notes)] == [Verdict.PROVED]
