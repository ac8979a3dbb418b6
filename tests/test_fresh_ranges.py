r"""Piecewise steps are not read with every undeclared quantity positive or in (0, 1) where that
hides the branch a mistake shows in, and the range the prose states for a name is a reading of its
own. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

LEAKY = "The leaky ReLU with slope $\\alpha$ for $0 < \\alpha < 1$ can be written\n$$\\max(\\alpha z, z) = %s$$\n"


def steps(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_sign_flipped_leaky_relu_is_failed_not_passed_for_positive_z() -> None:
    found = steps(LEAKY % "\\mathrm{ReLU}(z) + \\alpha\\,\\mathrm{ReLU}(-z)")
    assert [v for v, _ in found] == ["FAILED"]


def test_right_leaky_relu_holds_with_the_range_the_prose_states() -> None:
    found = steps(LEAKY % "\\mathrm{ReLU}(z) - \\alpha\\,\\mathrm{ReLU}(-z)")
    assert [v for v, _ in found] in (["PROVED"], ["PASSED"])
    assert "0 < \\alpha < 1 as the prose states" in found[0][1]


def test_a_slope_with_no_stated_range_may_still_be_read_in_the_unit_interval() -> None:
    # the slope L of max(Lx, x) is not what selects a branch: the (0, 1) reading stays available for it
    notes = "$$\\frac{\\partial}{\\partial x} \\max(Lx, x) = \\begin{cases} L, & x < 0 \\\\ 1, & x > 0 \\end{cases}$$\n"
    assert [v for v, _ in steps(notes)] in (["PROVED"], ["PASSED"])
