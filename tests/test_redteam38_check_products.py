r"""``verify check`` of a product over numbers: checked, not an ERROR (redteam38).

``verify check '\prod_{k=1}^{2} k = 2'`` and its wrong copy ``= 3`` were both ERROR ("checking raised
PrintMethodNotImplementedError: … Product"): the scalar path left the product unexpanded and the numeric stage
cannot print it, while ``verify doc`` reads the same formula. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        (r"\prod_{k=1}^{2} k = 2", ExitCode.OK),
        (r"\prod_{k=1}^{2} (1 + 2^{-k}) = \frac{15}{8}", ExitCode.OK),
        (r"\prod_{k=1}^{2} (1 + 2^{-k}) = 2", ExitCode.REFUTED),
        (r"\prod_{k=1}^{3} (1 + x^k) = 1 + x + x^2", ExitCode.REFUTED),
    ],
)
def test_a_product_over_numbers_is_checked(claim: str, code: ExitCode, capsys) -> None:
    got = main(["check", claim, "--points", "20", "--no-cache"])
    out = capsys.readouterr().out
    assert got == code and "ERROR" not in out, out
