r"""A derivative step wrong only where a condition of its cases turns, with no kink there (redcat67 left it; wrong68's
probe taken up again by green70, gated and preloaded).

``\frac{d}{dx}\text{Huber}(x) = \max(-1, \min(1, x)) + \mathbb{1}[x = 1]`` was PASSED: the indicator sits inside a sum,
which the engine's backstop for a point the cases single out leaves alone, the proof by cases ran out of its budget,
and verifier.kinks stands aside for every step with a derivative. Huber's loss is C¹, so its derivative at |x| = 1
is no convention: it is 1 there, not 2. The same for the Huber gradient of a sum written with ``\mathbb{1}[|r_i| <
\delta]`` and ``\mathbb{1}[|r_i| > \delta]`` (0 at |r_i| = δ) or with both rows non-strict (2δ there).
verifier.boundaryprobe puts sample points on each boundary and compares the sides there: SKIPPED, with the point.
At a real kink (ReLU's 0, |x|'s 0) the derivative has no value and the step keeps its verdict.
"""

from __future__ import annotations

import json

import pytest
from support import verdicts_by_line

from verifier.cli import main

GREEN = {"PROVED", "PASSED"}
HUBER = r"\begin{cases} \frac{1}{2} x^2 & |x| \le 1 \\ |x| - \frac{1}{2} & |x| > 1 \end{cases}"


def _verdict(capsys: pytest.CaptureFixture[str], claim: str) -> dict[str, object]:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "rhs",
    [
        r"\max(-1, \min(1, x)) + \mathbb{1}[x = 1]",
        r"\max(-1, \min(1, x)) + \mathbb{1}[x = 2]",
        r"x \mathbb{1}[|x| < 1] + \operatorname{sign}(x) \mathbb{1}[|x| > 1]",
        r"x \mathbb{1}[|x| \le 1] + \operatorname{sign}(x) \mathbb{1}[|x| \ge 1]",
    ],
    ids=["indicator-at-the-breakpoint", "indicator-off-it", "both-strict", "both-non-strict"],
)
def test_huber_derivative_wrong_on_a_boundary_only_is_not_green(capsys: pytest.CaptureFixture[str], rhs: str) -> None:
    result = _verdict(capsys, rf"\frac{{d}}{{dx}} {HUBER} = {rhs}")
    assert result["verdict"] not in GREEN, result


@pytest.mark.parametrize(
    "rhs",
    [r"\max(-1, \min(1, x))", r"x \mathbb{1}[|x| \le 1] + \operatorname{sign}(x) \mathbb{1}[|x| > 1]"],
    ids=["clipped", "indicators"],
)
def test_huber_derivative_written_right_stays_green(capsys: pytest.CaptureFixture[str], rhs: str) -> None:
    assert _verdict(capsys, rf"\frac{{d}}{{dx}} {HUBER} = {rhs}")["verdict"] in GREEN


def test_relu_derivative_with_a_convention_at_its_kink_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    assert _verdict(capsys, r"\frac{d}{dx}\max(0, x) = \mathbb{1}[x > 0]")["verdict"] in GREEN


NOTES = r"""# Huber regression

With residuals $r_i = y_i - w x_i$ and the Huber loss
$$\ell_\delta(r) = \begin{cases} \frac{1}{2} r^2 & |r| \le \delta \\
\delta |r| - \frac{1}{2}\delta^2 & |r| > \delta \end{cases}$$
the objective is $L(w) = \sum_{i=1}^n \ell_\delta(r_i)$. Its derivative is

$$\frac{dL}{dw} = -\sum_{i=1}^n x_i \left( r_i \mathbb{1}[|r_i| \le \delta]
+ \delta \operatorname{sign}(r_i) \mathbb{1}[|r_i| > \delta] \right).$$
"""


def _gradient(text: str) -> str:
    """The verdict of the gradient's step (the display starting on the notes' next to last line)."""
    return verdicts_by_line(text)[len(text.splitlines()) - 1][0]


def test_huber_gradient_of_a_sum_right_stays_green() -> None:
    assert _gradient(NOTES) in GREEN


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (r"r_i \mathbb{1}[|r_i| \le \delta]", r"r_i \mathbb{1}[|r_i| < \delta]"),
        (r"\mathbb{1}[|r_i| > \delta] \right)", r"\mathbb{1}[|r_i| \ge \delta] \right)"),
        ("\\le \\delta]\n+ \\delta", "\\le \\delta] + \\mathbb{1}[r_i = \\delta]\n+ \\delta"),
    ],
    ids=["strict-row", "overlapping-rows", "indicator-of-an-equation"],
)
def test_huber_gradient_of_a_sum_wrong_on_the_boundary_is_not_green(old: str, new: str) -> None:
    assert old in NOTES
    assert _gradient(NOTES.replace(old, new)) not in GREEN
