"""ids45 (stop 45): bugs found by a new batch of catalog probes and one-off claims nobody here wrote."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys, claim: str, *options: str) -> str:
    main(["check", claim, *options, "--format", "json", "--no-cache", "--no-progress"])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


# A letter written alone (a value) and before a bracket: documents.omitted read `f(…)` as the value f,
# the bracket dropped, wherever the letter was also written alone. That reading is the notes' "f for f(x)"
# (bias-variance notes): the function at its own variable, outside derivatives. Before a sum or
# a number it is no such thing (f(2) is f at 2 or f times 2, never f), and in a chain that differentiates,
# f alone was read as a constant there while f(x) is its value at x: no one reading of the chain.


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dc}(fc) = f(1 + c)",  # f(1 + c) read as f: PROVED
        r"\frac{d}{dc}(fc) = f(2)",  # f(2) read as f: PROVED
        r"\frac{d}{dx}(fx) = f(x)",  # f alone a constant on the left, f(x) = f on the right: PROVED
    ],
)
def test_a_letter_before_a_bracket_is_not_its_value_with_the_bracket_dropped(capsys, claim: str) -> None:
    assert _verdict(capsys, claim) not in ("PROVED", "PASSED")


@pytest.mark.parametrize(
    "claim",
    [
        # one LSTM step: the derivative of o tanh(fc + ig) in c; `of(1 - tanh^2 ...)` was o·f, the bracket dropped
        r"\frac{\partial}{\partial c}\, o\tanh(fc + ig) = of\left(1 - \tanh^2(fc + ig)\right)",
        r"\frac{d}{dx}(fx^2) = f(2x)",
    ],
)
def test_a_correct_product_with_a_letter_before_a_bracket_is_no_false_alarm(capsys, claim: str) -> None:
    assert _verdict(capsys, claim) != "FAILED"


def test_a_value_written_alone_is_still_its_application_at_a_variable(capsys) -> None:
    # the reading documents.omitted owns: f for f(x), one argument, nothing differentiated
    assert _verdict(capsys, r"f(x) + f = 2f") == "PROVED"
    assert _verdict(capsys, r"f(x) + f = 3f") == "FAILED"
