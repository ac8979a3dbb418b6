r"""``m \sim \mathrm{Bernoulli}(q)`` gives 𝔼[m] = q and 𝔼[m²] = q (documents.distributions).

Dropout notes state the mask's distribution and use its moments: ``\mathbb{E}[m] = q`` was SKIPPED
("does not follow from linearity of expectation alone"), as the normal's were before they were read.
A wrong moment is not green (SKIPPED: the linear-functional reading never makes FAILED)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "Each unit is kept: $r \\sim {dist}(s)$, independently.\n\n$${claim}$$\n"


def _verdict(claim: str, dist: str = "\\mathrm{Bernoulli}") -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.format(dist=dist, claim=claim), "notes.md").chains
              for s in ch.result.steps]  # fmt: skip
    return step.verdict, step.message or ""


@pytest.mark.parametrize("claim", ["\\mathbb{E}[r] = s", "\\mathbb{E}[r^2] = s", "\\mathbb{E}[2r + 1] = 2s + 1"])
def test_the_moments_of_a_stated_bernoulli_are_used(claim: str) -> None:
    verdict, message = _verdict(claim)
    assert verdict in GREEN, message
    assert "Bernoulli" in message


@pytest.mark.parametrize("dist", ["\\operatorname{Bern}", "\\text{Bernoulli}"])
def test_other_spellings_are_read(dist: str) -> None:
    verdict, message = _verdict("\\mathbb{E}[r] = s", dist)
    assert verdict in GREEN, message


@pytest.mark.parametrize("claim", ["\\mathbb{E}[r] = 1 - s", "\\mathbb{E}[r^2] = s^2", "\\mathbb{E}[2r] = s"])
def test_a_wrong_moment_is_not_green(claim: str) -> None:
    verdict, message = _verdict(claim)
    assert verdict not in GREEN, message
