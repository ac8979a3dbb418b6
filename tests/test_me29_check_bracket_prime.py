r"""``verify check "(x^2)' = 2x"``: a bracket's prime in a one-off claim is read as notes read it.

Notes write ``(x^2)' = 2x`` and ``verify doc`` reads the prime by the chain's only variable; the same
claim typed on the command line stopped with a usage error ("a prime needs the differentiation
variable"), exit 2, and no verdict. Such a claim is read as notes are. Examples written here."""

from __future__ import annotations

import pytest

from verifier.cli import main


def test_a_bracket_prime_claim_is_proved(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", "(x^2)' = 2x"])
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out


def test_a_wrong_bracket_prime_claim_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", "(x^3)' = 3x"])
    out = capsys.readouterr().out
    assert code != 0 and "FAILED" in out, out


@pytest.mark.parametrize("claim", [r"(x^2)^\prime = 2x", r"(x^2)^{\prime} = 2x", r"\left(x^2\right)^\prime = 2x"])
def test_a_bracket_prime_spelled_as_a_command_is_read_as_the_quote(
    claim: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", claim])
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out
    code = main(["check", "--no-cache", "--jobs", "1", claim.replace("2x", "3x")])
    out = capsys.readouterr().out
    assert code != 0 and "FAILED" in out, out
