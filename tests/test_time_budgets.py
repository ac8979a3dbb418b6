"""Time budgets everywhere (issue 9 §5): check, doc and explain stop a runaway chain at --timeout."""

from __future__ import annotations

import time
from pathlib import Path

from verifier.cli import main
from verifier.exitcodes import ExitCode

# A runaway claim keeps its worker busy until the budget runs out, so each runaway test costs its
# TIMEOUT in CPU: 1.5 s is ample for what they show (a stop, the stage reached, the report). The
# document test gives each chain 3 s, because its second chain must still be PROVED within its own
# budget on a loaded machine.
TIMEOUT = 1.5
DOC_TIMEOUT = 3.0
SLACK = 7.5  # fork, import and report; generous for a loaded machine (runaways: 9 s in all, as before)

DERIVATIVE = r"\frac{d^{20}}{dx^{20}} \tanh(\tanh(\tanh(x)))"


def _timed(argv: list[str]) -> tuple[int, float]:
    started = time.monotonic()
    code = main(argv)
    return code, time.monotonic() - started


def test_verify_check_stops_a_huge_sum_at_the_timeout(capsys) -> None:
    code, elapsed = _timed(["check", r"\sum_{i=1}^{10^9} i", "500000000500000000", "--timeout", str(TIMEOUT)])
    out = capsys.readouterr().out
    assert elapsed < TIMEOUT + SLACK
    assert code == ExitCode.REFUTED
    assert "TIMEOUT" in out and "stopped during" in out


def test_verify_check_stops_a_20th_derivative_at_the_timeout(capsys) -> None:
    code, elapsed = _timed(["check", DERIVATIVE, "0", "--timeout", str(TIMEOUT)])
    out = capsys.readouterr().out
    assert elapsed < TIMEOUT + SLACK
    assert code == ExitCode.REFUTED and "TIMEOUT" in out and "reading the members" in out


def test_verify_check_still_answers_and_reports_usage_errors(capsys) -> None:
    assert main(["check", r"\frac{d}{dx}\tanh x", r"1 - \tanh^2 x"]) == ExitCode.OK
    assert "PROVED" in capsys.readouterr().out
    assert main(["check", "x", "y" * 3000]) == ExitCode.USAGE_ERROR
    assert "at most" in capsys.readouterr().err


def test_verify_doc_times_out_one_chain_and_checks_the_others(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text(
        f"# Notes\n\n```verify\nx: real\n```\n\n$$\n{DERIVATIVE} = 0\n$$\n\n$$\n(x+1)^2 = x^2 + 2x + 1\n$$\n",
        encoding="utf-8",
    )
    code, elapsed = _timed(["doc", str(doc), "--timeout", str(DOC_TIMEOUT)])
    out = capsys.readouterr().out
    assert elapsed < DOC_TIMEOUT + SLACK
    assert code == ExitCode.REFUTED
    assert "TIMEOUT" in out and "PROVED" in out


def test_verify_explain_on_a_hanging_builder_returns(make_catalog, capsys) -> None:
    root = make_catalog(
        hangs='from verifier.catalog import identity\n\n@identity("hangs", title="t", statement="s", source="x")\n'
        "def _(b):\n    while True:\n        pass\n"
    )
    code, elapsed = _timed(["explain", "hangs", "--derivations", str(root), "--timeout", str(TIMEOUT)])
    err = capsys.readouterr().err
    assert elapsed < TIMEOUT + SLACK
    assert code != ExitCode.OK and f"did not finish within {TIMEOUT:g}s" in err


def test_verify_explain_shows_a_builder_error_without_a_traceback(make_catalog, capsys) -> None:
    root = make_catalog(
        raises='from verifier.catalog import identity\n\n@identity("raises", title="t", statement="s", source="x")\n'
        "def _(b):\n    raise ValueError('no such thing')\n"
    )
    code = main(["explain", "raises", "--derivations", str(root)])
    captured = capsys.readouterr()
    assert code != ExitCode.OK
    assert "ValueError: no such thing" in captured.err and "Traceback" not in captured.err + captured.out
