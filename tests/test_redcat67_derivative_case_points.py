r"""A derivative step whose other side singles out a point that is no kink of the differentiated function (redcat67).

``\frac{d}{dx} |x^3 - x| = \begin{cases} (3x^2 - 1)\operatorname{sign}(x^3 - x) & x \ne 2 \\ 0 & x = 2 \end{cases}``
is false at x = 2 only (11 against 0), and the Huber loss's derivative written with a row ``0 & x = 2`` likewise:
both were PASSED. No random sample reaches x = 2; the proof by cases, which would look there, ran out of its
budget; and the engine's backstop for a point the cases single out (:func:`verifier.engine._unexamined_point`)
stood aside for every step with a derivative, a sign or a Heaviside, because at a kink their value is a convention.
x = 2 is no kink: the differentiated function and the sign's argument are smooth and non-zero there. The backstop
now stands aside only where the point is on a breakpoint of those; elsewhere the step is SKIPPED, saying so.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _step(capsys: pytest.CaptureFixture[str], claim: str) -> dict[str, str]:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", claim])
    return json.loads(capsys.readouterr().out)["results"][0]["steps"][0]


HUBER = r"\frac{d}{dx} \begin{cases} x^2/2 & |x| \le 1 \\ |x| - 1/2 & |x| > 1 \end{cases}"


@pytest.mark.parametrize(
    "claim",
    [
        HUBER + r" = \begin{cases} \max(-1, \min(1, x)) & x \ne 2 \\ 0 & x = 2 \end{cases}",
        r"\frac{d}{dx} |x^3 - x| = \begin{cases} (3x^2 - 1)\operatorname{sign}(x^3 - x) & x \ne 2 \\ 0 & x = 2"
        r" \end{cases}",
    ],
)
def test_a_wrong_value_off_the_kinks_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _step(capsys, claim)["verdict"] in ("SKIPPED", "FAILED")


def test_the_value_at_a_kink_is_still_a_convention(capsys: pytest.CaptureFixture[str]) -> None:
    claim = r"\frac{d}{dx} \max(0, x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \\ \frac12 & x = 0 \end{cases}"
    assert _step(capsys, claim)["verdict"] in ("PROVED", "PASSED")


def test_the_huber_derivative_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    assert _step(capsys, HUBER + r" = \max(-1, \min(1, x))")["verdict"] in ("PROVED", "PASSED")
