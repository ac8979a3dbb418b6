r"""The prose's clauses are cut once per text for the noise models' questions (docspeed66).

``noisemodel.said_noise``, ``said_drawn`` and ``said_random`` each walked every sentence of the whole notes and cut
it into clauses, for every candidate name of every chain's noise models. The clauses are a function of the text
alone, so they are cut once per text; the answers are as before."""

from __future__ import annotations

import sympy as sp
from support import CountedScans

from verifier.documents import noisemodel
from verifier.documents.noisemodel import said_drawn, said_noise, said_random


def _parse(src: str) -> sp.Basic:
    return sp.Symbol(src.strip().strip("\\"))


def test_the_notes_are_cut_into_clauses_once(monkeypatch) -> None:
    counting = CountedScans(noisemodel.SENTENCE, ("findall",))
    monkeypatch.setattr(noisemodel, "SENTENCE", counting)
    text = r"Let $y = w x + \epsilon$ where $\epsilon$ is noise, and $u \sim N$. The input $x$ is sampled. % once"
    assert said_noise(text, "epsilon", _parse)
    assert not said_noise(text, "w", _parse)
    assert said_drawn(text, "u", _parse)
    assert said_random(text, "x", _parse)
    assert counting.scans == 1


def test_the_answers_follow_the_text() -> None:
    noisy = r"Here $\epsilon$ is noise and $b$ is the bias. % anew"
    assert said_noise(noisy, "epsilon", _parse)
    assert not said_noise(noisy, "b", _parse)
    assert not said_noise(r"Here $\epsilon$ is the step and $b$ is the bias. % anew", "epsilon", _parse)
