r"""``verify check`` of a sum to an open size whose bracket turns past the sizes checked is not green (review38).

``verify check '\sum_{i=1}^{n} [i \le 1000] = n'`` (false from n = 1001) was PASSED: the claim is checked at
n = 1 … 10 (and where a closed form differs), the bracket is 1 at every index there, and SymPy does not close the
sum. ``verify doc`` already SKIPPED it (documents.bracketsizes, redteam37); the command now does too. A bracket the
checked sizes reach (``[i \le 10]``, false at 13) is checked as before; a true claim past them
(``= \min(n, 1000)``) is SKIPPED too, never FAILED. Every example is written here."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(claim: str, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[str, str]:
    main(["check", claim, *options, "--no-progress", "--no-cache", "--jobs", "1", "--format", "json"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    return result["verdict"], " ".join(s["message"] for s in result["steps"])


@pytest.mark.parametrize("claim", ["\\sum_{i=1}^{n} [i \\le 1000] = n", "\\sum_{i=1}^{n} [i = 500] = 0"])
@pytest.mark.parametrize("options", [(), ("--size", "n")], ids=["inferred", "declared"])
def test_a_bracket_past_the_sizes_checked_is_not_green(claim: str, options: tuple[str, ...], capsys) -> None:
    verdict, message = _verdict(claim, capsys, *options)
    assert verdict == "SKIPPED"
    assert "past the sizes checked" in message


@pytest.mark.parametrize("claim, verdict", [("\\sum_{i=1}^{n} [i \\le 10] = n", "FAILED"),
                                            ("\\sum_{i=1}^{n} [i \\le 1000] = \\min(n, 1000)", "SKIPPED"),
                                            ("\\sum_{i=1}^{n} [i = 1] = 1", "PROVED")])
def test_a_bracket_the_sizes_reach_is_checked_as_before(claim: str, verdict: str, capsys) -> None:
    assert _verdict(claim, capsys)[0] == verdict
