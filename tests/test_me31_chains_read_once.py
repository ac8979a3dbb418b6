r"""The notes' chains are read once per document: trust18's family orientations (read before the chains'
workers fork) called ``chains()`` again, which learned every definition a second time into the same reader.
State kept between the two readings changed what was learned (fresh18's recurrence through a named
pre-activation, ``h_t = \tanh(a_t), a_t = w h_{t-1} + u x_t``, was learned as a plain definition the second
time, and the step about it SKIPPED), and the reading cost twice the time. Every example is written here."""

from __future__ import annotations

from collections import Counter

import pytest

from verifier.documents import definitions
from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = r"""
Let $x \in \mathbb{R}^m$ with entries $x_{ij}$ written as $a_{ij}$ below.

$$h_t = \tanh(a_t), \qquad a_t = w h_{t-1} + u x_t$$

$$\frac{\partial h_t}{\partial h_{t-1}} = w\left(1 - \tanh^2(w h_{t-1} + u x_t)\right)$$

$$\sum_i a_{ij} y_i = a_j^\top y$$
"""


def test_each_chain_is_learned_from_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[tuple[int, str]] = Counter()
    real = definitions._Definitions._learn_definition

    def counted(self, chain):
        seen[(chain.line, chain.members[0].latex)] += 1
        return real(self, chain)

    monkeypatch.setattr(definitions._Definitions, "_learn_definition", counted)
    check_text(NOTES, "t.md", Settings())
    twice = {k: n for k, n in seen.items() if n > 1}
    assert not twice, twice
