r"""``verify check`` of a derivative by a letter its expression does not contain (gaps19).

``\frac{\partial}{\partial X} A^{-1} = -A^{-1}\frac{\partial A}{\partial X}A^{-1}`` means A depends on
X, but the scalar reading declared only the letters SymPy calls free, and ``Derivative(1/A, X)`` does
not count X among them: the numeric stage looked X up among the declared symbols and the claim ended
in an internal ERROR (``tuple.index``). Read literally it would have been worse: ``d/dX A^{-1} = 0`` and
``\partial A/\partial X = 0``, so the wrong sign would be PROVED. Such a claim is read as notes read it
(A an unknown function of X), which gives a verdict: the right sign holds, the wrong one FAILS.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _check(claim: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["check", "--no-cache", "--jobs", "1", "--points", "30", "--format", "json", claim])
    result = json.loads(capsys.readouterr().out)["results"][0]
    return code, result


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{\partial}{\partial X} A^{-1} = -A^{-1}\frac{\partial A}{\partial X}A^{-1}",
        r"\frac{d}{dt} (A B) = \frac{dA}{dt} B + A \frac{dB}{dt}",
        r"\frac{d}{dx} 5 = 0",
    ],
)
def test_a_derivative_by_a_letter_the_expression_lacks_is_a_verdict(claim: str, capsys) -> None:
    code, result = _check(claim, capsys)
    assert result["verdict"] in ("PROVED", "PASSED"), result
    assert code == 0


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{\partial}{\partial X} A^{-1} = A^{-1}\frac{\partial A}{\partial X}A^{-1}",
        r"\frac{d}{dt} (A B) = \frac{dA}{dt} B - A \frac{dB}{dt}",
    ],
)
def test_the_wrong_form_fails_and_is_not_read_as_zero_equals_zero(claim: str, capsys) -> None:
    code, result = _check(claim, capsys)
    assert result["verdict"] == "FAILED", result
    assert code != 0


# More one-line claims of matrix calculus: a negative power of a square matrix was read entry-wise while
# A^{-1} beside it was the inverse, so the true ∂tr(X^{-1})/∂X = -(X^{-2})^T was not green; and e^X of a
# square matrix (the matrix exponential, in matrix calculus) was read entry-wise only, so the true
# ∂tr(e^X)/∂X = e^{X^T} was FAILED.


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{\partial}{\partial X} \operatorname{tr}(X^{-1}) = -(X^{-2})^T",
        r"\operatorname{tr}(X^{-2}) = \operatorname{tr}(X^{-1}X^{-1})",
    ],
)
def test_a_negative_power_of_a_square_matrix_is_a_power_of_its_inverse(claim: str, capsys) -> None:
    code, result = _check(claim, capsys)
    assert result["verdict"] in ("PROVED", "PASSED"), result
    assert code == 0


def test_a_wrong_negative_power_claim_is_not_green(capsys) -> None:
    _, result = _check(r"\frac{\partial}{\partial X} \operatorname{tr}(X^{-1}) = (X^{-2})^T", capsys)
    assert result["verdict"] in ("FAILED", "SKIPPED"), result


@pytest.mark.parametrize(
    "claim",
    [r"\frac{\partial}{\partial X} \operatorname{tr}(e^X) = e^{X^T}", r"\det(e^{A}) = e^{\operatorname{tr}(A)}"],
)
def test_the_exponential_of_a_square_matrix_is_not_failed_entrywise_alone(claim: str, capsys) -> None:
    _, result = _check(claim, capsys)
    assert result["verdict"] == "SKIPPED", result
    assert "exponential" in result["steps"][0]["message"], result
