r"""Asymptotic notation is refused in one place, documents.asymptotic, for notes and for ``verify check`` (gaps62).

``\mathcal{O}(`` was refused twice, by the tokenizer (for every reader) and by documents.asymptotic (for notes), and
the plain ``O(n^2)`` only by the second: ``verify check 'O(n^2) + O(n) = O(n^2)'`` read O·n² + O·n = O·n², FAILED "at
O = 1, n = -1" (the rule is right), where ``\mathcal{O}`` was a usage error. Both letters are now refused by
documents.asymptotic alone, so a claim and notes say the same. Every claim is written here."""

from __future__ import annotations

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.latex import parse_latex


@pytest.mark.parametrize("claim", [
    "O(n^2) + O(n) = O(n^2)",
    "\\mathcal{O}(n^2) + \\mathcal{O}(n) = \\mathcal{O}(n^2)",
    "n^2 + n = \\Theta(n^2)",
])  # fmt: skip
def test_a_claim_in_asymptotic_notation_is_not_checked(claim: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", claim, "--points", "20", "--no-cache"]) == ExitCode.USAGE_ERROR
    assert "asymptotic notation" in capsys.readouterr().err


def test_the_parser_reads_a_calligraphic_o_as_any_name() -> None:
    # the refusal is documents.asymptotic's: the parser itself has no rule of its own for it
    assert str(parse_latex("\\mathcal{O}(n)", prime_var=None)) == str(parse_latex("\\mathcal{O} n", prime_var=None))


def test_a_product_with_a_letter_o_is_still_checked() -> None:
    assert main(["check", "W_O(h + 1)", "W_O h + W_O", "--points", "20", "--no-cache"]) == ExitCode.OK
