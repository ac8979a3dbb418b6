r"""A prime on a function written as a word: ``softplus'(x)`` is the derivative of softplus (gaps20).

``softplus'(x)`` was refused, "softplus is a function written without a backslash or brackets", though the
brackets are there (after the prime), while ``\sigma'(z)`` and ``\operatorname{softplus}'(x)`` were read as
derivatives. A function word followed by primes and a bracket is that function's derivative, in ``verify
check`` and ``verify doc``."""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.results import Verdict


def _check(claim: str, capsys: pytest.CaptureFixture[str]) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--points", "40", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize("claim", [
    r"softplus'(x) = \sigma(x)",
    r"softplus''(x) = \sigma(x)(1 - \sigma(x))",
    r"\operatorname{softplus}'(x) = \sigma(x)",
    r"softsign'(x) = \frac{1}{(1 + |x|)^2}",
])
def test_a_primed_function_word_is_its_derivative(claim: str, capsys) -> None:
    assert _check(claim, capsys) == "PROVED"


def test_a_wrong_derivative_of_a_function_word_is_failed(capsys) -> None:
    assert _check(r"softplus'(x) = \sigma(-x)", capsys) == "FAILED"


def test_in_notes() -> None:
    steps = doc_steps("# S\n\n$$softplus'(x) = \\frac{e^x}{1 + e^x} = \\sigma(x)$$\n\n$$softplus'(z) = \\sigma(-z)$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
