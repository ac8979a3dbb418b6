r"""redteam25: a periodic function of a huge power-of-two multiple is not green on the numbers alone.

Sample points are floating-point numbers, binary fractions: ``2^{300}x`` is an even integer at every one
of them, so ``\sin(2^{300}\pi x) = 0`` (false at x = 1/3) was PASSED by ``verify check`` and ``verify
doc``. Such a step, shown by the numbers only, is SKIPPED saying why; one that is wrong at binary
points too stays FAILED, and a proof stays PROVED. Examples written here.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.cli import main


@pytest.mark.parametrize(
    "claim",
    [r"\sin(2^{300}\pi x) = 0", r"\cos(2^{200}\pi x) = 1", r"\sin(3 \cdot 2^{100} \pi x)^2 + x = x"],
)
def test_a_periodic_function_of_a_binary_multiple_is_not_green(claim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", claim])
    out = capsys.readouterr().out
    assert code == 1 and "SKIPPED" in out and "binary" in out, out


def test_in_notes_too() -> None:
    steps = doc_steps(r"""
        # Periodic

        For every $x$,

        $$\sin(2^{300}\pi x) = 0$$
    """)
    assert [s.verdict.value for s in steps] == ["SKIPPED"], steps


def test_a_wrong_claim_at_binary_points_stays_failed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\sin(2^{300}\pi x) = 1"])
    out = capsys.readouterr().out
    assert code == 1 and "FAILED" in out, out


def test_a_proved_claim_with_a_binary_multiple_stays_proved(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["check", "--no-cache", "--jobs", "1", r"2\sin(2^{300}\pi x) = \sin(2^{300}\pi x) + \sin(2^{300}\pi x)"]
    )
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out


def test_an_ordinary_multiple_stays_passed_or_proved(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\sin(2x) = 2\sin(x)\cos(x)"])
    out = capsys.readouterr().out
    assert code == 0, out
