r"""``verify check`` of a definite integral (redcat61).

``verify check '\int_0^1 x\,dx = \frac{1}{2}'`` was an ERROR ("checking raised PrintMethodNotImplementedError:
Unsupported by NumPyPrinter: Integral"): the claim was checked as plain scalars, and no evaluator knows an
unevaluated integral. ``verify doc`` reads the same formula (the integral's closed form,
:mod:`verifier.documents.definiteintegrals`), so the claim is read as notes, as ``verify check`` does for other
notation beyond plain scalars.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        (r"\int_0^1 x\,dx = \frac{1}{2}", {"PROVED", "PASSED"}),
        (r"\int_0^1 x\,dx = 1", {"FAILED"}),
        (r"\int_0^{a} 2t\,dt = a^2", {"PROVED", "PASSED"}),
        (r"\int_0^{a} 2t\,dt = 2a^2", {"FAILED"}),
        (r"\int x\,dx = \frac{x^2}{2}", {"SKIPPED"}),  # an indefinite integral: as notes, only linearity is used
    ],
    ids=["half", "one", "a-squared", "twice", "indefinite"],
)
def test_a_definite_integral_is_read(capsys: pytest.CaptureFixture[str], claim: str, verdicts: set[str]) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in verdicts, result
