r"""A step whose member writes the index case split itself (``\begin{cases} … & i = j \\ … & i \neq j
\end{cases}``) is not "a case split the notes may assume": the notes state every case, so a case
that fails is FAILED (it was SKIPPED). Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _steps(text: str) -> dict[int, str]:
    check = check_text(text, "notes.md", SETTINGS)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def _jacobian(off_diagonal: str, env: str = "cases") -> str:
    return (
        "The softmax is $q_a = e^{u_a} / \\sum_b e^{u_b}$.\n"  # 1
        "\n"  # 2
        "$$\n"  # 3
        f"\\frac{{\\partial q_a}}{{\\partial u_c}} = \\begin{{{env}}} q_a (1 - q_a), & a = c, \\\\ "  # 4
        f"{off_diagonal}, & a \\neq c. \\end{{{env}}}\n"
        "$$\n"  # 5
    )


def test_a_wrong_case_of_a_written_split_is_failed() -> None:
    assert _steps(_jacobian("q_a q_c", "dcases")) == {4: "FAILED"}


def test_the_right_split_is_green() -> None:
    assert _steps(_jacobian("-q_a q_c"))[4] in ("PROVED", "PASSED")


def test_a_split_the_notes_do_not_write_stays_skipped() -> None:
    text = "The softmax is $q_a = e^{u_a} / \\sum_b e^{u_b}$.\n\n$$\n"
    text += "\\frac{\\partial q_a}{\\partial u_c} = q_a (1 - q_a)\n$$\n"
    assert _steps(text) == {4: "SKIPPED"}
