"""Names the prose calls deterministic are constants of the expectation: ``𝔼[f\\hat f] = f𝔼[\\hat f]``."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.expectation import deterministic_names
from verifier.results import Verdict

NOTES = r"""
    The target is the sum of a deterministic function $f\left(x\right)$ and a random error $\epsilon$.

    $$ \mathbb{E}\left[f \hat{f}\right] + \mathbb{E}\left[f\right] = f \mathbb{E}\left[\hat{f}\right] + f $$
    """


def test_a_deterministic_name_is_taken_out_of_the_expectation() -> None:
    steps = doc_steps(NOTES)
    assert steps[0].verdict is Verdict.PROVED
    assert "f taken out of 𝔼: the prose at line 1 calls it deterministic" in steps[0].message


def test_without_the_prose_the_step_needs_more_than_linearity() -> None:
    steps = doc_steps(NOTES.replace("deterministic", "unknown"))
    assert steps[0].verdict is Verdict.SKIPPED


def test_a_random_factor_stays_inside() -> None:
    swapped = NOTES.replace(r"f \mathbb{E}\left[\hat{f}\right] + f $$", r"\hat{f} \mathbb{E}\left[f\right] + f $$")
    assert swapped != NOTES
    steps = doc_steps(swapped)
    assert steps[0].verdict is not Verdict.PROVED


def test_the_prose_names_found() -> None:
    text = "a deterministic but unknown function $g$ and\nthe deterministic $h(x)$; a deterministic map $\\hat f$"
    assert deterministic_names(text) == "g@1,h@2"
