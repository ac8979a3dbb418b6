r"""The gamma, beta and binomial functions, in ``verify check`` and ``verify doc`` (gaps20).

``\Gamma(1/2) = \sqrt{\pi}`` was FAILED: ``\Gamma`` was a name, so ``\Gamma(1/2)`` was a number times a half.
``\Gamma(…)`` is the gamma function, ``\mathrm{B}(a, b)`` the beta function, ``\binom{n}{k}`` the binomial
coefficient (verifier.latex.special); ``\psi(x)`` and ``\Phi(x)`` are functions of their argument the notes
may define, unknown otherwise: a step about them is SKIPPED with a reason, never FAILED."""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.results import Verdict

RIGHT = [
    r"\Gamma(1/2) = \sqrt{\pi}",
    r"\Gamma\left(\frac12\right) = \sqrt{\pi}",
    r"\Gamma(n+1) = n\Gamma(n)",
    r"\Gamma(x+1) = x\Gamma(x)",
    r"\Gamma(3) = 2",
    r"\Gamma(n) = (n-1)!",
    r"\operatorname{B}(a,b) = \frac{\Gamma(a)\Gamma(b)}{\Gamma(a+b)}",
    r"\mathrm{B}(a,b) = \mathrm{B}(b,a)",
    r"\mathrm{B}(a, 1) = \frac{1}{a}",
    r"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
    r"\binom{n}{k} = \binom{n}{n-k}",
    r"\binom{5}{2} = 10",
    r"\frac{d}{dx}\log\Gamma(x) = \psi(x)",
    r"\frac{d}{dx}\operatorname{erf}(x) = \frac{2}{\sqrt{\pi}} e^{-x^2}",
    r"\Phi'(x) = \phi(x)",
]
WRONG = [
    r"\Gamma(n+1) = \Gamma(n)",
    r"\Gamma(1/2) = \pi",
    r"\mathrm{B}(a,b) = \frac{\Gamma(a)\Gamma(b)}{\Gamma(a)+\Gamma(b)}",
    r"\binom{n}{k} = \frac{n!}{k!}",
]


def _check(claim: str, capsys: pytest.CaptureFixture[str]) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--points", "30", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize("claim", RIGHT)
def test_a_right_identity_is_never_failed_in_check(claim: str, capsys) -> None:
    result = _check(claim, capsys)
    assert result["verdict"] in ("PROVED", "PASSED", "SKIPPED"), result
    if result["verdict"] == "SKIPPED":
        assert result["steps"][0]["message"], result


@pytest.mark.parametrize("claim", RIGHT[:12])
def test_the_gamma_family_is_green_in_check(claim: str, capsys) -> None:
    assert _check(claim, capsys)["verdict"] in ("PROVED", "PASSED")


@pytest.mark.parametrize("claim", WRONG)
def test_a_wrong_identity_is_failed_in_check(claim: str, capsys) -> None:
    assert _check(claim, capsys)["verdict"] == "FAILED"


def test_the_family_in_notes() -> None:
    text = "# Gamma\n\n" + "".join(f"$${c}$$\n\n" for c in RIGHT)
    steps = doc_steps(text)
    assert len(steps) == len(RIGHT)
    for claim, step in zip(RIGHT, steps, strict=False):
        assert step.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.SKIPPED), (claim, step.message)
        assert step.verdict is not Verdict.SKIPPED or step.message, claim
    for claim, step in zip(RIGHT[:12], steps, strict=False):
        if (step.message or "").startswith("defines "):
            continue  # \Gamma(n) = (n-1)! alone in a display: the notes may define Γ, B by it (documents.definitions)
        assert step.verdict in (Verdict.PROVED, Verdict.PASSED), (claim, step.message)


def test_a_wrong_step_of_a_derivation_in_notes_is_failed() -> None:
    steps = doc_steps("# Gamma\n\n$$\\Gamma(4) = 3\\Gamma(3) = 3$$\n\n"
                      "$$\\mathrm{B}(2, 2) = \\frac{\\Gamma(2)\\Gamma(2)}{\\Gamma(4)} = \\frac{1}{3}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED, Verdict.PROVED, Verdict.FAILED], [
        s.message for s in steps]


def test_gamma_as_a_matrix_in_notes_stays_a_product() -> None:
    text = ("# A\n\nLet $\\Gamma \\in \\mathbb{R}^{n \\times n}$ and $x, \\mu \\in \\mathbb{R}^n$.\n\n"
            "$$\\nabla_x \\frac12 (x - \\mu)^\\top \\Gamma (x - \\mu) = "
            "\\frac12 (\\Gamma + \\Gamma^\\top)(x - \\mu)$$\n")
    (step,) = doc_steps(text)
    assert step.verdict is Verdict.PROVED, step.message
