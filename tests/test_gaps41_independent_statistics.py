r"""Var and Cov of names the prose states independent are read by their definitions (gaps41).

"The error $U$ and the estimate $V$ are independent" gave 𝔼[UV] = 𝔼[U]𝔼[V] (documents.independence), but Var and
Cov written as operators were opaque atoms: ``Var(U + V) = Var(U) + Var(V)`` stayed SKIPPED. documents.
independentstatistics reads them as 𝔼[X²] − 𝔼[X]² and 𝔼[XY] − 𝔼[X]𝔼[Y] in a chain that receives the hypothesis."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.independentstatistics import read_statistics

_NOTE = "# Two errors\n\nThe error $U$ and the estimate $V$ are independent.\n\n$$STEP$$\n"


def _verdict(step: str, note: str = _NOTE) -> str:
    lines = verdicts_by_line(note.replace("STEP", step))
    return lines[5][0]


def test_the_rules_of_independent_variances_are_proved() -> None:
    assert _verdict("\\operatorname{Var}(U + V) = \\operatorname{Var}(U) + \\operatorname{Var}(V)") == "PROVED"
    assert _verdict("\\operatorname{Var}(2U - 3V) = 4\\operatorname{Var}(U) + 9\\operatorname{Var}(V)") == "PROVED"
    assert _verdict("\\mathrm{Var}(U - V) = \\mathrm{Var}(U) + \\mathrm{Var}(V)") == "PROVED"
    assert _verdict("\\operatorname{Cov}(U, V) = 0") == "PROVED"


def test_wrong_rules_are_never_green() -> None:
    for step in ("\\operatorname{Var}(U - V) = \\operatorname{Var}(U) - \\operatorname{Var}(V)",
                 "\\operatorname{Var}(2U - 3V) = 2\\operatorname{Var}(U) + 9\\operatorname{Var}(V)",
                 "\\operatorname{Var}(2U) = 2\\operatorname{Var}(U)",
                 "\\operatorname{Cov}(U, V) = \\operatorname{Var}(U)"):
        assert _verdict(step) in ("FAILED", "SKIPPED"), step


def test_names_not_said_independent_stay_skipped() -> None:
    note = "# Two errors\n\nThe error $U$ and the estimate $V$ are not independent.\n\n$$STEP$$\n"
    assert _verdict("\\operatorname{Var}(U + V) = \\operatorname{Var}(U) + \\operatorname{Var}(V)", note) == "SKIPPED"
    other = "# Two errors\n\nThe error $U$ and the estimate $V$ are independent.\n\n# Other\n\n$$STEP$$\n"
    lines = verdicts_by_line(other.replace("STEP", "\\operatorname{Cov}(U, V) = 0"))
    assert lines[7] == ["SKIPPED"], lines
    assert _verdict("\\operatorname{Var}(U + W) = \\operatorname{Var}(U) + \\operatorname{Var}(W)") == "SKIPPED"
    assert _verdict("\\operatorname{Var}(U + V + W) = \\operatorname{Var}(U) + \\operatorname{Var}(V) + "
                    "\\operatorname{Var}(W)") == "SKIPPED"


def test_only_what_the_chain_writes_and_does_not_define() -> None:
    names: dict = {}
    assert read_statistics(names, "\\operatorname{Var}(U + V)") == ["Var"]
    assert read_statistics(names, "\\operatorname{Var}(U) + \\operatorname{Cov}(U, V)") == ["Cov"]
