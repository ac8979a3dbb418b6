r"""A special function's name written before its bracket in ``verify check`` (redcat63).

``verify check '\zeta(s) = \sum_{n=1}^\infty n^{-s}'`` and ``'W(x) e^{W(x)} = x'`` were FAILED: the parser reads a
Greek or capital letter before a bracket as a product (ζ·s, W·x), and the claim fails under that reading only.
``\zeta(x) - \zeta(-x) = x`` (the softplus identity of Goodfellow et al., who write ζ for the softplus) was FAILED
too. A FAILED must hold under every plausible reading: a claim that fails as written is checked again with ζ as the
softplus, with ζ as Riemann's zeta function, and with W as Lambert's W, green under the one that holds (said with
the step); false under every reading it stays FAILED.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main

GREEN = {"PROVED", "PASSED"}


def _checked(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    ("claim", "reading"),
    [
        (r"\zeta(s) = \sum_{n=1}^\infty n^{-s}", "Riemann"),
        (r"\zeta(x) - \zeta(-x) = x", "softplus"),
        (r"W(x) e^{W(x)} = x", "Lambert"),
        (r"\frac{d}{dx} W(x) = \frac{W(x)}{x(1 + W(x))}", "Lambert"),
    ],
    ids=["riemann-series", "softplus-odd-part", "lambert-defining", "lambert-derivative"],
)
def test_a_named_function_applied_is_read_as_applied(
    capsys: pytest.CaptureFixture[str], claim: str, reading: str
) -> None:
    result = _checked(capsys, claim)
    assert result["verdict"] in GREEN, result
    assert reading in json.dumps(result), result


@pytest.mark.parametrize(
    "claim",
    [
        r"\zeta(s) = \sum_{n=1}^\infty n^{-2s}",
        r"\zeta(x) - \zeta(-x) = 2x",
        r"W(x) e^{W(x)} = 2x",
    ],
    ids=["riemann-series", "softplus-odd-part", "lambert-defining"],
)
def test_false_under_every_reading_stays_failed(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _checked(capsys, claim)["verdict"] == "FAILED"


def test_a_wrong_derivative_of_a_named_function_is_not_green(capsys: pytest.CaptureFixture[str]) -> None:
    """Beside d/dx, W(x) read as a product was already SKIPPED (an undefined function: documents.numbercalls);
    read as Lambert's W the wrong derivative fails, so it is never green."""
    result = _checked(capsys, r"\frac{d}{dx} W(x) = \frac{1}{x(1 + W(x))}")
    assert result["verdict"] not in GREEN, result
