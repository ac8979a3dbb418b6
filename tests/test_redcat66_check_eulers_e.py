r"""A bare ``e`` in ``verify check`` is Euler's number, as π is the circle's constant (redcat66).

``verify check '\log e = 1'`` and ``'e \cdot e^{-1} = 1'`` were FAILED (at e = 0.326…): every free letter was a
real variable but π, while ``verify doc`` reads a bare e as Euler's number (documents.resolve) and ``e^{-1}`` is
already exp(-1). A FAILED must hold under every plausible reading; an identity of a variable e holds at Euler's
number too, so reading it so refutes nothing true. ``--positive e`` (or differentiating by e) keeps it a name.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize("claim", [r"\log e = 1", r"e \cdot e^{-1} = 1", r"\log(2e) = 1 + \log 2"])
def test_a_bare_e_is_eulers_number(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _verdict(capsys, claim) in ("PROVED", "PASSED")


def test_a_wrong_claim_about_e_is_still_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, r"\log e = 2") == "FAILED"


def test_a_declared_e_is_a_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, "--positive", "e", r"\log e = 1") == "FAILED"
