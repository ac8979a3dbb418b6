r"""``verify check`` reads a sum's bound letter as a positive integer (gaps21).

``verify check '\sum_{i=1}^n i = \frac{n(n+1)}{2}'`` was an ERROR: n was a real scalar, and no sample point gave
the sum a value. The letters in a sum's bounds are sizes: positive integers (commands.check)."""

from __future__ import annotations

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode


@pytest.mark.parametrize(("claim", "code"), [
    (r"\sum_{i=1}^n i = \frac{n(n+1)}{2}", ExitCode.OK),
    (r"\sum_{i=1}^n i = \frac{n(n-1)}{2}", ExitCode.REFUTED),
    (r"\sum_{k=0}^{n-1} 2^k = 2^n - 1", ExitCode.OK),
    (r"\sum_{k=1}^{m} (x + k) = m x + \frac{m(m+1)}{2}", ExitCode.OK),
])
def test_a_sum_to_a_letter(claim: str, code: ExitCode, capsys: pytest.CaptureFixture[str]) -> None:
    got = main(["check", claim, "--points", "40"])
    out = capsys.readouterr().out
    assert got == code, out
    assert ("FAILED" if code == ExitCode.REFUTED else "PROVED") in out, out
