r"""A distribution stated after a spacing command in a display: ``…, \qquad z \sim \mathrm{Bernoulli}(r)`` (gaps55).

documents.distributions reads ``NAME \sim …`` where NAME opens the formula or follows ``$``, ``&`` or a comma; a
display that states the model beside a definition, ``u = \frac{z}{r} g, \qquad z \sim \mathrm{Bernoulli}(r)``, took
``\qquad`` for the name and stated nothing, so ``\frac{g}{r}\mathbb{E}[z] = \frac{g}{r} r^2`` was SKIPPED "needs
facts about 𝔼[z]". Spacing commands (``\quad``, ``\qquad``, ``\,``, ``\;``, ``~``) before the name are skipped.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.distributions import statements_of

NOTES = r"""
# A kept input

Each input $g$ is kept with probability $r$ and rescaled,

$$
u = \frac{z}{r}\, g, \qquad z \sim \mathrm{Bernoulli}(r),
$$

so that

$$
\mathbb{E}[u] = \frac{g}{r}\,\mathbb{E}[z] = %s
$$
"""


def test_the_statement_after_a_spacing_command_is_read() -> None:
    found = statements_of(r"u = \frac{z}{r} g, \qquad z \sim \mathrm{Bernoulli}(r), \quad w \sim \mathcal{N}(0, s^2)")
    assert {(s.name, s.mean) for s in found} == {("z", "r"), ("w", "0")}


def test_a_slip_after_the_stated_mean_is_failed() -> None:
    steps = doc_steps(NOTES % r"\frac{g}{r}\, r^2")
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_the_right_link_is_green() -> None:
    steps = doc_steps(NOTES % r"\frac{g}{r}\, r")
    assert steps[-1].verdict.value in ("PROVED", "PASSED"), steps[-1].message
