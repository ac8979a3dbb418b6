"""The step-count line of a green run says which failures were expected.

``verify init`` writes an example note with a "find the mistake" chain marked ``expect: FAILED``.
``verify doc`` on it exits 0 (the chain is XFAIL), but its last line read "2 proved, 0 passed,
1 failed, 0 SKIPPED": a new user and a CI log reader saw "1 failed" on a green run. The line now
says how many of the failed steps were expected ("1 failed (1 expected: XFAIL)"); the counts
themselves (the JSON report's, ``--stats``', the corpus') are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode

NOTE = r"""
$$\frac{d}{dx} x^2 = 2x$$

```verify
expect: FAILED
```

$$\frac{d}{dx} x^3 = 2x^2$$
"""


def _last_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, str]:
    note = tmp_path / "note.md"
    note.write_text(text, encoding="utf-8")
    code = cli_main(["doc", str(note), "--points", "40", "--no-progress"])
    out = capsys.readouterr().out
    return code, out.strip().splitlines()[-1]


def test_a_green_run_with_an_expected_failure_says_it_was_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, line = _last_line(tmp_path, capsys, NOTE)
    assert code == ExitCode.OK
    assert (
        line == "document 2 steps found, 2 parsed: 1 proved, 0 passed, 1 failed (1 expected: XFAIL), "
        "0 SKIPPED (not verified)"
    )


def test_an_unexpected_failure_is_counted_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, line = _last_line(tmp_path, capsys, NOTE.replace("expect: FAILED", "x: real"))
    assert code == ExitCode.REFUTED
    assert line == "document 2 steps found, 2 parsed: 1 proved, 0 passed, 1 failed, 0 SKIPPED (not verified)"
