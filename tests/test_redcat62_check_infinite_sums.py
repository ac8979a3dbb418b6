r"""``verify check`` of a sum to ∞ (redcat62).

``verify check '\sum_{k=0}^{\infty} \frac{x^k}{k!} = e^x'`` was an internal ERROR ("only 0 of 200 sample points had
finite values on both sides; narrow the declared domain"), and its wrong twin too: the claim was checked as plain
scalars, and no evaluator knows an unevaluated sum to ∞; ``\sum_{k=1}^{\infty} \frac{1}{k^2} = \frac{\pi^2}{6}``
was SKIPPED "a side has no finite value". ``verify doc`` reads the same formulas by the series' closed form where
it converges (:mod:`verifier.documents.infiniteseries`), so the claim is read as notes, as ``verify check`` does
for an integral.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        (r"\sum_{k=0}^{\infty} \frac{x^k}{k!} = e^x", {"PROVED", "PASSED"}),
        (r"\sum_{k=0}^{\infty} \frac{x^k}{k!} = e^x + x^3", {"FAILED"}),
        (r"\sum_{k=1}^{\infty} \frac{1}{k^2} = \frac{\pi^2}{6}", {"PROVED", "PASSED"}),
        (r"\sum_{k=1}^{\infty} \frac{1}{k^2} = \frac{\pi^2}{5}", {"FAILED"}),
        (r"\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 - \gamma}", {"PROVED", "PASSED"}),
        (r"\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 + \gamma}", {"FAILED"}),
    ],
    ids=["exp", "exp-wrong", "basel", "basel-wrong", "geometric", "geometric-wrong"],
)
def test_a_sum_to_infinity_is_read(capsys: pytest.CaptureFixture[str], claim: str, verdicts: set[str]) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in verdicts, result
