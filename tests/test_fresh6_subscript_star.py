r"""A star written as a subscript (``x_*``, ``x_{*}``, ``x_\ast``, ``k_\star``) names a test point, as
Gaussian-process and kernel notes write it: it is part of the name (``x_star``), read like the
superscript star (``x^*`` → ``xstar``) but kept apart from it. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings


def verdicts(display: str) -> list[str]:
    check = check_text(f"# GP notes\n\n$$\n{display}\n$$\n", "notes.md", Settings())
    return [s.verdict.value for ch in check.chains for s in ch.result.steps]


@pytest.mark.parametrize("star", ["x_*", "x_{*}", "x_\\ast", "x_{\\star}"])
def test_a_subscript_star_is_part_of_the_name(star: str) -> None:
    step = f"\\frac{{d}}{{d{star}}} e^{{-{star}^2/2}} = -{star}\\, e^{{-{star}^2/2}}"
    assert verdicts(step) in (["PROVED"], ["PASSED"])


def test_a_wrong_derivative_by_a_starred_point_fails() -> None:
    step = "\\frac{d}{dx_*} e^{-(x_*-x)^2/(2\\ell^2)} = -\\frac{x_*-x}{\\ell}e^{-(x_*-x)^2/(2\\ell^2)}"
    assert verdicts(step) == ["FAILED"]


def test_subscript_star_and_superscript_star_are_different_names() -> None:
    assert not set(verdicts("x_* - x^* = 0")) & {"PROVED", "PASSED"}
