r"""``\Phi(x)`` in ``verify check``: the standard normal CDF where the product Φ·x fails (redcat67).

``verify check '\Phi(x) + \Phi(-x) = 1'`` was FAILED ("0 = 1"): the grammar reads a Greek capital before a bracket
as a product, so the left side was Φx − Φx. In course notes Φ is the standard normal CDF and φ its density (``verify
doc`` reads them so where the prose names them); a one-off claim has no prose, and a FAILED must hold under every
plausible reading. As for ζ and W (documents.specialcalls, redcat63), a claim that fails as written is checked
again with Φ and φ read as the standard normal CDF and density, and is green under that reading, said with the step.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize(
    "claim",
    [
        r"\Phi(x) + \Phi(-x) = 1",
        r"\Phi(x) = \frac12 \left(1 + \operatorname{erf}\left(\frac{x}{\sqrt2}\right)\right)",
        r"\frac{d}{dx} \Phi(x) = \phi(x)",
        r"\phi(-x) = \phi(x)",
    ],
)
def test_a_right_normal_cdf_identity_is_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _verdict(capsys, claim) in ("PROVED", "PASSED")


def test_a_wrong_normal_cdf_identity_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, r"\Phi(x) = \frac12 (1 + \operatorname{erf}(x))") == "FAILED"


def test_a_wrong_derivative_of_the_cdf_is_not_green(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, r"\frac{d}{dx} \Phi(x) = 2\phi(x)") in ("FAILED", "SKIPPED")
